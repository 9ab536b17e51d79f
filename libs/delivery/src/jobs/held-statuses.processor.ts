import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@cordon/contracts';
import { DataSource } from 'typeorm';
import { BroadcastEventsService } from '@cordon/broadcasts';
import {
  APP_CONFIG,
  AppConfig,
  QueueFactory,
  QueueProcessor,
  recoveryOptions,
  scheduleEvery,
} from '@cordon/platform';
import { applyHeldStatuses, dropStaleHeld, heldWithSend } from '../sms-status.repository';

/**
 * Repeated every COMMS_SCAN_SECONDS: applies the status callbacks held for a send that
 * has since been recorded (in the rare case both sides checked before the other
 * committed), and drops, after a week, the ones for messages that are not ours.
 */
@QueueProcessor(QUEUES.heldStatuses, (config) => ({ ...recoveryOptions(config), concurrency: 1 }))
export class HeldStatusesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(HeldStatusesProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: BroadcastEventsService,
    private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleEvery(
      this.queues,
      QUEUES.heldStatuses,
      JOBS.applyHeldStatuses,
      this.config.comms.scanSeconds * 1_000,
      this.logger,
    );
  }

  async process(): Promise<number> {
    const sids = await heldWithSend(this.dataSource, 500);
    for (const sid of sids) {
      const applied = await applyHeldStatuses(this.dataSource, sid);
      if (applied?.changed) await this.events.report(applied.broadcastId);
    }
    await dropStaleHeld(this.dataSource);
    return sids.length;
  }
}
