/** The report's broadcasts and updates to staff, from the event log. */
import type {
  BroadcastTotals,
  EventViewOf,
  ReportBroadcast,
  ReportPromisedUpdate,
  ReportUpdates,
} from '@cordon/contracts';
import { between } from './stats';

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Each broadcast (Cordon's own notices too, by kind): its totals as its latest progress
 * or completion event gave them; acknowledgements counted from `broadcast.acknowledged`
 * (one per recipient); created → the acknowledgement that brought it to half and to 90%
 * of its recipients (⌈0.5·n⌉-th and ⌈0.9·n⌉-th acknowledgement).
 */
export function broadcasts(events: readonly EventViewOf[]): ReportBroadcast[] {
  const list = new Map<string, { b: ReportBroadcast; acks: Map<string, string> }>();
  for (const e of events) {
    if (e.type === 'broadcast.created') {
      const d = e.data;
      list.set(d.broadcastId, {
        acks: new Map(),
        b: {
          broadcastId: d.broadcastId,
          kind: d.kind,
          subject: d.subject,
          createdAt: e.at,
          completedAt: null,
          requireAck: d.requireAck,
          recipients: d.recipients,
          deliveries: d.deliveries,
          delivered: 0,
          failed: 0,
          skipped: d.skipped,
          acknowledged: 0,
          deliveryRate: null,
          failureRate: null,
          acknowledgementRate: null,
          to50PercentMs: null,
          to90PercentMs: null,
        },
      });
      continue;
    }
    if (!e.type.startsWith('broadcast.')) continue;
    const entry = list.get((e.data as { broadcastId?: string }).broadcastId ?? '');
    if (!entry) continue;
    if (
      e.type === 'broadcast.progress' ||
      e.type === 'broadcast.completed' ||
      e.type === 'broadcast.round_completed'
    ) {
      applyTotals(entry.b, e.data.totals);
      if (e.type === 'broadcast.completed') entry.b.completedAt = e.at;
    }
    if (e.type === 'broadcast.acknowledged' && !entry.acks.has(e.data.recipientId)) {
      entry.acks.set(e.data.recipientId, e.at);
    }
  }
  return [...list.values()].map(({ b, acks }) => {
    const times = [...acks.values()].map((at) => between(b.createdAt, at)).sort((x, y) => x - y);
    const sendable = b.deliveries - b.skipped;
    const nth = (share: number) => {
      const n = Math.ceil(share * b.recipients);
      return b.recipients > 0 && times.length >= n ? times[n - 1] : null;
    };
    return {
      ...b,
      acknowledged: acks.size,
      deliveryRate: rate(b.delivered, sendable),
      failureRate: rate(b.failed, sendable),
      acknowledgementRate: b.requireAck ? rate(acks.size, b.recipients) : null,
      to50PercentMs: b.requireAck ? nth(0.5) : null,
      to90PercentMs: b.requireAck ? nth(0.9) : null,
    };
  });
}

function applyTotals(b: ReportBroadcast, totals: BroadcastTotals): void {
  b.recipients = totals.recipients;
  b.deliveries = totals.deliveries;
  b.delivered = totals.sent + totals.delivered;
  b.failed = totals.failed;
  b.skipped = totals.skipped;
}

/**
 * Updates promised against updates given. Staff are given an update by a posted update,
 * a status change or a broadcast that reset the cadence (`nextUpdateDueAt` in its data);
 * each sets the next due time, and so does the declaration. A cadence change
 * (`incident.updated`) moves the due time in force. A promise is kept on time when the
 * next update comes before its due time (an update exactly at the due time is late: the
 * cadence counts it overdue from that moment). A promise with no update after it is
 * missed once its due time has passed (by `asOf`, or by the close, which owes nothing).
 */
export function updates(events: readonly EventViewOf[], asOf: string): ReportUpdates {
  const items: ReportPromisedUpdate[] = [];
  type Promise_ = { promisedAt: string; dueAt: string };
  let current = null as Promise_ | null;
  let given = 0;
  let overdueReminders = 0;
  const passed = (dueAt: string, at: string) => between(dueAt, at) >= 0;
  const end = (at: string) => {
    if (current && passed(current.dueAt, at))
      items.push({ ...current, givenAt: null, onTime: false });
    current = null;
  };
  const give = (at: string, next: string | null) => {
    given += 1;
    if (current) items.push({ ...current, givenAt: at, onTime: !passed(current.dueAt, at) });
    current = next ? { promisedAt: at, dueAt: next } : null;
  };
  for (const e of events) {
    switch (e.type) {
      case 'incident.created':
        current = e.data.nextUpdateDueAt
          ? { promisedAt: e.at, dueAt: e.data.nextUpdateDueAt }
          : null;
        break;
      case 'incident.update_posted':
        give(e.at, e.data.nextUpdateDueAt);
        break;
      case 'incident.status_changed':
        if (e.data.nextUpdateDueAt === null) end(e.at);
        else give(e.at, e.data.nextUpdateDueAt);
        break;
      case 'broadcast.created':
        if (e.data.nextUpdateDueAt !== undefined) give(e.at, e.data.nextUpdateDueAt);
        break;
      case 'incident.updated': {
        const next = e.data.nextUpdateDueAt;
        if (current && passed(current.dueAt, e.at)) end(e.at);
        if (next) current = { promisedAt: current?.promisedAt ?? e.at, dueAt: next };
        break;
      }
      case 'incident.update_overdue':
        overdueReminders += 1;
        break;
      default:
        break;
    }
  }
  const open = current;
  if (open) {
    items.push({ ...open, givenAt: null, onTime: passed(open.dueAt, asOf) ? false : null });
  }
  const kept = items.filter((i) => i.onTime !== null);
  return {
    given,
    promised: kept.length,
    onTime: kept.filter((i) => i.onTime).length,
    late: kept.filter((i) => !i.onTime && i.givenAt).length,
    missed: kept.filter((i) => !i.onTime && !i.givenAt).length,
    overdueReminders,
    items,
  };
}
