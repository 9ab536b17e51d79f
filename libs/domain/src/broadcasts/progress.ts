import type { DeliveryStatus } from './delivery-status';

/** A broadcast: `queued` until its work is on the queue, `sending`, then `completed`. */
export const BROADCAST_STATUSES = ['queued', 'sending', 'completed'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

/** `broadcast.progress` events: at most one per this interval per broadcast, across all workers. */
export const PROGRESS_MIN_INTERVAL_MS = 500;

/**
 * Each progress event counts the broadcast's deliveries, which costs PostgreSQL time
 * in proportion to them; a broadcast lasts in proportion to them too. Spacing the
 * events by this much per delivery (past the minimum) keeps the number of counts per
 * broadcast bounded, so counting grows linearly with the audience, not with its square:
 * up to 20,000 deliveries every 500 ms, 200,000 (100,000 staff by email and SMS) every 5 s.
 */
export const PROGRESS_MS_PER_DELIVERY = 0.025;

/** The least time between two progress events of a broadcast of `deliveries`. */
export function progressIntervalMs(deliveries: number): number {
  return Math.max(PROGRESS_MIN_INTERVAL_MS, deliveries * PROGRESS_MS_PER_DELIVERY);
}

export type DeliveryCounts = Record<DeliveryStatus, number>;

export const emptyCounts = (): DeliveryCounts => ({
  queued: 0,
  sending: 0,
  sent: 0,
  delivered: 0,
  failed: 0,
  skipped: 0,
});

/** Every delivery has reached a final status. */
export const allFinal = (counts: DeliveryCounts): boolean =>
  counts.queued === 0 && counts.sending === 0;

/**
 * Which event a completion is: the first time every delivery is final it is
 * `broadcast.completed` (exactly once, guarded by a counter in SQL); after a retry of
 * failed deliveries or an escalation it is `broadcast.round_completed`.
 */
export const completionEvent = (
  completions: number,
): 'broadcast.completed' | 'broadcast.round_completed' =>
  completions === 1 ? 'broadcast.completed' : 'broadcast.round_completed';

/** Whether a progress event may go out now, given when the last one did. */
export function progressDue(
  lastAt: Date | null,
  now: Date,
  minIntervalMs = PROGRESS_MIN_INTERVAL_MS,
): boolean {
  return lastAt === null || now.getTime() - lastAt.getTime() >= minIntervalMs;
}
