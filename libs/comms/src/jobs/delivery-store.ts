import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BroadcastChannel } from '@cordon/contracts';
import { fromStatuses } from '@cordon/domain';
import { applyHeldStatuses, lockMessageSid } from '../sms-status';
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
  broadcast_id: string;
  recipient_id: string;
  name: string;
  lan_code: string | null;
  channel: BroadcastChannel;
  address: string;
  ack_token: string | null;
  attempts: number;
  attempt_started_at: Date;
  prev_status: string;
}

/**
 * The worker's conditional UPDATEs on deliveries, each guarded by the domain's
 * transition table: a delivery already sent is never claimed again, and a `sending`
 * one only after its lease has run out (its earlier attempt crashed or timed out).
 */
@Injectable()
export class DeliveryStore {
  constructor(private readonly dataSource: DataSource) {}

  async claim(deliveryId: string, leaseMs: number): Promise<Claim> {
    const rows: ClaimRow[] = await this.dataSource.query(
      `WITH prev AS (
         SELECT id, status AS prev_status FROM deliveries WHERE id = $1 FOR UPDATE
       ), upd AS (
         UPDATE deliveries d SET status = 'sending', attempts = d.attempts + 1,
                lease_until = clock_timestamp() + make_interval(secs => $2::float8 / 1000),
                attempt_started_at = coalesce(d.attempt_started_at, clock_timestamp()),
                updated_at = now()
         FROM prev
         WHERE d.id = prev.id AND (prev.prev_status = ANY($3::text[])
               OR (prev.prev_status = ANY($4::text[]) AND d.lease_until < clock_timestamp()))
         RETURNING d.id, d.broadcast_id, d.recipient_id, d.channel, d.address, d.ack_token,
                   d.attempts, d.attempt_started_at, prev.prev_status
       )
       SELECT upd.*, r.name, r.lan_code FROM upd
       JOIN broadcast_recipients r ON r.broadcast_id = upd.broadcast_id
                                  AND r.recipient_id = upd.recipient_id`,
      [deliveryId, leaseMs, fromStatuses('claim'), fromStatuses('reclaim')],
    );
    const row = rows[0];
    if (row) {
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
    }
    const now: { status: string; lease_until: Date | null }[] = await this.dataSource.query(
      `SELECT status, lease_until FROM deliveries WHERE id = $1`,
      [deliveryId],
    );
    const current = now[0];
    if (current && current.status === 'sending' && current.lease_until)
      return { kind: 'busy', until: new Date(current.lease_until) };
    return { kind: 'final' };
  }

  /** The provider took it. For SMS, status callbacks that came first are applied now. */
  async markSent(
    delivery: ClaimedDelivery,
    providerId: string,
    providerStatus: string,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (delivery.channel === 'sms') await lockMessageSid(manager, providerId);
      const done = await this.guarded(
        manager,
        delivery.id,
        'mark_sent',
        `status = 'sent', sent_at = clock_timestamp(), provider_id = $3, provider_status = $4,
         lease_until = NULL, reason = NULL`,
        [providerId, providerStatus],
      );
      if (done && delivery.channel === 'sms') await applyHeldStatuses(manager, providerId);
      return done;
    });
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
