export * from './warp.module';
export * from './warp.service';
export * from './jobs/warp-jobs.module';
export * from './jobs/warp-email.processor';
