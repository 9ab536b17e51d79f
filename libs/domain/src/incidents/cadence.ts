import type { IncidentStatus } from '@cordon/contracts';

export const DEFAULT_UPDATE_CADENCE_MINUTES = 60;
export const MIN_UPDATE_CADENCE_MINUTES = 5;
export const MAX_UPDATE_CADENCE_MINUTES = 7 * 24 * 60;

/**
 * Staff are owed an update every `cadenceMinutes` after the last one (a status change,
 * a posted update or a broadcast). A closed incident owes nothing more.
 */
export function nextUpdateDueAt(
  lastUpdateAt: Date,
  cadenceMinutes: number,
  status: IncidentStatus,
): Date | null {
  if (status === 'closed') return null;
  return new Date(lastUpdateAt.getTime() + cadenceMinutes * 60_000);
}

/**
 * THE cadence boundary, the one every reader of it uses (the reminder job, the overdue
 * scan, its SQL twin in the incident repository): an update is overdue from the moment
 * it falls due — due at or before `now` — so a reminder timed for the due moment fires.
 */
export function updateOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() <= now.getTime();
}

export function isUpdateOverdue(
  lastUpdateAt: Date,
  cadenceMinutes: number,
  status: IncidentStatus,
  now: Date,
): boolean {
  return updateOverdue(nextUpdateDueAt(lastUpdateAt, cadenceMinutes, status), now);
}
