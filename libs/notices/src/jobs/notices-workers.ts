import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, WorkerOptions } from 'bullmq';
import { COMMS_JOBS, COMMS_QUEUES } from '@cordon/broadcasts';
import { APP_CONFIG, AppConfig, QueueFactory } from '@cordon/platform';
import { NotifyProcessor } from './notify.processor';
import { UpdateRemindersProcessor } from './update-reminders.processor';

/** Starts the notices processors when the worker starts and schedules the reminder sweep. */
@Injectable()
export class NoticesWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(NoticesWorkers.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly notify: NotifyProcessor,
    private readonly reminders: UpdateRemindersProcessor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { comms } = this.config;
    const recovery: Omit<WorkerOptions, 'connection' | 'prefix'> = {
      lockDuration: comms.queueLockMs,
      stalledInterval: comms.queueStalledIntervalMs,
      maxStalledCount: 5,
    };
    this.queues.worker(COMMS_QUEUES.notify, (job: Job) => this.notify.process(job), {
      ...recovery,
      concurrency: 4,
    });
    this.queues.worker(COMMS_QUEUES.updateReminders, () => this.reminders.process(), {
      ...recovery,
      concurrency: 1,
    });
    try {
      await this.queues
        .queue(COMMS_QUEUES.updateReminders)
        .upsertJobScheduler(
          COMMS_QUEUES.updateReminders,
          { every: comms.scanSeconds * 1_000 },
          { name: COMMS_JOBS.remindOwners, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        );
    } catch (err) {
      this.logger.warn({
        msg: 'could not schedule the reminder sweep',
        error: (err as Error).message,
      });
    }
  }
}
