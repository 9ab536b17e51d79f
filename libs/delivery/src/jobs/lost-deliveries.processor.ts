import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type BroadcastChannel, JOBS, QUEUES } from '@cordon/contracts';
import { returning, sendJobId } from '@cordon/broadcasts';
import {
  APP_CONFIG,
  AppConfig,
  QueueFactory,
  QueueProcessor,
  recoveryOptions,
  scheduleEvery,
} from '@cordon/platform';
import { SendQueue } from './send-queue';

const STUCK_BATCH = 500;

/**
 * Repeated every COMMS_SCAN_SECONDS: queues again, under a new job id, the deliveries
 * whose send job is gone (failed on too many stalls, removed) while they are still
 * queued or sending with their lease run out. Idempotent (the job generation is bumped
 * by a conditional UPDATE), so two workers sweeping at once agree.
 */
@QueueProcessor(QUEUES.lostDeliveries, (config) => ({ ...recoveryOptions(config), concurrency: 1 }))
export class LostDeliveriesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(LostDeliveriesProcessor.name);
  private readonly staleMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly sends: SendQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.staleMs = Math.max(60_000, 4 * config.comms.scanSeconds * 1000);
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleEvery(
      this.queues,
      QUEUES.lostDeliveries,
      JOBS.requeueLost,
      this.config.comms.scanSeconds * 1_000,
      this.logger,
    );
    // the one scan that did four jobs is retired: its scheduler would fill a queue nobody reads
    await this.queues
      .queue('comms-scan')
      .removeJobScheduler('comms-scan')
      .catch(() => undefined);
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
      const queue = this.queues.queue(d.channel === 'email' ? QUEUES.email : QUEUES.sms);
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
      await this.sends.add(d.broadcast_id, [{ id: d.id, channel: d.channel, job_gen: gen }]);
      requeued++;
    }
    if (requeued)
      this.logger.warn({ msg: 'deliveries queued again after their jobs were lost', requeued });
    return requeued;
  }
}
