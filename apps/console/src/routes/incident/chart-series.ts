/**
 * The chart's numbers, folded from the event log: how many machines in the plan are not
 * yet verified, how many are infected and how many isolated, after each event.
 *
 * Which events: the significant timeline leaves out task events, so the chart reads its
 * own events with `?types=` (CHART_EVENT_TYPES, a fraction of the log: no claims, no
 * deliveries) and follows them live. A machine enters the plan with its cleanup or
 * isolation task (`task.created` with a device: a shutdown creates one per machine), is
 * verified when its task is completed with evidence and a clean scan (the api refuses
 * evidence below the standard build) or verified by command staff, is unverified again
 * when its task is reopened, and leaves the count when waived or its task cancelled.
 * Health follows `device.infected` / `device.isolated`, and a completion that leaves the
 * machine clean clears it.
 */
import type { EventView } from '../../api/types';

export const CHART_EVENT_TYPES = [
  'task.created',
  'task.completed',
  'task.verified',
  'task.reopened',
  'task.cancelled',
  'tasks.cancelled',
  'device.infected',
  'device.isolated',
  'device.waived',
] as const;

export interface ChartPoint {
  /** ms since the epoch. */
  at: number;
  unverified: number;
  infected: number;
  isolated: number;
}

export type SeriesName = 'unverified' | 'infected' | 'isolated';
export const SERIES: readonly { name: SeriesName; label: string }[] = [
  { name: 'unverified', label: 'Not yet verified' },
  { name: 'infected', label: 'Infected' },
  { name: 'isolated', label: 'Isolated' },
];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The counts after each event that changes one (oldest first; events taken by seq). */
export function foldSeries(events: readonly EventView[]): ChartPoint[] {
  const plan = new Map<string, 'open' | 'verified'>();
  const deviceOfTask = new Map<string, string>();
  const infected = new Set<string>();
  const isolated = new Set<string>();
  const points: ChartPoint[] = [];
  const counts = () => ({
    unverified: [...plan.values()].filter((s) => s === 'open').length,
    infected: infected.size,
    isolated: isolated.size,
  });
  let last = counts();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const d = e.data;
    const taskId = str(d['taskId']);
    const device = str(d['deviceId']) || deviceOfTask.get(taskId) || '';
    switch (e.type) {
      case 'task.created':
        if (!device || d['kind'] === 'action') break;
        deviceOfTask.set(taskId, device);
        plan.set(device, 'open');
        break;
      case 'task.completed': {
        if (!device || !plan.has(device)) break;
        const evidence = d['evidence'] as { scanClean?: unknown } | null | undefined;
        if (evidence && evidence.scanClean !== false) plan.set(device, 'verified');
        const health = str((d['device'] as { health?: unknown } | null)?.health);
        if (health === 'clean') {
          infected.delete(device);
          isolated.delete(device);
        }
        break;
      }
      case 'task.verified':
        if (device && plan.has(device)) plan.set(device, 'verified');
        break;
      case 'task.reopened':
        if (device && plan.has(device)) plan.set(device, 'open');
        break;
      case 'task.cancelled':
        if (device) plan.delete(device);
        break;
      case 'tasks.cancelled':
        for (const id of (d['taskIds'] as string[] | undefined) ?? []) {
          const dev = deviceOfTask.get(id);
          if (dev) plan.delete(dev);
        }
        break;
      case 'device.infected':
        if (!device) break;
        infected.add(device);
        isolated.delete(device);
        break;
      case 'device.isolated':
        if (!device) break;
        isolated.add(device);
        infected.delete(device);
        break;
      case 'device.waived':
        plan.delete(device);
        infected.delete(device);
        isolated.delete(device);
        break;
      default:
        break;
    }
    const next = counts();
    if (
      next.unverified !== last.unverified ||
      next.infected !== last.infected ||
      next.isolated !== last.isolated
    ) {
      const at = new Date(e.at).getTime();
      // several changes in the same instant (a shutdown's tasks) make one point
      if (points.length && points[points.length - 1].at === at) points.pop();
      points.push({ at, ...next });
      last = next;
    }
  }
  return points;
}

/** The counts at a time (a step function: the last point at or before it; zeros before the first). */
export function valueAt(points: readonly ChartPoint[], at: number): ChartPoint {
  let found: ChartPoint = { at, unverified: 0, infected: 0, isolated: 0 };
  for (const p of points) {
    if (p.at > at) break;
    found = p;
  }
  return { ...found, at };
}

/** At most `max` points, keeping the last of each time bucket (the line's shape survives). */
export function thin(points: readonly ChartPoint[], max: number): ChartPoint[] {
  if (points.length <= max) return [...points];
  const start = points[0].at;
  const span = points[points.length - 1].at - start || 1;
  const buckets = new Map<number, ChartPoint>();
  for (const p of points) buckets.set(Math.floor(((p.at - start) / span) * (max - 1)), p);
  return [...buckets.values()];
}

const STEPS_MIN = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/** Round times for the axis: about `count` ticks at 5, 10, 15, 30 min … 1 day, 1 week apart. */
export function timeTicks(start: number, end: number, count = 5): number[] {
  const span = Math.max(end - start, 60_000);
  const stepMin =
    STEPS_MIN.find((m) => span / 60_000 / m <= count) ?? STEPS_MIN[STEPS_MIN.length - 1];
  const step = stepMin * 60_000;
  const ticks: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) ticks.push(t);
  return ticks;
}

/**
 * The table beside the chart: the counts at the first point, at round times, and at
 * `end`; one row per minute as `label` shows it (the last tick and now can share one).
 */
export function tableRows(
  points: readonly ChartPoint[],
  end: number,
  label: (at: Date) => string,
  count = 8,
): ChartPoint[] {
  if (points.length === 0) return [];
  const first = points[0].at;
  const all = [first, ...timeTicks(first, end, count).filter((t) => t > first && t < end), end];
  return all
    .filter((t, i) => i === all.length - 1 || label(new Date(t)) !== label(new Date(all[i + 1])))
    .map((t) => valueAt(points, t));
}
