import { Module } from '@nestjs/common';

/** Post-incident reviews with action items, and the evidence pack for the review. */
@Module({})
export class ReviewsModule {}
