/**
 * The update cadence: staff are owed an update by `nextUpdateDueAt`; once it passes
 * without one the owner is reminded, once per due time.
 */
export interface CadenceState {
  status: string;
  nextUpdateDueAt: Date | null;
}

export function reminderDue(incident: CadenceState, now: Date): boolean {
  return (
    incident.status !== 'closed' &&
    incident.nextUpdateDueAt !== null &&
    incident.nextUpdateDueAt.getTime() <= now.getTime()
  );
}

/**
 * The idempotency key of the reminder for one due time: a second scan of the same
 * overdue incident finds the reminder made already; a new due time makes a new key.
 */
export const reminderKey = (incidentId: string, dueAt: Date): string =>
  `reminder-${incidentId}-${dueAt.getTime()}`;
