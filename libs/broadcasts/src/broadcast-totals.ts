import type {
  BroadcastChannel,
  BroadcastTotals,
  ChannelTotals,
  DeliveryStatus,
} from '@cordon/contracts';

/** Deliveries counted per channel, status and skip reason. */
export interface DeliveryCountRow {
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
  rows: DeliveryCountRow[],
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
