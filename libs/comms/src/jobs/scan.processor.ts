import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastChannel } from '@cordon/contracts';
import { reminderDue } from '@cordon/domain';
import { APP_CONFIG, AppConfig, QueueFactory, Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { BroadcastEventsService } from '../broadcast-events.service';
import { CommsIncidents } from '../comms-incidents.port';
import { COMMS_QUEUES, sendJobId } from '../comms-queues';
import { NoticesService } from '../notices.service';
import { applyHeldStatuses } from '../sms-status';
import { FanoutProcessor } from './fanout.processor';
import { returning } from '../sql';

const STUCK_BATCH = 500;

export interface ScanResult {
  reminded: number;
  callbacks: number;
  completed: number;
  requeued: number;
}

/**
 * `comms.scan`, repeated every COMMS_SCAN_SECONDS: reminds owners whose update is
 * overdue (once per due time), completes broadcasts whose last report was lost, and
 * queues again deliveries whose job is gone (failed on too many stalls, removed) under
 * a new job id. Everything it does is idempotent, so two workers scanning at once agree.
 */
@Injectable()
export class ScanProcessor {
  private readonly logger = new Logger(ScanProcessor.name);
  private readonly staleMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly queues: QueueFactory,
    private readonly events: BroadcastEventsService,
    private readonly incidents: CommsIncidents,
    private readonly notices: NoticesService,
    private readonly fanout: FanoutProcessor,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.staleMs = Math.max(60_000, 4 * config.comms.scanSeconds * 1000);
  }

  async process(): Promise<ScanResult> {
    const reminded = await this.remind();
    const callbacks = await this.applyStrandedCallbacks();
    const completed = await this.complete();
    const requeued = await this.requeue();
    return { reminded, callbacks, completed, requeued };
  }

  /**
   * Status callbacks held for a send that has since been recorded, in the rare case both
   * sides checked before the other committed; and ones for messages that are not ours.
   */
  private async applyStrandedCallbacks(): Promise<number> {
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

  async remind(now = new Date()): Promise<number> {
    let reminded = 0;
    for (const incident of await this.incidents.overdue(this.dataSource.manager, now)) {
      if (!incident.nextUpdateDueAt || !reminderDue(incident, now)) continue;
      const written = await this.notices.remindOwner(incident, incident.nextUpdateDueAt);
      if (written?.created) reminded++;
    }
    return reminded;
  }

  private async complete(): Promise<number> {
    const open: { id: string; incident_id: string }[] = await this.dataSource.query(
      `SELECT b.id, b.incident_id FROM broadcasts b WHERE b.status <> 'completed'
         AND NOT EXISTS (SELECT 1 FROM deliveries d
                         WHERE d.broadcast_id = b.id AND d.status IN ('queued', 'sending'))
       LIMIT 100`,
    );
    let completed = 0;
    for (const b of open)
      if (
        await this.spine.run(SYSTEM_ACTOR, (tx) =>
          this.events.completeIfDone(tx, b.id, b.incident_id),
        )
      )
        completed++;
    return completed;
  }

  private async requeue(): Promise<number> {
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
