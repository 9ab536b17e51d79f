import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOBS, QUEUES } from '@cordon/contracts';
import { BroadcastIncidents } from '@cordon/broadcasts';
import { reminderDue } from '@cordon/domain';
import {
  APP_CONFIG,
  AppConfig,
  QueueFactory,
  QueueProcessor,
  recoveryOptions,
  scheduleEvery,
} from '@cordon/platform';
import { NoticesService } from '../notices.service';

/**
 * Repeated every COMMS_SCAN_SECONDS: reminds the owners whose update to staff is
 * overdue, once per due time (the reminder's idempotency key is the incident and due
 * time), so two workers sweeping at once send one.
 */
@QueueProcessor(QUEUES.updateReminders, (config) => ({
  ...recoveryOptions(config),
  concurrency: 1,
}))
export class UpdateRemindersProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(UpdateRemindersProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: BroadcastIncidents,
    private readonly notices: NoticesService,
    private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleEvery(
      this.queues,
      QUEUES.updateReminders,
      JOBS.remindOwners,
      this.config.comms.scanSeconds * 1_000,
      this.logger,
    );
  }

  /** The sweep; answers how many owners it reminded. */
  async process(): Promise<number> {
    const now = new Date();
    let reminded = 0;
    for (const incident of await this.incidents.overdue(this.dataSource.manager, now)) {
      if (!incident.nextUpdateDueAt || !reminderDue(incident, now)) continue;
      const written = await this.notices.remindOwner(incident, incident.nextUpdateDueAt);
      if (written?.created) reminded++;
    }
    return reminded;
  }
}
