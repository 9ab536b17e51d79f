import type { DeliveryStatus } from './delivery-status';

/** A broadcast: `queued` until its work is on the queue, `sending`, then `completed`. */
export const BROADCAST_STATUSES = ['queued', 'sending', 'completed'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

/** `broadcast.progress` events: at most one per this interval per broadcast, across all workers. */
export const PROGRESS_MIN_INTERVAL_MS = 500;

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
