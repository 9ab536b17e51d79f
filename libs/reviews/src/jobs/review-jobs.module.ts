import { Module } from '@nestjs/common';
import { BroadcastsModule } from '@cordon/broadcasts';
import { QUEUES } from '@cordon/contracts';
import { NoticesModule } from '@cordon/notices';
import { QueueWorkersModule } from '@cordon/platform';
import { ReviewsModule } from '../reviews.module';
import { ReviewOpenProcessor } from './review-open.processor';
import { ReviewRemindersProcessor } from './review-reminders.processor';

/**
 * The reviews feature's jobs, for the worker: `review.open` (an incident closed: open its
 * review, once) and the sweep that reminds owners of overdue action items, once a day each.
 */
@Module({
  imports: [
    ...QueueWorkersModule.processing(QUEUES.reviews, QUEUES.reviewReminders),
    ReviewsModule,
    BroadcastsModule,
    NoticesModule,
  ],
  providers: [ReviewOpenProcessor, ReviewRemindersProcessor],
})
export class ReviewJobsModule {}
