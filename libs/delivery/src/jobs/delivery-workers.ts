import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, WorkerOptions } from 'bullmq';
import { COMMS_JOBS, COMMS_QUEUES } from '@cordon/broadcasts';
import { APP_CONFIG, AppConfig, QueueFactory } from '@cordon/platform';
import { BroadcastCompletionProcessor } from './broadcast-completion.processor';
import { EmailSendProcessor } from './email-send.processor';
import { EscalationProcessor } from './escalation.processor';
import { FanoutProcessor } from './fanout.processor';
import { HeldStatusesProcessor } from './held-statuses.processor';
import { LostDeliveriesProcessor } from './lost-deliveries.processor';
import { JOBS_PER_SLOT } from './send-job';
import { SmsSendProcessor } from './sms-send.processor';

/**
 * Starts the delivery processors on their queues when the worker starts: sends in flight
 * bounded per channel by the processors' send slots (the email bound is the bound on
 * repeats after a crash), JOBS_PER_SLOT times as many jobs so claims overlap sends,
 * each channel rate-limited per second across all workers (SMS always, email when
 * EMAIL_PER_SECOND is set), and the periodic sweeps scheduled
 * (idempotently, by scheduler id).
 */
@Injectable()
export class DeliveryWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliveryWorkers.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly fanout: FanoutProcessor,
    private readonly email: EmailSendProcessor,
    private readonly sms: SmsSendProcessor,
    private readonly escalation: EscalationProcessor,
    private readonly heldStatuses: HeldStatusesProcessor,
    private readonly completion: BroadcastCompletionProcessor,
    private readonly lostDeliveries: LostDeliveriesProcessor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { comms, sms } = this.config;
    const recovery: Omit<WorkerOptions, 'connection' | 'prefix'> = {
      lockDuration: comms.queueLockMs,
      stalledInterval: comms.queueStalledIntervalMs,
      maxStalledCount: 5,
    };
    this.queues.worker(COMMS_QUEUES.fanout, (job: Job) => this.fanout.process(job), {
      ...recovery,
      concurrency: 2,
    });
    const { perSecond: emailPerSecond } = this.config.smtp;
    this.queues.worker(COMMS_QUEUES.email, (job: Job, token) => this.email.process(job, token), {
      ...recovery,
      concurrency: comms.emailConcurrency * JOBS_PER_SLOT,
      ...(emailPerSecond ? { limiter: { max: emailPerSecond, duration: 1_000 } } : {}),
    });
    this.queues.worker(COMMS_QUEUES.sms, (job: Job, token) => this.sms.process(job, token), {
      ...recovery,
      concurrency: comms.smsConcurrency * JOBS_PER_SLOT,
      limiter: { max: sms.perSecond, duration: 1_000 },
    });
    this.queues.worker(COMMS_QUEUES.escalation, (job: Job) => this.escalation.process(job), {
      ...recovery,
      concurrency: 1,
    });
    const sweeps = [
      [COMMS_QUEUES.heldStatuses, COMMS_JOBS.applyHeldStatuses, this.heldStatuses],
      [COMMS_QUEUES.completion, COMMS_JOBS.completeBroadcasts, this.completion],
      [COMMS_QUEUES.lostDeliveries, COMMS_JOBS.requeueLost, this.lostDeliveries],
    ] as const;
    for (const [queue, name, processor] of sweeps) {
      this.queues.worker(queue, () => processor.process(), { ...recovery, concurrency: 1 });
      try {
        await this.queues
          .queue(queue)
          .upsertJobScheduler(
            queue,
            { every: comms.scanSeconds * 1_000 },
            { name, opts: { removeOnComplete: 100, removeOnFail: 100 } },
          );
      } catch (err) {
        // Redis away at start: the processors wait for it; the sweep is scheduled on the next start
        this.logger.warn({ msg: `could not schedule ${name}`, error: (err as Error).message });
      }
    }
  }
}
