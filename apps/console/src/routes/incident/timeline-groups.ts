/**
 * The timeline folded into rows people can read: the per-machine and per-recipient
 * events (a task per device, its claim and completion, a broadcast's progress and each
 * acknowledgement) come in the hundreds, so a run of them becomes one row per kind
 * ("313 cleanup tasks created on SOC-HALL"), and a broadcast's progress shows only its
 * latest count. Everything else stays one row per event.
 */
import { BULK_EVENT_TYPES } from '@cordon/domain';
import type { EventView } from '../../api/types';

/** The bulk types: the api's own rule for what its `significant` filter leaves out. */
export const BULK_TYPES: readonly string[] = BULK_EVENT_TYPES;

/**
 * Significant events that still come several at once and read better counted: fault
 * reports per LAN (the help desk's flood), a directive's reminders per directive.
 */
const COUNTED_TYPES = new Set(['fault.reported', 'directive.escalated']);

/** Broadcast events that are only a newer count of the same thing: the latest one stands for all. */
const LATEST_ONLY = new Set(['broadcast.progress', 'broadcast.sending']);

export interface TimelineRow {
  /** Stable across renders: the type, what it groups by, and the first seq of the group. */
  key: string;
  /** The events' type, or `notice:<kind>:<sent|done|…>` for several of Cordon's notices. */
  type: string;
  /** Oldest first; one event for a single row. */
  events: EventView[];
  /** The newest event of the row (its time and, for a progress row, its counts). */
  latest: EventView;
  /** How many events the row stands for (1 for a single row; the latest only for progress). */
  count: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Broadcast id → kind, for the notices Cordon sends by itself (a directive's notice to
 * each department, a LAN's notice to its staff…): these come several at once, and are
 * grouped like bulk rows ("6 directive notices sent"); a person's broadcast never is.
 */
export function noticeKinds(events: readonly EventView[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of events) {
    const kind = str(e.data['kind']);
    if (e.type === 'broadcast.created' && kind && kind !== 'broadcast')
      map.set(str(e.data['broadcastId']), kind);
  }
  return map;
}

/** Whether an event is one of many alike (a one-off `action` task is not). */
export function isBulk(
  event: EventView,
  notices: ReadonlyMap<string, string> = new Map(),
): boolean {
  if (event.type.startsWith('broadcast.') && notices.has(str(event.data['broadcastId'])))
    return true;
  if (COUNTED_TYPES.has(event.type)) return true;
  if (!BULK_TYPES.includes(event.type)) return false;
  return !(event.type.startsWith('task.') && event.data['kind'] === 'action');
}

/** What bulk events of one row share: the LAN for new tasks, the department for task work, the broadcast. */
export function groupKey(
  event: EventView,
  notices: ReadonlyMap<string, string> = new Map(),
): string {
  const d = event.data;
  const notice = notices.get(str(d['broadcastId']));
  if (notice) {
    // sent, sending and delivered in one row; replies and acknowledgements apart
    const step =
      event.type === 'broadcast.acknowledged' || event.type === 'broadcast.reply_received'
        ? event.type
        : 'sent';
    return `notice:${notice}:${step}`;
  }
  if (event.type === 'fault.reported')
    return `${event.type}:${str(d['lanId']) || str(d['siteId'])}`;
  if (event.type === 'directive.escalated') return `${event.type}:${str(d['directiveId'])}`;
  if (event.type === 'task.created')
    return `${event.type}:${str(d['kind'])}:${str(d['lanId']) || str(d['departmentId'])}`;
  if (event.type.startsWith('task.')) return `${event.type}:${str(d['departmentId'])}`;
  return `${event.type}:${str(d['broadcastId'])}`;
}

/**
 * Rows of the timeline, oldest first. A run of consecutive bulk events (nothing
 * significant between them) is split by `groupKey`; each group becomes one row placed
 * at its latest event. Events are taken by seq whatever the order given.
 */
export function groupTimeline(events: readonly EventView[]): TimelineRow[] {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const notices = noticeKinds(sorted);
  const rows: TimelineRow[] = [];
  let run = new Map<string, EventView[]>();
  const flush = () => {
    const groups = [...run.entries()].map(([key, list]) => {
      const latest = list[list.length - 1];
      if (key.startsWith('notice:')) {
        // one row per kind and step; counted in notices, not in their progress events
        const distinct = new Set(list.map((e) => str(e.data['broadcastId']))).size;
        return {
          key: `${key}:${list[0].seq}`,
          type: distinct > 1 ? key : latest.type,
          events: list,
          latest,
          count: distinct,
        };
      }
      return {
        key: `${key}:${list[0].seq}`,
        type: latest.type,
        events: list,
        latest,
        count: LATEST_ONLY.has(latest.type) ? 1 : list.length,
      };
    });
    groups.sort((a, b) => a.latest.seq - b.latest.seq);
    rows.push(...groups);
    run = new Map();
  };
  for (const event of sorted) {
    const previous = rows[rows.length - 1];
    if (run.size === 0 && previous && saidBy(previous.latest, event)) {
      previous.events.push(event); // the detection's row already says what was done
      continue;
    }
    if (!isBulk(event, notices)) {
      flush();
      rows.push({
        key: String(event.seq),
        type: event.type,
        events: [event],
        latest: event,
        count: 1,
      });
      continue;
    }
    const key = groupKey(event, notices);
    const list = run.get(key);
    if (list) list.push(event);
    else run.set(key, [event]);
  }
  flush();
  return rows;
}

/** A device's new health that the detection just before it already reports. */
function saidBy(before: EventView, event: EventView): boolean {
  return (
    before.type === 'detection.recorded' &&
    (event.type === 'device.infected' || event.type === 'device.isolated') &&
    str(before.data['deviceId']) !== '' &&
    before.data['deviceId'] === event.data['deviceId']
  );
}

/** Newest first, as the panel shows them. */
export const newestFirst = (rows: readonly TimelineRow[]): TimelineRow[] =>
  [...rows].sort((a, b) => b.latest.seq - a.latest.seq);
