export * from './reviews.module';
export { REVIEW_ENTITIES } from './entities';
