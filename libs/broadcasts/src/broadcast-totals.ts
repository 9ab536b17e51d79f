import type { EntityManager } from 'typeorm';
import type {
  BroadcastChannel,
  BroadcastTotals,
  ChannelTotals,
  DeliveryStatus,
} from '@cordon/contracts';

interface CountRow {
  channel: BroadcastChannel;
  status: DeliveryStatus;
  reason: string | null;
  n: number;
}

const emptyChannel = (): ChannelTotals => ({
  deliveries: 0,
  queued: 0,
  sent: 0,
  delivered: 0,
  failed: 0,
  skipped: 0,
});

/** Folds per (channel, status, skip reason) counts into the totals the API and events show. */
export function foldTotals(
  rows: CountRow[],
  people: { recipients: number; acknowledged: number; requireAck: boolean },
): BroadcastTotals {
  const byChannel: Record<BroadcastChannel, ChannelTotals> = {
    email: emptyChannel(),
    sms: emptyChannel(),
  };
  const all = emptyChannel();
  const skippedReasons: Record<string, number> = {};
  for (const row of rows) {
    const key: keyof ChannelTotals = row.status === 'sending' ? 'queued' : row.status;
    for (const totals of [byChannel[row.channel], all]) {
      totals[key] += row.n;
      totals.deliveries += row.n;
    }
    if (row.status === 'skipped' && row.reason)
      skippedReasons[row.reason] = (skippedReasons[row.reason] ?? 0) + row.n;
  }
  return {
    ...all,
    recipients: people.recipients,
    acknowledged: people.acknowledged,
    silent: people.requireAck ? people.recipients - people.acknowledged : 0,
    byChannel,
    skippedReasons,
  };
}

/** The totals of one broadcast, counted from its rows (two index scans). */
export async function countTotals(
  manager: EntityManager,
  broadcastId: string,
): Promise<BroadcastTotals | null> {
  const head: { recipients: number; require_ack: boolean; acknowledged: number }[] =
    await manager.query(
      `SELECT b.recipient_count AS recipients, b.require_ack,
              (SELECT count(*)::int FROM broadcast_recipients r
                WHERE r.broadcast_id = b.id AND r.acknowledged_at IS NOT NULL) AS acknowledged
       FROM broadcasts b WHERE b.id = $1`,
      [broadcastId],
    );
  const people = head[0];
  if (!people) return null;
  const rows: CountRow[] = await manager.query(
    `SELECT channel, status, CASE WHEN status = 'skipped' THEN reason END AS reason, count(*)::int AS n
     FROM deliveries WHERE broadcast_id = $1 GROUP BY 1, 2, 3`,
    [broadcastId],
  );
  return foldTotals(rows, {
    recipients: people.recipients,
    acknowledged: people.acknowledged,
    requireAck: people.require_ack,
  });
}
