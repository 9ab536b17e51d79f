import type { IncidentStatus, IncidentView } from '../../api/types';

export interface IncidentFilter {
  status: 'open' | 'all' | IncidentStatus;
  severity: 'any' | '1' | '2' | '3' | '4';
  mine: boolean;
}

export const STATUS_WORDS: Record<IncidentStatus, string> = {
  active: 'Active',
  contained: 'Contained',
  recovered: 'Recovered',
  closed: 'Closed',
};

export const SEVERITY_WORDS: Record<number, string> = {
  1: '1 · critical',
  2: '2 · major',
  3: '3 · moderate',
  4: '4 · minor',
};

/** The board's rows: filtered, most severe first, then the most overdue update first. */
export function filterIncidents(
  incidents: readonly IncidentView[],
  f: IncidentFilter,
  me: string,
): IncidentView[] {
  return incidents
    .filter((i) =>
      f.status === 'open' ? i.status !== 'closed' : f.status === 'all' || i.status === f.status,
    )
    .filter((i) => f.severity === 'any' || i.severity === Number(f.severity))
    .filter((i) => !f.mine || i.owner.id === me)
    .sort(
      (a, b) =>
        a.severity - b.severity ||
        (a.nextUpdateDueAt ?? '9').localeCompare(b.nextUpdateDueAt ?? '9') ||
        a.reference.localeCompare(b.reference),
    );
}
