import { Inject, Injectable } from '@nestjs/common';
import { Job, JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import type { BroadcastChannel } from '@cordon/contracts';
import {
  APP_CONFIG,
  AppConfig,
  DEFAULT_JOB_OPTIONS,
  QueueFactory,
  Spine,
  SYSTEM_ACTOR,
} from '@cordon/platform';
import {
  COMMS_JOBS,
  COMMS_QUEUES,
  FanoutPayload,
  returning,
  sendJobId,
  SendPayload,
} from '@cordon/broadcasts';

const PAGE = 1_000;

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
 * `broadcast.fanout`: one send job per queued delivery of the broadcast, added in bulk
 * with the delivery id as job id. Run twice (a crash, a re-relay, a retry of failed
 * deliveries), it adds only what is still queued, and BullMQ ignores ids it holds.
 */
@Injectable()
export class FanoutProcessor {
  private readonly options: JobsOptions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.options = sendJobOptions(config);
  }

  async process(job: Job<FanoutPayload>): Promise<number> {
    const { broadcastId } = job.data;
    await this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const moved = await returning<{ incident_id: string }>(
        tx.manager,
        `UPDATE broadcasts SET status = 'sending' WHERE id = $1 AND status = 'queued'
         RETURNING incident_id`,
        [broadcastId],
      );
      if (moved[0]) tx.appendToIncident(moved[0].incident_id, 'broadcast.sending', { broadcastId });
    });
    let after = '00000000-0000-0000-0000-000000000000';
    let added = 0;
    for (;;) {
      const rows: { id: string; channel: BroadcastChannel; job_gen: number }[] =
        await this.dataSource.query(
          `SELECT id, channel, job_gen FROM deliveries
           WHERE broadcast_id = $1 AND status = 'queued' AND id > $2 ORDER BY id LIMIT $3`,
          [broadcastId, after, PAGE],
        );
      if (rows.length === 0) break;
      await this.enqueue(broadcastId, rows);
      added += rows.length;
      after = rows[rows.length - 1]?.id ?? after;
      if (rows.length < PAGE) break;
    }
    return added;
  }

  async enqueue(
    broadcastId: string,
    rows: { id: string; channel: BroadcastChannel; job_gen: number }[],
  ): Promise<void> {
    for (const channel of ['email', 'sms'] as const) {
      const list = rows.filter((r) => r.channel === channel);
      if (list.length === 0) continue;
      await this.queues.queue(channel === 'email' ? COMMS_QUEUES.email : COMMS_QUEUES.sms).addBulk(
        list.map((r) => ({
          name: channel === 'email' ? COMMS_JOBS.email : COMMS_JOBS.sms,
          data: { deliveryId: r.id, broadcastId } satisfies SendPayload,
          opts: { ...this.options, jobId: sendJobId(r.id, r.job_gen) },
        })),
      );
    }
  }
}
