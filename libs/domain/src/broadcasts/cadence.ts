import { updateOverdue } from '../incidents/cadence';

/**
 * The update cadence: staff are owed an update by `nextUpdateDueAt`; once it falls due
 * without one the owner is reminded, once per due time. The boundary is the incidents'
 * `updateOverdue`, the one rule.
 */
export interface CadenceState {
  status: string;
  nextUpdateDueAt: Date | null;
}

export function reminderDue(incident: CadenceState, now: Date): boolean {
  return incident.status !== 'closed' && updateOverdue(incident.nextUpdateDueAt, now);
}

/**
 * The idempotency key of the reminder for one due time: a second scan of the same
 * overdue incident finds the reminder made already; a new due time makes a new key.
 */
export const reminderKey = (incidentId: string, dueAt: Date): string =>
  `reminder-${incidentId}-${dueAt.getTime()}`;
