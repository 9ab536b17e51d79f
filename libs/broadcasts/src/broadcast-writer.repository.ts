import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActorRef, BroadcastKind, LanPhase } from '@cordon/contracts';
import type { BroadcastRequest } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { ACK_TOKEN_SQL } from './ack-tokens';
import { ON_CLOSED_LAN, routingSql } from './channel-routing.repository';
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

/** Someone on a closed LAN whom no SMS reaches. */
export interface UnreachableRow {
  recipientId: string;
  kind: 'staff' | 'user';
  name: string;
  lan: string | null;
  phase: LanPhase | null;
  reason: string;
}

export interface DeliveryCounts {
  deliveries: number;
  queued: number;
  skipped: number;
}

/**
 * A broadcast written in the caller's transaction, each set with one statement: the
 * broadcast (unique per incident and key), its recipients (named, or an audience's SQL),
 * one delivery per recipient and channel under the domain's routing (`routingSql`).
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
   * Notes on each staff recipient of a closed LAN (by code) its phase, before the
   * deliveries are routed: they get SMS first. Named logins (a notice's owner or ITU, who
   * run the incident from its console) are not rerouted. Answers how many were noted.
   */
  async markClosedLans(
    manager: EntityManager,
    broadcastId: string,
    closed: readonly { code: string; phase: string }[],
  ): Promise<number> {
    if (closed.length === 0) return 0;
    const rows: { n: number }[] = await manager.query(
      `WITH up AS (
         UPDATE broadcast_recipients r SET lan_phase = net.phase
         FROM unnest($2::text[], $3::text[]) AS net(code, phase)
         WHERE r.broadcast_id = $1 AND r.lan_code = net.code AND r.recipient_kind = 'staff'
         RETURNING 1)
       SELECT count(*)::int AS n FROM up`,
      [broadcastId, closed.map((c) => c.code), closed.map((c) => c.phase)],
    );
    return rows[0]?.n ?? 0;
  }

  /** Staff on a closed LAN whom no SMS reaches, with their department, by name. */
  async unreachableStaff(manager: EntityManager, broadcastId: string): Promise<UnreachableRow[]> {
    return manager.query(
      `SELECT r.recipient_id AS "recipientId", r.recipient_kind AS kind, r.name,
              r.lan_code AS lan, r.lan_phase AS phase, d.reason
       FROM broadcast_recipients r
       JOIN deliveries d ON d.broadcast_id = r.broadcast_id AND d.recipient_id = r.recipient_id
                        AND d.channel = 'sms' AND d.status = 'skipped'
       WHERE r.broadcast_id = $1 AND ${ON_CLOSED_LAN}
       ORDER BY r.name, r.recipient_id`,
      [broadcastId],
    );
  }

  async setUnreachable(manager: EntityManager, broadcastId: string, n: number): Promise<void> {
    await manager.query(`UPDATE broadcasts SET unreachable_count = $2 WHERE id = $1`, [
      broadcastId,
      n,
    ]);
  }

  /**
   * One delivery per recipient and channel: queued where eligible (with a new ack token,
   * made by PostgreSQL row by row, when acknowledgement is asked), skipped with the
   * reason where not. No list of tokens passes through Cordon's memory.
   */
  async insertDeliveries(
    manager: EntityManager,
    broadcastId: string,
    channels: readonly string[],
    requireAck: boolean,
  ): Promise<DeliveryCounts> {
    const rows: DeliveryCounts[] = await manager.query(
      `WITH ins AS (
         INSERT INTO deliveries (broadcast_id, recipient_id, channel, round, status, address, reason, ack_token)
         SELECT x.broadcast_id, x.recipient_id, x.ch, 0,
                CASE WHEN x.reason IS NULL THEN 'queued' ELSE 'skipped' END,
                CASE WHEN x.reason IS NULL THEN x.address END, x.reason,
                CASE WHEN $3 AND x.reason IS NULL THEN ${ACK_TOKEN_SQL} END
         FROM (SELECT r.broadcast_id, r.recipient_id, ch, e.reason, e.address
               FROM broadcast_recipients r
               ${routingSql('$2')}
               WHERE r.broadcast_id = $1) x
         RETURNING status)
       SELECT count(*)::int AS deliveries,
              (count(*) FILTER (WHERE status = 'queued'))::int AS queued,
              (count(*) FILTER (WHERE status = 'skipped'))::int AS skipped
       FROM ins`,
      [broadcastId, channels, requireAck],
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
