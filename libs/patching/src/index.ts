export * from './patching.module';
export { PATCHING_ENTITIES } from './entities';
