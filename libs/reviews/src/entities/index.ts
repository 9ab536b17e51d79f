import { ReviewActionEntity } from './review-action.entity';
import { ReviewEntity } from './review.entity';

export { ReviewActionEntity, ReviewEntity };

/** Every entity of the reviews feature (TypeORM reads them from here and from tools/db/schema.ts). */
export const REVIEW_ENTITIES: (new () => object)[] = [ReviewEntity, ReviewActionEntity];
