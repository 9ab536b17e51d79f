import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { type DataOf, QUEUES } from '@cordon/contracts';
import { QueueProcessor, recoveryOptions } from '@cordon/platform';
import { ReviewsService } from '../reviews.service';

/**
 * `review.open`, queued by the incident's close in the same transaction (the outbox): opens
 * the incident's review once. A job run twice, or a second close, finds it opened.
 */
@QueueProcessor(QUEUES.reviews, (config) => ({ ...recoveryOptions(config), concurrency: 2 }))
export class ReviewOpenProcessor extends WorkerHost {
  constructor(private readonly reviews: ReviewsService) {
    super();
  }

  /** Answers whether this run opened the review. */
  async process(job: Job<DataOf<'reviews', 'review.open'>>): Promise<boolean> {
    const opened = await this.reviews.openFor(job.data.incidentId);
    return opened?.created ?? false;
  }
}
