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
import { applyHeldStatuses } from '../sms-status';

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
    const sids: { message_sid: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.message_sid FROM sms_status_callbacks c
       WHERE EXISTS (SELECT 1 FROM deliveries d WHERE d.channel = 'sms' AND d.provider_id = c.message_sid)
       LIMIT 500`,
    );
    for (const { message_sid } of sids) {
      const applied = await applyHeldStatuses(this.dataSource, message_sid);
      if (applied?.changed) await this.events.report(applied.broadcastId);
    }
    await this.dataSource.query(
      `DELETE FROM sms_status_callbacks WHERE received_at < now() - interval '7 days'`,
    );
    return sids.length;
  }
}
