/**
 * The timeline as people read it. Per-machine and per-recipient events come in the
 * hundreds (a task for every device, its claim and completion; a delivery's progress,
 * every acknowledgement and reply): the LAN board and the broadcast totals say the same
 * in numbers. What is left is what someone decided or what went wrong: declarations,
 * handovers, status and phase changes, updates, detections and isolations, waivers,
 * directives, broadcasts sent and finished, fault reports, tasks reassigned, reopened
 * or cancelled, and every task of an action (a one-off job the owner set, not a machine).
 * Unknown types are significant: nothing new is hidden by default.
 */
export const BULK_EVENT_TYPES: readonly string[] = [
  'task.created',
  'task.claimed',
  'task.unclaimed',
  'task.completed',
  'task.verified',
  'broadcast.sending',
  'broadcast.progress',
  'broadcast.acknowledged',
  'broadcast.reply_received',
  'broadcast.retry_requested',
];

/** Task events of this kind are always significant (the owner's one-off actions). */
export const SIGNIFICANT_TASK_KIND = 'action';

export function isSignificantEvent(type: string, data: { kind?: unknown } = {}): boolean {
  if (!BULK_EVENT_TYPES.includes(type)) return true;
  return type.startsWith('task.') && data.kind === SIGNIFICANT_TASK_KIND;
}
