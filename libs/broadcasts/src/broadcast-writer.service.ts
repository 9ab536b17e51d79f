import { Inject, Injectable } from '@nestjs/common';
import { type BroadcastKind, JOBS, QUEUES } from '@cordon/contracts';
import { BroadcastRequest, DomainError } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { APP_CONFIG, AppConfig, SpineTransaction } from '@cordon/platform';
import { BroadcastIncident, BroadcastIncidents } from './broadcast-incidents.port';
import { escalationJobId, fanoutJobId } from './job-ids';
import { ackTokens, ELIGIBILITY_SQL } from './delivery-sql';
import { BroadcastEventsService } from './broadcast-events.service';
import { requestFingerprint } from './fingerprint';
import { shownSubject } from './shown-subject';

/** Someone a notice goes to by name (the owner), rather than through an audience. */
export interface NamedRecipient {
  id: string;
  kind: 'staff' | 'user';
  name: string;
  email: string | null;
  mobile: string | null;
  smsConsent: boolean;
  lanCode: string | null;
}

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

interface Existing {
  id: string;
  fingerprint: string;
  recipient_count: number;
}

/**
 * Writes a broadcast in the caller's spine transaction: the broadcast row (unique per
 * incident and idempotency key), one recipient row per person and one delivery per
 * person and channel — each set with one INSERT … SELECT — the `broadcast.created`
 * event and the fan-out outbox row (plus the delayed escalation when acknowledgement
 * is asked). A key seen before answers the broadcast it made, or 422 when the request differs.
 */
@Injectable()
export class BroadcastWriterService {
  constructor(
    private readonly audience: StaffAudience,
    private readonly incidents: BroadcastIncidents,
    private readonly events: BroadcastEventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async write(tx: SpineTransaction, spec: NewBroadcast): Promise<WrittenBroadcast> {
    const { request, incident } = spec;
    const fingerprint = requestFingerprint(request);
    const inserted: { id: string }[] = await tx.manager.query(
      `INSERT INTO broadcasts (incident_id, kind, idempotency_key, fingerprint, audience, channels,
         subject, body, sms_body, require_ack, escalate_after_minutes, context, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (incident_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        incident.id,
        spec.kind,
        spec.idempotencyKey,
        fingerprint,
        JSON.stringify(request.audience),
        request.channels,
        request.subject,
        request.body,
        request.smsBody,
        request.requireAck,
        request.escalateAfterMinutes,
        JSON.stringify({
          reference: incident.reference,
          title: incident.title,
          nextUpdateDueAt: incident.nextUpdateDueAt?.toISOString() ?? null,
        }),
        JSON.stringify(tx.actor),
      ],
    );
    const id = inserted[0]?.id;
    if (!id) return this.existing(tx, incident.id, spec.idempotencyKey, fingerprint);

    const recipients = await this.insertRecipients(tx, id, spec);
    const counts = await this.insertDeliveries(tx, id, request, recipients);
    let nextUpdateDueAt = incident.nextUpdateDueAt?.toISOString() ?? null;
    if (spec.resetsCadence) {
      const due = await this.incidents.broadcastSent(tx, incident.id, id);
      nextUpdateDueAt = due?.toISOString() ?? null;
      await tx.manager.query(
        `UPDATE broadcasts SET context = jsonb_set(context, '{nextUpdateDueAt}', $2::jsonb) WHERE id = $1`,
        [id, JSON.stringify(nextUpdateDueAt)],
      );
    }
    await tx.manager.query(
      `UPDATE broadcasts SET recipient_count = $2, delivery_count = $3 WHERE id = $1`,
      [id, recipients, counts.deliveries],
    );
    tx.appendToIncident(incident.id, 'broadcast.created', {
      broadcastId: id,
      kind: spec.kind,
      subject: shownSubject(
        request.subject,
        { reference: incident.reference, title: incident.title, nextUpdateDueAt },
        this.config.comms.timeZone,
      ),
      subjectTemplate: request.subject,
      channels: request.channels,
      requireAck: request.requireAck,
      recipients,
      deliveries: counts.deliveries,
      skipped: counts.skipped,
    });
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
    const rows: Existing[] = await tx.manager.query(
      `SELECT id, fingerprint, recipient_count FROM broadcasts
       WHERE incident_id = $1 AND idempotency_key = $2`,
      [incidentId, key],
    );
    const row = rows[0];
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
    if (spec.recipients) {
      const list = spec.recipients;
      const rows: { n: number }[] = await tx.manager.query(
        `WITH ins AS (
           INSERT INTO broadcast_recipients
             (broadcast_id, recipient_id, recipient_kind, name, email, mobile, sms_consent, lan_code)
           SELECT $1, t.id, t.kind, t.name, t.email, t.mobile, t.consent, t.lan
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[])
             AS t(id, kind, name, email, mobile, consent, lan)
           ON CONFLICT DO NOTHING RETURNING 1)
         SELECT count(*)::int AS n FROM ins`,
        [
          broadcastId,
          list.map((r) => r.id),
          list.map((r) => r.kind),
          list.map((r) => r.name),
          list.map((r) => r.email),
          list.map((r) => r.mobile),
          list.map((r) => r.smsConsent),
          list.map((r) => r.lanCode),
        ],
      );
      return rows[0]?.n ?? 0;
    }
    const audience = this.audience.query(spec.request.audience, 2);
    const rows: { n: number }[] = await tx.manager.query(
      `WITH ins AS (
         INSERT INTO broadcast_recipients
           (broadcast_id, recipient_id, recipient_kind, name, email, mobile, sms_consent, lan_code)
         SELECT $1, a.id, 'staff', a.name, a.email, a.mobile, a.sms_consent, a.lan_code
         FROM (${audience.sql}) a
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [broadcastId, ...audience.params],
    );
    return rows[0]?.n ?? 0;
  }

  private async insertDeliveries(
    tx: SpineTransaction,
    broadcastId: string,
    request: BroadcastRequest,
    recipients: number,
  ): Promise<{ deliveries: number; queued: number; skipped: number }> {
    const tokens = request.requireAck ? ackTokens(recipients * request.channels.length) : [];
    const rows: { deliveries: number; queued: number; skipped: number }[] = await tx.manager.query(
      `WITH ins AS (
         INSERT INTO deliveries (broadcast_id, recipient_id, channel, round, status, address, reason, ack_token)
         SELECT x.broadcast_id, x.recipient_id, x.ch, 0,
                CASE WHEN x.reason IS NULL THEN 'queued' ELSE 'skipped' END,
                CASE WHEN x.reason IS NULL THEN x.address END, x.reason,
                CASE WHEN $3 AND x.reason IS NULL THEN ($4::text[])[x.n] END
         FROM (SELECT r.broadcast_id, r.recipient_id, ch, e.reason, e.address,
                      row_number() OVER () AS n
               FROM broadcast_recipients r CROSS JOIN unnest($2::text[]) ch
               ${ELIGIBILITY_SQL}
               WHERE r.broadcast_id = $1) x
         RETURNING status)
       SELECT count(*)::int AS deliveries,
              (count(*) FILTER (WHERE status = 'queued'))::int AS queued,
              (count(*) FILTER (WHERE status = 'skipped'))::int AS skipped
       FROM ins`,
      [broadcastId, request.channels, request.requireAck, tokens],
    );
    return rows[0] ?? { deliveries: 0, queued: 0, skipped: 0 };
  }

  /** The ack link of a token, as staff receive it. */
  ackLink(token: string | null): string {
    return token ? `${this.config.publicUrl}/api/v1/ack/${token}` : '';
  }
}
