import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { BroadcastChannel } from '@cordon/contracts';
import { returning } from '@cordon/platform';
import { DeliveryCommand, fromStatuses } from '@cordon/domain';

/**
 * One statement for everything the send jobs of a worker asked in one turn: the claims
 * (queued, or sending with its lease run out → sending under a new lease) and the sends
 * to record (sending → sent). All rows are locked first, in id order, so two workers'
 * batches never deadlock; the conditions read the locked (latest) row. Prepared once
 * per connection (it is run thousands of times a minute during a broadcast).
 *
 * $1 claim ids, $2 their lease ms, $3 claimable statuses, $4 reclaimable statuses,
 * $5 sent ids, $6 provider ids, $7 provider statuses, $8 statuses that may become sent.
 */
const DELIVERY_BATCH_SQL = `
WITH c AS (SELECT * FROM unnest($1::uuid[], $2::float8[]) AS c(id, lease_ms)),
s AS (SELECT * FROM unnest($5::uuid[], $6::text[], $7::text[]) AS s(id, provider_id, provider_status)),
locked AS (
  SELECT d.id, d.status AS prev_status, d.lease_until AS prev_lease,
         d.lease_until < clock_timestamp() AS lease_over
  FROM deliveries d WHERE d.id IN (SELECT id FROM c UNION SELECT id FROM s)
  ORDER BY d.id FOR UPDATE OF d
), claimed AS (
  UPDATE deliveries d SET status = 'sending', attempts = d.attempts + 1,
         lease_until = clock_timestamp() + make_interval(secs => c.lease_ms / 1000),
         attempt_started_at = coalesce(d.attempt_started_at, clock_timestamp()),
         updated_at = now()
  FROM c JOIN locked l ON l.id = c.id
  WHERE d.id = c.id AND (l.prev_status = ANY($3::text[])
        OR (l.prev_status = ANY($4::text[]) AND l.lease_over))
  RETURNING d.id, d.broadcast_id, d.recipient_id, d.channel, d.address, d.ack_token,
            d.attempts, d.attempt_started_at
), sent AS (
  UPDATE deliveries d SET status = 'sent', sent_at = clock_timestamp(),
         provider_id = s.provider_id, provider_status = s.provider_status,
         lease_until = NULL, reason = NULL, updated_at = now()
  FROM s JOIN locked l ON l.id = s.id
  WHERE d.id = s.id AND l.prev_status = ANY($8::text[])
  RETURNING d.id, d.channel, d.provider_id
)
SELECT 'claim' AS op, l.id, l.prev_status, l.prev_lease, u.id IS NOT NULL AS done,
       u.broadcast_id, u.recipient_id, u.channel, u.address, u.ack_token, u.attempts,
       u.attempt_started_at, r.name, r.lan_code, false AS held
FROM c JOIN locked l ON l.id = c.id LEFT JOIN claimed u ON u.id = c.id
LEFT JOIN broadcast_recipients r ON r.broadcast_id = u.broadcast_id
                                AND r.recipient_id = u.recipient_id
UNION ALL
SELECT 'sent', s.id, NULL, NULL, u.id IS NOT NULL, NULL, NULL, u.channel, NULL, NULL, NULL,
       NULL, NULL, NULL,
       coalesce(u.channel = 'sms' AND EXISTS (
         SELECT 1 FROM sms_status_callbacks h WHERE h.message_sid = u.provider_id), false)
FROM s LEFT JOIN sent u ON u.id = s.id`;

/** A row of DELIVERY_BATCH_SQL: a claim's outcome, or a recorded send's. */
export interface DeliveryBatchRow {
  op: 'claim' | 'sent';
  id: string;
  prev_status: string | null;
  prev_lease: Date | null;
  done: boolean;
  broadcast_id: string | null;
  recipient_id: string | null;
  channel: BroadcastChannel | null;
  address: string | null;
  ack_token: string | null;
  attempts: number | null;
  attempt_started_at: Date | null;
  name: string | null;
  lan_code: string | null;
  held: boolean;
}

/**
 * The worker's conditional UPDATEs on deliveries, each guarded by the domain's transition
 * table (`fromStatuses`): the batch of claims and recorded sends in one prepared statement,
 * and the failures, releases and ended leases of single attempts.
 */
@Injectable()
export class DeliveryClaimsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async batch(
    claims: { id: string; leaseMs: number }[],
    sends: { id: string; providerId: string; providerStatus: string }[],
  ): Promise<DeliveryBatchRow[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const result = await pool.query<DeliveryBatchRow>({
      name: 'cordon_delivery_batch',
      text: DELIVERY_BATCH_SQL,
      values: [
        claims.map((c) => c.id),
        claims.map((c) => c.leaseMs),
        fromStatuses('claim'),
        fromStatuses('reclaim'),
        sends.map((s) => s.id),
        sends.map((s) => s.providerId),
        sends.map((s) => s.providerStatus),
        fromStatuses('mark_sent'),
      ],
    });
    return result.rows;
  }

  /** Final, with the reason; false when the delivery had moved on. */
  markFailed(id: string, reason: string): Promise<boolean> {
    return this.guarded(
      id,
      'mark_failed',
      `status = 'failed', failed_at = clock_timestamp(), reason = $3, lease_until = NULL`,
      [reason.slice(0, 1000)],
    );
  }

  /** Back to queued, if this attempt (`attempts`) still holds it. */
  release(id: string, attempts: number, reason: string): Promise<boolean> {
    return this.guarded(
      id,
      'release',
      `status = 'queued', lease_until = NULL, reason = $3`,
      [reason.slice(0, 1000)],
      attempts,
    );
  }

  /** Still `sending`, its lease ended now, if this attempt still holds it. */
  async endLease(id: string, attempts: number, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET lease_until = clock_timestamp(), reason = $3, updated_at = now()
       WHERE id = $1 AND status = 'sending' AND attempts = $2`,
      [id, attempts, reason.slice(0, 1000)],
    );
  }

  private async guarded(
    id: string,
    command: Extract<DeliveryCommand, 'mark_failed' | 'release'>,
    set: string,
    params: unknown[],
    attempts?: number,
  ): Promise<boolean> {
    const rows = await returning(
      this.dataSource.manager,
      `UPDATE deliveries SET ${set}, updated_at = now()
       WHERE id = $1 AND status = ANY($2::text[])
         ${attempts === undefined ? '' : `AND attempts = $${params.length + 3}`}
       RETURNING id`,
      [id, fromStatuses(command), ...params, ...(attempts === undefined ? [] : [attempts])],
    );
    return rows.length > 0;
  }
}
