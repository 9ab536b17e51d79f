import type { BroadcastChannel } from '@cordon/contracts';

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
export const DELIVERY_BATCH_SQL = `
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
