import type { IncidentStatus, LanPhase } from '@cordon/contracts';
import { formatUpdateTime } from '../broadcasts/template';

export interface FaultMatchIncident {
  reference: string;
  title: string;
  status: IncidentStatus;
  severity: number;
  createdAt: Date;
  nextUpdateDueAt: Date | null;
}

/** Of the active incidents covering a LAN or site, the one to answer with: most severe, then newest. */
export function pickIncident<T extends FaultMatchIncident>(candidates: readonly T[]): T | null {
  return (
    [...candidates].sort(
      (a, b) => a.severity - b.severity || b.createdAt.getTime() - a.createdAt.getTime(),
    )[0] ?? null
  );
}

const PHASE_WORDS: Record<LanPhase, string> = {
  planned: 'is planned to be shut down for cleaning',
  shut_down: 'is shut down for cleaning',
  cleaning: 'is being cleaned',
  reopened: 'has been cleaned and reopened',
};

/** The plain-words answer the help desk reads out (times in the council's time zone). */
export function faultAnswer(
  incident: FaultMatchIncident | null,
  lans: readonly { code: string; phase: LanPhase }[],
  timeZone = 'Europe/London',
): string {
  if (!incident) {
    return 'Thank you. Your report has been logged; it is not part of a known incident.';
  }
  const lanWords = lans.length
    ? ` ${lans.map((l) => `Network ${l.code} ${PHASE_WORDS[l.phase]}`).join('; ')}.`
    : '';
  const next = incident.nextUpdateDueAt
    ? ` The next update is due by ${formatUpdateTime(incident.nextUpdateDueAt, timeZone)}.`
    : '';
  return `Thank you. This is part of the known incident ${incident.reference} (${incident.title}).${lanWords}${next}`;
}
