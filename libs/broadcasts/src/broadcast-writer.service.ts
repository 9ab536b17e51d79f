import { Inject, Injectable } from '@nestjs/common';
import { type BroadcastKind, JOBS, QUEUES } from '@cordon/contracts';
import { BroadcastRequest, DomainError } from '@cordon/domain';
import { APP_CONFIG, AppConfig, SpineTransaction } from '@cordon/platform';
import { BroadcastIncident, BroadcastIncidents } from './broadcast-incidents.port';
import { escalationJobId, fanoutJobId } from './job-ids';
import {
  BroadcastWriterRepository,
  DeliveryCounts,
  NamedRecipient,
} from './broadcast-writer.repository';
import { BroadcastEventsService } from './broadcast-events.service';
import { requestFingerprint } from './fingerprint';
import { shownSubject } from './shown-subject';
import { UnreachableStaffService } from './unreachable-staff.service';

export interface NewBroadcast {
  incident: BroadcastIncident;
  kind: BroadcastKind;
  idempotencyKey: string;
  request: BroadcastRequest;
  /** The named recipients of a notice; without them, the request's audience from the directory. */
  recipients?: NamedRecipient[];
  /** A broadcast to staff is an update: the incident's next update falls due a cadence later. */
  resetsCadence: boolean;
}

export interface WrittenBroadcast {
  id: string;
  recipients: number;
  /** False when the key had made this broadcast before: nothing was written. */
  created: boolean;
}

/**
 * Writes a broadcast in the caller's spine transaction: the broadcast row (unique per
 * incident and idempotency key), one recipient row per person and one delivery per
 * person and channel — each set with one set-based statement — the `broadcast.created`
 * event and the fan-out outbox row (plus the delayed escalation when acknowledgement
 * is asked). A key seen before answers the broadcast it made, or 422 when the request differs.
 */
@Injectable()
export class BroadcastWriterService {
  constructor(
    private readonly incidents: BroadcastIncidents,
    private readonly events: BroadcastEventsService,
    private readonly rows: BroadcastWriterRepository,
    private readonly unreachable: UnreachableStaffService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async write(tx: SpineTransaction, spec: NewBroadcast): Promise<WrittenBroadcast> {
    const { request, incident } = spec;
    const fingerprint = requestFingerprint(request);
    const id = await this.rows.insert(tx.manager, {
      incidentId: incident.id,
      kind: spec.kind,
      idempotencyKey: spec.idempotencyKey,
      fingerprint,
      request,
      context: {
        reference: incident.reference,
        title: incident.title,
        nextUpdateDueAt: incident.nextUpdateDueAt?.toISOString() ?? null,
      },
      createdBy: tx.actor,
    });
    if (!id) return this.existing(tx, incident.id, spec.idempotencyKey, fingerprint);

    const recipients = await this.insertRecipients(tx, id, spec);
    // the channel follows the network: staff of a closed LAN get SMS first
    const closed = await this.incidents.closedLans(tx.manager);
    const onClosed = await this.rows.markClosedLans(tx.manager, id, closed);
    const counts = await this.insertDeliveries(tx, id, request);
    let nextUpdateDueAt = incident.nextUpdateDueAt?.toISOString() ?? null;
    if (spec.resetsCadence) {
      const due = await this.incidents.broadcastSent(tx, incident.id, id);
      nextUpdateDueAt = due?.toISOString() ?? null;
      await this.rows.setNextUpdate(tx.manager, id, nextUpdateDueAt);
    }
    await this.rows.setCounts(tx.manager, id, recipients, counts.deliveries);
    const subject = shownSubject(
      request.subject,
      { reference: incident.reference, title: incident.title, nextUpdateDueAt },
      this.config.comms.timeZone,
    );
    tx.appendToIncident(incident.id, 'broadcast.created', {
      broadcastId: id,
      kind: spec.kind,
      subject,
      subjectTemplate: request.subject,
      channels: request.channels,
      requireAck: request.requireAck,
      recipients,
      deliveries: counts.deliveries,
      skipped: counts.skipped,
      ...(spec.resetsCadence ? { nextUpdateDueAt } : {}),
    });
    if (onClosed > 0)
      await this.unreachable.note(tx, { broadcastId: id, incidentId: incident.id, subject });
    if (counts.queued === 0) {
      await this.events.completeIfDone(tx, id, incident.id);
    } else {
      await tx.enqueue({
        queue: QUEUES.fanout,
        name: JOBS.fanout,
        jobId: fanoutJobId(id),
        payload: { broadcastId: id },
      });
    }
    if (request.requireAck && request.escalateAfterMinutes !== null && recipients > 0) {
      await tx.enqueue({
        queue: QUEUES.escalation,
        name: JOBS.escalate,
        jobId: escalationJobId(id),
        payload: { broadcastId: id },
        delayMs: request.escalateAfterMinutes * 60_000,
      });
    }
    return { id, recipients, created: true };
  }

  private async existing(
    tx: SpineTransaction,
    incidentId: string,
    key: string,
    fingerprint: string,
  ): Promise<WrittenBroadcast> {
    const row = await this.rows.byKey(tx.manager, incidentId, key);
    if (!row) throw new Error('broadcast insert conflicted but no row was found');
    if (row.fingerprint !== fingerprint) {
      throw new DomainError(
        'idempotency_mismatch',
        'This Idempotency-Key was used for a different broadcast; use a new key for a new broadcast',
        { broadcastId: row.id },
      );
    }
    return { id: row.id, recipients: row.recipient_count, created: false };
  }

  private async insertRecipients(
    tx: SpineTransaction,
    broadcastId: string,
    spec: NewBroadcast,
  ): Promise<number> {
    if (spec.recipients) return this.rows.insertNamed(tx.manager, broadcastId, spec.recipients);
    return this.rows.insertAudience(tx.manager, broadcastId, spec.request.audience);
  }

  private async insertDeliveries(
    tx: SpineTransaction,
    broadcastId: string,
    request: BroadcastRequest,
  ): Promise<DeliveryCounts> {
    // the ack tokens are made by PostgreSQL, one per queued delivery (ACK_TOKEN_SQL)
    return this.rows.insertDeliveries(
      tx.manager,
      broadcastId,
      request.channels,
      request.requireAck,
    );
  }

  /** The ack link of a token, as staff receive it. */
  ackLink(token: string | null): string {
    return token ? `${this.config.publicUrl}/api/v1/ack/${token}` : '';
  }
}
