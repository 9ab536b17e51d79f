import { WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@cordon/contracts';
import { DataSource } from 'typeorm';
import { BroadcastEventsService } from '@cordon/broadcasts';
import { Sweep } from '@cordon/platform';
import { applyHeldStatuses, dropStaleHeld, heldWithSend } from '../sms-status.repository';

/**
 * Repeated every COMMS_SCAN_SECONDS: applies the status callbacks held for a send that
 * has since been recorded (in the rare case both sides checked before the other
 * committed), and drops, after a week, the ones for messages that are not ours.
 */
@Sweep(QUEUES.heldStatuses, JOBS.applyHeldStatuses)
export class HeldStatusesProcessor extends WorkerHost {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: BroadcastEventsService,
  ) {
    super();
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
