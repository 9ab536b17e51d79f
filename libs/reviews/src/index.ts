export * from './reviews.module';
export * from './reviews.service';
export * from './jobs/review-jobs.module';
export * from './jobs/review-open.processor';
export * from './jobs/review-reminders.processor';
export { REVIEW_ENTITIES } from './entities';
