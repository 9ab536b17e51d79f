import { Inject, Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { JOBS, QUEUES } from '@cordon/contracts';
import { sendJobId } from '@cordon/broadcasts';
import { APP_CONFIG, AppConfig, DEFAULT_JOB_OPTIONS, QueueFactory } from '@cordon/platform';
import type { QueuedDelivery } from '../delivery.repository';

/** Job options of a send: attempts and exponential backoff with jitter from the config. */
export function sendJobOptions(config: AppConfig): JobsOptions {
  return {
    ...DEFAULT_JOB_OPTIONS,
    attempts: config.comms.sendAttempts,
    backoff: { type: 'exponential', delay: config.comms.sendBackoffMs, jitter: 0.5 },
    removeOnComplete: { age: 24 * 3600, count: 500_000 },
  };
}

/**
 * Queues the send jobs of deliveries, in bulk per channel, each with its delivery's
 * job id (`sendJobId`): BullMQ ignores an id it still holds, so queueing twice sends once.
 */
@Injectable()
export class SendQueue {
  private readonly options: JobsOptions;

  constructor(
    private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.options = sendJobOptions(config);
  }

  async add(broadcastId: string, rows: QueuedDelivery[]): Promise<void> {
    const emails = rows.filter((r) => r.channel === 'email');
    const texts = rows.filter((r) => r.channel === 'sms');
    const job = (r: QueuedDelivery) => ({
      data: { deliveryId: r.id, broadcastId },
      opts: { ...this.options, jobId: sendJobId(r.id, r.job_gen) },
    });
    if (emails.length > 0)
      await this.queues.addBulk(
        QUEUES.email,
        emails.map((r) => ({ name: JOBS.email, ...job(r) })),
      );
    if (texts.length > 0)
      await this.queues.addBulk(
        QUEUES.sms,
        texts.map((r) => ({ name: JOBS.sms, ...job(r) })),
      );
  }
}
