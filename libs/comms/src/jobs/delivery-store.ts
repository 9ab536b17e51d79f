import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BroadcastChannel } from '@cordon/contracts';
import { fromStatuses } from '@cordon/domain';
import { applyHeldStatuses } from '../sms-status';
import { MicroBatch } from './micro-batch';
import { returning } from '../sql';

/** A delivery this worker holds (status `sending`, under its lease) with what rendering needs. */
export interface ClaimedDelivery {
  id: string;
  broadcastId: string;
  recipientId: string;
  recipientName: string;
  lanCode: string | null;
  channel: BroadcastChannel;
  address: string;
  ackToken: string | null;
  attempts: number;
  /** When the first attempt started: where a provider lookup begins. */
  attemptStartedAt: Date;
  /** Taken over from `sending`: an earlier attempt's outcome is unknown. */
  reclaimed: boolean;
}

export type Claim =
  | { kind: 'claimed'; delivery: ClaimedDelivery }
  /** Another attempt holds it (its lease runs until `until`). */
  | { kind: 'busy'; until: Date }
  /** Sent, delivered, failed, skipped or gone: nothing to do. */
  | { kind: 'final' };

interface ClaimRow {
  id: string;
  prev_status: string;
  prev_lease: Date | null;
  claimed: boolean;
  broadcast_id: string;
  recipient_id: string;
  name: string;
  lan_code: string | null;
  channel: BroadcastChannel;
  address: string;
  ack_token: string | null;
  attempts: number;
  attempt_started_at: Date;
}

interface SentRecord {
  id: string;
  providerId: string;
  providerStatus: string;
}

/**
 * The worker's conditional UPDATEs on deliveries, each guarded by the domain's
 * transition table: a delivery already sent is never claimed again, and a `sending`
 * one only after its lease has run out (its earlier attempt crashed or timed out).
 * Claims and sends recorded by concurrent jobs in one turn go to PostgreSQL as one
 * statement (rows locked in id order, so batches never deadlock each other).
 */
@Injectable()
export class DeliveryStore {
  private readonly claims = new MicroBatch<{ id: string; leaseMs: number }, Claim>((keys) =>
    this.claimMany(keys),
  );
  private readonly sends = new MicroBatch<SentRecord, { done: boolean; held: boolean }>((keys) =>
    this.markSentMany(keys),
  );

  constructor(private readonly dataSource: DataSource) {}

  claim(deliveryId: string, leaseMs: number): Promise<Claim> {
    return this.claims.load({ id: deliveryId, leaseMs });
  }

  private async claimMany(all: { id: string; leaseMs: number }[]): Promise<Claim[]> {
    // one delivery asked for twice in a batch (two jobs for it): only the first may claim it
    const seen = new Set<string>();
    const keys = all.filter((k) => !seen.has(k.id) && seen.add(k.id));
    const rows: ClaimRow[] = await this.dataSource.query(
      `WITH v AS (SELECT * FROM unnest($1::uuid[], $2::float8[]) AS v(id, lease_ms)),
       prev AS (
         SELECT d.id, d.status AS prev_status, d.lease_until AS prev_lease, v.lease_ms
         FROM deliveries d JOIN v ON v.id = d.id ORDER BY d.id FOR UPDATE OF d
       ), upd AS (
         UPDATE deliveries d SET status = 'sending', attempts = d.attempts + 1,
                lease_until = clock_timestamp() + make_interval(secs => prev.lease_ms / 1000),
                attempt_started_at = coalesce(d.attempt_started_at, clock_timestamp()),
                updated_at = now()
         FROM prev
         WHERE d.id = prev.id AND (prev.prev_status = ANY($3::text[])
               OR (prev.prev_status = ANY($4::text[]) AND d.lease_until < clock_timestamp()))
         RETURNING d.id, d.broadcast_id, d.recipient_id, d.channel, d.address, d.ack_token,
                   d.attempts, d.attempt_started_at
       )
       SELECT p.id, p.prev_status, p.prev_lease, u.id IS NOT NULL AS claimed, u.broadcast_id,
              u.recipient_id, u.channel, u.address, u.ack_token, u.attempts, u.attempt_started_at,
              r.name, r.lan_code
       FROM prev p LEFT JOIN upd u ON u.id = p.id
       LEFT JOIN broadcast_recipients r ON r.broadcast_id = u.broadcast_id
                                       AND r.recipient_id = u.recipient_id`,
      [
        keys.map((k) => k.id),
        keys.map((k) => k.leaseMs),
        fromStatuses('claim'),
        fromStatuses('reclaim'),
      ],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const answered = new Set<string>();
    return all.map((k): Claim => {
      if (answered.has(k.id)) return { kind: 'busy', until: new Date(Date.now() + k.leaseMs) };
      answered.add(k.id);
      const row = byId.get(k.id);
      if (!row) return { kind: 'final' };
      if (!row.claimed) {
        if (row.prev_status === 'sending' && row.prev_lease)
          return { kind: 'busy', until: new Date(row.prev_lease) };
        // queued but changed under the lock: look again shortly
        if (row.prev_status === 'queued')
          return { kind: 'busy', until: new Date(Date.now() + 1_000) };
        return { kind: 'final' };
      }
      return {
        kind: 'claimed',
        delivery: {
          id: row.id,
          broadcastId: row.broadcast_id,
          recipientId: row.recipient_id,
          recipientName: row.name,
          lanCode: row.lan_code,
          channel: row.channel,
          address: row.address,
          ackToken: row.ack_token,
          attempts: row.attempts,
          attemptStartedAt: new Date(row.attempt_started_at),
          reclaimed: row.prev_status === 'sending',
        },
      };
    });
  }

  /**
   * The provider took it. For SMS, status callbacks that came before it are applied
   * right after it commits (see `applyHeldStatuses`; the periodic scan is the backstop).
   */
  async markSent(
    delivery: ClaimedDelivery,
    providerId: string,
    providerStatus: string,
  ): Promise<boolean> {
    const { done, held } = await this.sends.load({
      id: delivery.id,
      providerId,
      providerStatus: providerStatus.slice(0, 200),
    });
    if (held) await applyHeldStatuses(this.dataSource, providerId);
    return done;
  }

  private async markSentMany(keys: SentRecord[]): Promise<{ done: boolean; held: boolean }[]> {
    const rows: { id: string; done: boolean; held: boolean }[] = await this.dataSource.query(
      `WITH v AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, provider_id, provider_status)
       ), upd AS (
         UPDATE deliveries d SET status = 'sent', sent_at = clock_timestamp(),
                provider_id = v.provider_id, provider_status = v.provider_status,
                lease_until = NULL, reason = NULL, updated_at = now()
         FROM v WHERE d.id = v.id AND d.status = ANY($4::text[])
         RETURNING d.id, d.channel, d.provider_id
       )
       SELECT v.id, u.id IS NOT NULL AS done,
              coalesce(u.channel = 'sms' AND EXISTS (
                SELECT 1 FROM sms_status_callbacks c WHERE c.message_sid = u.provider_id), false) AS held
       FROM v LEFT JOIN upd u ON u.id = v.id`,
      [
        keys.map((k) => k.id),
        keys.map((k) => k.providerId),
        keys.map((k) => k.providerStatus),
        fromStatuses('mark_sent'),
      ],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return keys.map((k) => ({
      done: byId.get(k.id)?.done ?? false,
      held: byId.get(k.id)?.held ?? false,
    }));
  }

  /** A permanent failure, or attempts exhausted: final, with the reason. */
  async markFailed(delivery: ClaimedDelivery, reason: string): Promise<boolean> {
    return this.guarded(
      this.dataSource.manager,
      delivery.id,
      'mark_failed',
      `status = 'failed', failed_at = clock_timestamp(), reason = $3, lease_until = NULL`,
      [reason.slice(0, 1000)],
    );
  }

  /** The attempt failed before the provider could have the message: back to queued. */
  async release(delivery: ClaimedDelivery, reason: string): Promise<boolean> {
    return this.guarded(
      this.dataSource.manager,
      delivery.id,
      'release',
      `status = 'queued', lease_until = NULL, reason = $3`,
      [reason.slice(0, 1000)],
      delivery.attempts,
    );
  }

  /**
   * The outcome is unknown (a timeout after the request went out): the delivery stays
   * `sending` with its lease ended, so the next attempt takes it over and reconciles.
   */
  async endLease(delivery: ClaimedDelivery, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET lease_until = clock_timestamp(), reason = $3, updated_at = now()
       WHERE id = $1 AND status = 'sending' AND attempts = $2`,
      [delivery.id, delivery.attempts, reason.slice(0, 1000)],
    );
  }

  private async guarded(
    manager: EntityManager,
    id: string,
    command: 'mark_sent' | 'mark_failed' | 'release',
    set: string,
    params: unknown[],
    attempts?: number,
  ): Promise<boolean> {
    const rows = await returning(
      manager,
      `UPDATE deliveries SET ${set}, updated_at = now()
       WHERE id = $1 AND status = ANY($2::text[])
         ${attempts === undefined ? '' : `AND attempts = $${params.length + 3}`}
       RETURNING id`,
      [id, fromStatuses(command), ...params, ...(attempts === undefined ? [] : [attempts])],
    );
    return rows.length > 0;
  }
}
