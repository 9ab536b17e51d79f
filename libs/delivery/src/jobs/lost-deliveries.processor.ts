import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastChannel } from '@cordon/contracts';
import { COMMS_QUEUES, returning, sendJobId } from '@cordon/broadcasts';
import { APP_CONFIG, AppConfig, QueueFactory } from '@cordon/platform';
import { FanoutProcessor } from './fanout.processor';

const STUCK_BATCH = 500;

/**
 * Repeated every COMMS_SCAN_SECONDS: queues again, under a new job id, the deliveries
 * whose send job is gone (failed on too many stalls, removed) while they are still
 * queued or sending with their lease run out. Idempotent (the job generation is bumped
 * by a conditional UPDATE), so two workers sweeping at once agree.
 */
@Injectable()
export class LostDeliveriesProcessor {
  private readonly logger = new Logger(LostDeliveriesProcessor.name);
  private readonly staleMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly fanout: FanoutProcessor,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.staleMs = Math.max(60_000, 4 * config.comms.scanSeconds * 1000);
  }

  async process(): Promise<number> {
    const stuck: {
      id: string;
      broadcast_id: string;
      channel: BroadcastChannel;
      job_gen: number;
    }[] = await this.dataSource.query(
      `SELECT id, broadcast_id, channel, job_gen FROM deliveries
         WHERE status IN ('queued', 'sending') AND updated_at < now() - make_interval(secs => $1::float8 / 1000)
           AND (status = 'queued' OR lease_until < now())
         ORDER BY updated_at LIMIT $2`,
      [this.staleMs, STUCK_BATCH],
    );
    let requeued = 0;
    for (const d of stuck) {
      const queue = this.queues.queue(
        d.channel === 'email' ? COMMS_QUEUES.email : COMMS_QUEUES.sms,
      );
      const job = await queue.getJob(sendJobId(d.id, d.job_gen));
      const state = job ? await job.getState() : 'missing';
      if (!['completed', 'failed', 'missing', 'unknown'].includes(state)) continue;
      const bumped = await returning<{ job_gen: number }>(
        this.dataSource,
        `UPDATE deliveries SET job_gen = job_gen + 1, updated_at = now()
         WHERE id = $1 AND job_gen = $2 AND status IN ('queued', 'sending') RETURNING job_gen`,
        [d.id, d.job_gen],
      );
      const gen = bumped[0]?.job_gen;
      if (gen === undefined) continue;
      await this.fanout.enqueue(d.broadcast_id, [{ id: d.id, channel: d.channel, job_gen: gen }]);
      requeued++;
    }
    if (requeued)
      this.logger.warn({ msg: 'deliveries queued again after their jobs were lost', requeued });
    return requeued;
  }
}
