import type { DurationStats } from '@cordon/contracts';

/**
 * Median, 90th percentile and mean of durations (ms). The median of an even count is
 * the mean of the two middle values; the 90th percentile is by nearest rank: the
 * ⌈0.9·n⌉-th smallest value (so one value is its own p90, and of ten the ninth).
 * Nothing to measure gives nulls, never 0.
 */
export function durationStats(values: readonly number[]): DurationStats {
  const n = values.length;
  if (n === 0) return { count: 0, medianMs: null, p90Ms: null, meanMs: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const medianMs = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p90Ms = sorted[Math.ceil(0.9 * n) - 1];
  const meanMs = sorted.reduce((a, b) => a + b, 0) / n;
  return { count: n, medianMs, p90Ms, meanMs };
}

/** ms from `from` to `to` (ISO times). */
export const between = (from: string, to: string): number =>
  new Date(to).getTime() - new Date(from).getTime();
