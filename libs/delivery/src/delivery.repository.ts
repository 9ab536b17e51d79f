import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BroadcastChannel } from '@cordon/contracts';
import { ACK_TOKEN_SQL, type BroadcastContext, ELIGIBILITY_SQL } from '@cordon/broadcasts';
import { CLOSED_LAN_PHASES } from '@cordon/domain';
import { returning } from '@cordon/platform';

/** A queued delivery as the fan-out and the lost-delivery sweep queue it. */
export interface QueuedDelivery {
  id: string;
  channel: BroadcastChannel;
  job_gen: number;
}

/** A delivery whose send job may be gone: still queued, or sending with its lease run out. */
export interface StaleDelivery extends QueuedDelivery {
  broadcast_id: string;
}

/** What every message of a broadcast is rendered from (immutable once committed). */
export interface BroadcastContentRow {
  subject: string;
  body: string;
  sms_body: string | null;
  require_ack: boolean;
  context: BroadcastContext;
}

/** An escalation's head: the broadcast's incident and how many had not acknowledged. */
export interface EscalationHead {
  incident_id: string;
  unacknowledged: number;
}

/**
 * The worker's reads and writes of broadcasts and deliveries around the sends: the
 * fan-out's pages, the escalation's set-based insert, the sweeps' look-ups. Each write
 * is conditional, so a job run twice changes nothing the second time.
 */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** queued → sending (once); the broadcast's incident when it moved. */
  async startSending(manager: EntityManager, broadcastId: string): Promise<string | null> {
    const moved = await returning<{ incident_id: string }>(
      manager,
      `UPDATE broadcasts SET status = 'sending' WHERE id = $1 AND status = 'queued'
       RETURNING incident_id`,
      [broadcastId],
    );
    return moved[0]?.incident_id ?? null;
  }

  /** The broadcast's queued deliveries after `after`, in id order (one page of the fan-out). */
  queuedAfter(broadcastId: string, after: string, limit: number): Promise<QueuedDelivery[]> {
    return this.dataSource.query(
      `SELECT id, channel, job_gen FROM deliveries
       WHERE broadcast_id = $1 AND status = 'queued' AND id > $2 ORDER BY id LIMIT $3`,
      [broadcastId, after, limit],
    );
  }

  /** Deliveries untouched for `staleMs` while queued, or sending past their lease, oldest first. */
  stale(staleMs: number, limit: number): Promise<StaleDelivery[]> {
    return this.dataSource.query(
      `SELECT id, broadcast_id, channel, job_gen FROM deliveries
         WHERE status IN ('queued', 'sending') AND updated_at < now() - make_interval(secs => $1::float8 / 1000)
           AND (status = 'queued' OR lease_until < now())
         ORDER BY updated_at LIMIT $2`,
      [staleMs, limit],
    );
  }

  /** A new job generation for a delivery still pending at `jobGen`; null when it moved on. */
  async nextJobGen(id: string, jobGen: number): Promise<number | null> {
    const bumped = await returning<{ job_gen: number }>(
      this.dataSource,
      `UPDATE deliveries SET job_gen = job_gen + 1, updated_at = now()
       WHERE id = $1 AND job_gen = $2 AND status IN ('queued', 'sending') RETURNING job_gen`,
      [id, jobGen],
    );
    return bumped[0]?.job_gen ?? null;
  }

  /** Broadcasts not completed though none of their deliveries is pending. */
  finishedNotCompleted(limit: number): Promise<{ id: string; incident_id: string }[]> {
    return this.dataSource.query(
      `SELECT b.id, b.incident_id FROM broadcasts b WHERE b.status <> 'completed'
         AND NOT EXISTS (SELECT 1 FROM deliveries d
                         WHERE d.broadcast_id = b.id AND d.status IN ('queued', 'sending'))
       LIMIT $1`,
      [limit],
    );
  }

  async content(broadcastId: string): Promise<BroadcastContentRow | null> {
    const rows: BroadcastContentRow[] = await this.dataSource.query(
      `SELECT subject, body, sms_body, require_ack, context FROM broadcasts WHERE id = $1`,
      [broadcastId],
    );
    return rows[0] ?? null;
  }

  /** Marks an acknowledgement-requested broadcast escalated (once); null when it was, or asks none. */
  async markEscalated(manager: EntityManager, broadcastId: string): Promise<EscalationHead | null> {
    const heads = await returning<EscalationHead>(
      manager,
      `UPDATE broadcasts b SET escalated_at = clock_timestamp()
       WHERE b.id = $1 AND b.require_ack AND b.escalated_at IS NULL
       RETURNING b.incident_id,
         (SELECT count(*)::int FROM broadcast_recipients r
           WHERE r.broadcast_id = b.id AND r.acknowledged_at IS NULL) AS unacknowledged`,
      [broadcastId],
    );
    return heads[0] ?? null;
  }

  /**
   * One round-1 delivery per recipient who has not acknowledged, on the first of
   * `channels` they have no delivery on and can be reached by (set-based), each with a
   * new ack token made by PostgreSQL; answers how many. Never email to someone whose LAN
   * was closed when the broadcast was written (`lan_phase`): they could not read it.
   */
  async insertEscalations(
    manager: EntityManager,
    broadcastId: string,
    channels: readonly BroadcastChannel[],
  ): Promise<number> {
    const inserted: { n: number }[] = await manager.query(
      `WITH pick AS (
         SELECT DISTINCT ON (r.recipient_id) r.broadcast_id, r.recipient_id, ch, e.address
         FROM broadcast_recipients r
         CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS c(ch, ord)
         ${ELIGIBILITY_SQL}
         WHERE r.broadcast_id = $1 AND r.acknowledged_at IS NULL AND e.reason IS NULL
           AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.broadcast_id = r.broadcast_id
                            AND d.recipient_id = r.recipient_id AND d.channel = ch)
           -- the channel follows the network: no email to a LAN closed when it was sent
           AND NOT (ch = 'email' AND coalesce(r.lan_phase = ANY($3::text[]), false))
         ORDER BY r.recipient_id, c.ord
       ), ins AS (
         INSERT INTO deliveries (broadcast_id, recipient_id, channel, round, status, address, ack_token)
         SELECT p.broadcast_id, p.recipient_id, p.ch, 1, 'queued', p.address, ${ACK_TOKEN_SQL}
         FROM pick p
         ON CONFLICT (broadcast_id, recipient_id, channel) DO NOTHING RETURNING 1
       ) SELECT count(*)::int AS n FROM ins`,
      [broadcastId, [...channels], [...CLOSED_LAN_PHASES]],
    );
    return inserted[0]?.n ?? 0;
  }

  /** The broadcast sends again: `added` more deliveries. */
  async addDeliveries(manager: EntityManager, broadcastId: string, added: number): Promise<void> {
    await manager.query(
      `UPDATE broadcasts SET status = 'sending', delivery_count = delivery_count + $2 WHERE id = $1`,
      [broadcastId, added],
    );
  }
}
