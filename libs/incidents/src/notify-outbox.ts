import type { OutboxItem } from '@cordon/platform';

/**
 * Messages to people are the communications feature's work. Incident command records
 * each one due as an outbox row on the `notify` queue with a deterministic job id (the
 * same message is never queued twice); the comms workers consume them.
 */
export const NOTIFY_QUEUE = 'notify';

export const notify = (
  name: `notify.${string}`,
  jobId: string,
  payload: Record<string, unknown>,
  delayMs?: number,
): OutboxItem => ({
  queue: NOTIFY_QUEUE,
  name,
  jobId,
  payload,
  ...(delayMs !== undefined ? { delayMs: Math.max(0, Math.round(delayMs)) } : {}),
});

/** A reminder to the owner when the next update falls due; the consumer checks it still is. */
export const updateDueReminder = (incidentId: string, dueAt: Date | null): OutboxItem[] =>
  dueAt
    ? [
        notify(
          'notify.update_due',
          `update-due:${incidentId}:${dueAt.getTime()}`,
          { incidentId, dueAt: dueAt.toISOString() },
          dueAt.getTime() - Date.now(),
        ),
      ]
    : [];
