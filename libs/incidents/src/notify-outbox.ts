import type { DataOf, JobName } from '@cordon/contracts';
import type { OutboxItem } from '@cordon/platform';

/**
 * Messages to people are the notices feature's work. Incident command records each one
 * due as an outbox row on the `notify` queue with a deterministic job id (the same
 * message is never queued twice); the notices worker consumes them. The data of each
 * job is the job map's (`NotifyJobs` in libs/contracts).
 */
export type NotifyJobName = JobName<'notify'>;

export const notify = <N extends NotifyJobName>(
  name: N,
  jobId: string,
  payload: DataOf<'notify', N>,
  delayMs?: number,
): OutboxItem<'notify'> =>
  ({
    queue: 'notify',
    name,
    jobId,
    payload,
    ...(delayMs !== undefined ? { delayMs: Math.max(0, Math.round(delayMs)) } : {}),
  }) as OutboxItem<'notify'>;

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
