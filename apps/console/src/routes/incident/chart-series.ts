/**
 * The chart's numbers, folded from the event log by the domain (`foldBurndown` in
 * @cordon/domain, which the incident report uses too): how many machines in the plan are
 * not yet verified, how many are infected and how many isolated, after each event.
 *
 * Which events: the significant timeline leaves out task events, so the chart reads its
 * own events with `?types=` (CHART_EVENT_TYPES = BURNDOWN_EVENT_TYPES, a fraction of the
 * log: no claims, no deliveries) and follows them live.
 */
import { BURNDOWN_EVENT_TYPES, foldBurndown } from '@cordon/domain';
import type { BurndownPoint } from '@cordon/contracts';
import type { EventView } from '../../api/types';

export const CHART_EVENT_TYPES = BURNDOWN_EVENT_TYPES;

export type ChartPoint = BurndownPoint;

export type SeriesName = 'unverified' | 'infected' | 'isolated';
export const SERIES: readonly { name: SeriesName; label: string }[] = [
  { name: 'unverified', label: 'Not yet verified' },
  { name: 'infected', label: 'Infected' },
  { name: 'isolated', label: 'Isolated' },
];

/** The counts after each event that changes one (oldest first; events taken by seq). */
export const foldSeries = (events: readonly EventView[]): ChartPoint[] => foldBurndown(events);

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
