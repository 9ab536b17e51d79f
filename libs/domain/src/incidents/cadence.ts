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

export function isUpdateOverdue(
  lastUpdateAt: Date,
  cadenceMinutes: number,
  status: IncidentStatus,
  now: Date,
): boolean {
  const due = nextUpdateDueAt(lastUpdateAt, cadenceMinutes, status);
  return due !== null && due.getTime() < now.getTime();
}
