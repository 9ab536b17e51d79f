export * from './patching.module';
export { PATCHING_ENTITIES } from './entities';
export * from './campaigns/campaign-failure.port';
