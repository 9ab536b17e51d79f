import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@cordon/auth';
import { IncidentsModule } from '@cordon/incidents';
import { ReportsModule } from '@cordon/reports';
import { REVIEW_ENTITIES } from './entities';
import { EvidencePackService } from './evidence-pack.service';
import { ReviewActionRepository } from './review-action.repository';
import { ReviewWritesService } from './review-writes.service';
import { ReviewRepository } from './review.repository';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

/**
 * Post-incident reviews with action items, and the evidence pack for the review. The
 * review opens from the `review.open` job the incident's close puts in the outbox
 * (`ReviewJobsModule`, worker side), so the incidents feature does not know this one.
 */
@Module({
  imports: [TypeOrmModule.forFeature(REVIEW_ENTITIES), AuthModule, IncidentsModule, ReportsModule],
  controllers: [ReviewsController],
  providers: [
    ReviewRepository,
    ReviewActionRepository,
    ReviewsService,
    ReviewWritesService,
    EvidencePackService,
  ],
  exports: [ReviewsService, ReviewActionRepository],
})
export class ReviewsModule {}
