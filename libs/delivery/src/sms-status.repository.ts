import type { DataSource, EntityManager } from 'typeorm';
import { commandForSmsStatus, DeliveryStatus, fromStatuses } from '@cordon/domain';
import { returning } from '@cordon/platform';

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

/**
 * Applies and removes the callbacks held for `sid`, if its send has been recorded.
 * Both sides call it after their own commit — the worker after recording the send, the
 * webhook after holding a callback — so whichever commits second finds the other's row:
 * no callback is lost between them, and none is applied twice (the DELETE claims it).
 */
export async function applyHeldStatuses(
  dataSource: DataSource,
  sid: string,
): Promise<{ broadcastId: string; changed: boolean } | null> {
  const pending: unknown[] = await dataSource.query(
    `SELECT 1 FROM sms_status_callbacks WHERE message_sid = $1 LIMIT 1`,
    [sid],
  );
  if (pending.length === 0) return null;
  return dataSource.transaction(async (manager) => {
    const held = await returning<{ id: string; status: string; error_code: string | null }>(
      manager,
      `DELETE FROM sms_status_callbacks WHERE message_sid = $1
         AND EXISTS (SELECT 1 FROM deliveries WHERE channel = 'sms' AND provider_id = $1)
       RETURNING id, status, error_code`,
      [sid],
    );
    let broadcastId: string | null = null;
    let changed = false;
    for (const row of held.sort((a, b) => Number(a.id) - Number(b.id))) {
      const applied = await applySmsStatus(manager, sid, row.status, row.error_code);
      if (!applied) continue;
      broadcastId = applied.broadcastId;
      changed ||= applied.changed;
    }
    const outcome = broadcastId ? { broadcastId, changed } : null;
    return outcome;
  });
}

/** SIDs with callbacks held though their send has been recorded (at most `limit`). */
export async function heldWithSend(dataSource: DataSource, limit: number): Promise<string[]> {
  const rows: { message_sid: string }[] = await dataSource.query(
    `SELECT DISTINCT c.message_sid FROM sms_status_callbacks c
     WHERE EXISTS (SELECT 1 FROM deliveries d WHERE d.channel = 'sms' AND d.provider_id = c.message_sid)
     LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.message_sid);
}

/** Drops callbacks held for a week: messages that are not ours. */
export async function dropStaleHeld(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `DELETE FROM sms_status_callbacks WHERE received_at < now() - interval '7 days'`,
  );
}
