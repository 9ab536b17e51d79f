import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { JOBS, QUEUES } from '@cordon/contracts';
import { sendJobId } from '@cordon/broadcasts';
import { APP_CONFIG, AppConfig, everyScan, QueueFactory, Sweep } from '@cordon/platform';
import { DeliveryRepository } from '../delivery.repository';
import { SendQueue } from './send-queue';

const STUCK_BATCH = 500;

/**
 * Repeated every COMMS_SCAN_SECONDS: queues again, under a new job id, the deliveries
 * whose send job is gone (failed on too many stalls, removed) while they are still
 * queued or sending with their lease run out. Idempotent (the job generation is bumped
 * by a conditional UPDATE), so two workers sweeping at once agree.
 */
@Sweep(QUEUES.lostDeliveries, JOBS.requeueLost, {
  // the one scan that did four jobs is retired: its scheduler would fill a queue nobody reads
  retires: { queue: 'comms-scan', scheduler: 'comms-scan' },
})
export class LostDeliveriesProcessor extends WorkerHost {
  private readonly logger = new Logger(LostDeliveriesProcessor.name);
  private readonly staleMs: number;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly queues: QueueFactory,
    private readonly sends: SendQueue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.staleMs = Math.max(60_000, 4 * everyScan(config));
  }

  async process(): Promise<number> {
    const stuck = await this.deliveries.stale(this.staleMs, STUCK_BATCH);
    let requeued = 0;
    for (const d of stuck) {
      const queue = this.queues.queue(d.channel === 'email' ? QUEUES.email : QUEUES.sms);
      const job = await queue.getJob(sendJobId(d.id, d.job_gen));
      const state = job ? await job.getState() : 'missing';
      if (!['completed', 'failed', 'missing', 'unknown'].includes(state)) continue;
      const gen = await this.deliveries.nextJobGen(d.id, d.job_gen);
      if (gen === null) continue;
      await this.sends.add(d.broadcast_id, [{ id: d.id, channel: d.channel, job_gen: gen }]);
      requeued++;
    }
    if (requeued)
      this.logger.warn({ msg: 'deliveries queued again after their jobs were lost', requeued });
    return requeued;
  }
}
