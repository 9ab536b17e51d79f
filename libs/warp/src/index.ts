export * from './warp.module';
