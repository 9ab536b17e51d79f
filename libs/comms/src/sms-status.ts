import type { EntityManager } from 'typeorm';
import { commandForSmsStatus, DeliveryStatus, fromStatuses } from '@cordon/domain';
import { returning } from './sql';

/** Serialises everything about one Message SID: a status callback and the recording of its send. */
export async function lockMessageSid(manager: EntityManager, sid: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sms:' || $1, 0))`, [sid]);
}

/**
 * Applies a provider status to the SMS delivery holding `sid`, by the domain's
 * transition table (a late `sent` after `delivered` changes nothing). Answers the
 * broadcast id, or null when no delivery holds the SID yet.
 */
export async function applySmsStatus(
  manager: EntityManager,
  sid: string,
  providerStatus: string,
  errorCode: string | null,
): Promise<{ broadcastId: string; changed: boolean } | null> {
  const rows: { id: string; broadcast_id: string; status: DeliveryStatus }[] = await manager.query(
    `SELECT id, broadcast_id, status FROM deliveries WHERE channel = 'sms' AND provider_id = $1`,
    [sid],
  );
  const delivery = rows[0];
  if (!delivery) return null;
  const command = commandForSmsStatus(providerStatus);
  if (command !== 'mark_delivered' && command !== 'mark_failed')
    return { broadcastId: delivery.broadcast_id, changed: false };
  const reason =
    command === 'mark_failed'
      ? `twilio ${providerStatus}${errorCode ? ` (error ${errorCode})` : ''}`
      : null;
  const changed = await returning(
    manager,
    `UPDATE deliveries SET status = $3, provider_status = $4, updated_at = now(),
            delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END,
            failed_at = CASE WHEN $3 = 'failed' THEN now() ELSE failed_at END,
            reason = CASE WHEN $3 = 'failed' THEN $5 ELSE NULL END
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING id`,
    [
      delivery.id,
      fromStatuses(command),
      command === 'mark_delivered' ? 'delivered' : 'failed',
      providerStatus,
      reason,
    ],
  );
  return { broadcastId: delivery.broadcast_id, changed: changed.length > 0 };
}

/** Keeps a callback that came before its send was recorded. */
export async function holdSmsStatus(
  manager: EntityManager,
  sid: string,
  providerStatus: string,
  errorCode: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO sms_status_callbacks (message_sid, status, error_code) VALUES ($1, $2, $3)`,
    [sid, providerStatus, errorCode],
  );
}

/** After a send is recorded (same transaction, SID locked): applies and removes held callbacks. */
export async function applyHeldStatuses(manager: EntityManager, sid: string): Promise<void> {
  const held = await returning<{ id: string; status: string; error_code: string | null }>(
    manager,
    `DELETE FROM sms_status_callbacks WHERE message_sid = $1 RETURNING id, status, error_code`,
    [sid],
  );
  for (const row of held.sort((a, b) => Number(a.id) - Number(b.id)))
    await applySmsStatus(manager, sid, row.status, row.error_code);
}
