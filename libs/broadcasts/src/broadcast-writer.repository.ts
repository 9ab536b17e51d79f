import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActorRef, BroadcastKind } from '@cordon/contracts';
import type { BroadcastRequest } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { ELIGIBILITY_SQL } from './eligibility.repository';
import type { BroadcastContext } from './entities';

/** A new broadcast row; `null` from `insert` when the incident has used the key before. */
export interface BroadcastRow {
  incidentId: string;
  kind: BroadcastKind;
  idempotencyKey: string;
  fingerprint: string;
  request: BroadcastRequest;
  context: BroadcastContext;
  createdBy: ActorRef;
}

/** The broadcast a key made before. */
export interface KeyedBroadcast {
  id: string;
  fingerprint: string;
  recipient_count: number;
}

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

export interface DeliveryCounts {
  deliveries: number;
  queued: number;
  skipped: number;
}

/**
 * A broadcast written in the caller's transaction, each set with one statement: the
 * broadcast (unique per incident and key), its recipients (named, or an audience's SQL),
 * one delivery per recipient and channel under the domain's eligibility (`ELIGIBILITY_SQL`).
 */
@Injectable()
export class BroadcastWriterRepository {
  constructor(private readonly staff: StaffAudience) {}

  async insert(manager: EntityManager, row: BroadcastRow): Promise<string | null> {
    const { request } = row;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO broadcasts (incident_id, kind, idempotency_key, fingerprint, audience, channels,
         subject, body, sms_body, require_ack, escalate_after_minutes, context, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (incident_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        row.incidentId,
        row.kind,
        row.idempotencyKey,
        row.fingerprint,
        JSON.stringify(request.audience),
        request.channels,
        request.subject,
        request.body,
        request.smsBody,
        request.requireAck,
        request.escalateAfterMinutes,
        JSON.stringify(row.context),
        JSON.stringify(row.createdBy),
      ],
    );
    return inserted[0]?.id ?? null;
  }

  async byKey(
    manager: EntityManager,
    incidentId: string,
    key: string,
  ): Promise<KeyedBroadcast | null> {
    const rows: KeyedBroadcast[] = await manager.query(
      `SELECT id, fingerprint, recipient_count FROM broadcasts
       WHERE incident_id = $1 AND idempotency_key = $2`,
      [incidentId, key],
    );
    return rows[0] ?? null;
  }

  /** Named recipients (a notice's); answers how many were added. */
  async insertNamed(
    manager: EntityManager,
    broadcastId: string,
    list: NamedRecipient[],
  ): Promise<number> {
    const rows: { n: number }[] = await manager.query(
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

  /** An audience's staff as recipients (the directory's SQL for it); answers how many. */
  async insertAudience(
    manager: EntityManager,
    broadcastId: string,
    spec: BroadcastRequest['audience'],
  ): Promise<number> {
    const audience = this.staff.query(spec, 2);
    const rows: { n: number }[] = await manager.query(
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

  /**
   * One delivery per recipient and channel: queued where eligible (with the next ack
   * token when acknowledgement is asked), skipped with the reason where not.
   */
  async insertDeliveries(
    manager: EntityManager,
    broadcastId: string,
    channels: readonly string[],
    requireAck: boolean,
    tokens: string[],
  ): Promise<DeliveryCounts> {
    const rows: DeliveryCounts[] = await manager.query(
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
      [broadcastId, channels, requireAck, tokens],
    );
    return rows[0] ?? { deliveries: 0, queued: 0, skipped: 0 };
  }

  /** The next update time the broadcast's messages give (after a broadcast reset it). */
  async setNextUpdate(
    manager: EntityManager,
    broadcastId: string,
    nextUpdateDueAt: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE broadcasts SET context = jsonb_set(context, '{nextUpdateDueAt}', $2::jsonb) WHERE id = $1`,
      [broadcastId, JSON.stringify(nextUpdateDueAt)],
    );
  }

  async setCounts(
    manager: EntityManager,
    broadcastId: string,
    recipients: number,
    deliveries: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE broadcasts SET recipient_count = $2, delivery_count = $3 WHERE id = $1`,
      [broadcastId, recipients, deliveries],
    );
  }
}
