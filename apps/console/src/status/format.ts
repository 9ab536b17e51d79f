// The status page's words: pure functions from the public status to what staff read.
import type { FaultReportAnswer, StatusIncident, StatusLan, StatusView } from '../api/types';
import { clock, when } from '../ui/time';

const PHASE_WORDS: Record<string, string> = {
  planned: 'Open, cleaning planned',
  shut_down: 'Shut down',
  cleaning: 'Closed for cleaning',
  reopened: 'Back in service',
};

/** A LAN's phase as staff say it ("Closed for cleaning"); an unknown phase in plain letters. */
export function phaseWords(phase: string): string {
  return PHASE_WORDS[phase] ?? capitalise(phase.replace(/_/g, ' '));
}

const STATUS_WORDS: Record<string, string> = {
  active: 'Being dealt with',
  contained: 'Contained: the spread has been stopped',
  recovered: 'Recovering: services are coming back',
  closed: 'Over',
};

export function statusWords(status: string): string {
  return STATUS_WORDS[status] ?? capitalise(status.replace(/_/g, ' '));
}

const SEVERITY_WORDS = ['', 'critical', 'major', 'moderate', 'minor'];

/** "Critical (severity 1)". */
export function severityWords(severity: number | undefined): string {
  const word = severity === undefined ? undefined : SEVERITY_WORDS[severity];
  return word ? `${capitalise(word)} (severity ${severity})` : 'Severity not set';
}

/** "22 of 30 machines done"; null when the count is not known. */
export function machinesDone(devices: StatusLan['devices'] | undefined): string | null {
  if (!devices || typeof devices.total !== 'number') return null;
  if (devices.total === 0) return 'No machines listed';
  const done = Math.min(devices.done ?? 0, devices.total);
  return `${done} of ${devices.total} machine${devices.total === 1 ? '' : 's'} done`;
}

/** "Next update by 15:00", "(overdue)" once past. */
export function nextUpdateWords(iso: string | null | undefined, now: number): string {
  if (!iso) return 'No further update is planned';
  const late = new Date(iso).getTime() < now;
  return `Next update by ${clock(iso)}${late ? ' (expected shortly)' : ''}`;
}

/** "Last updated 09:42"; with the day when it is older than 12 hours (a status kept offline). */
export function lastUpdatedWords(iso: string | null | undefined, now: number): string {
  if (!iso) return 'Not updated yet';
  const old = now - new Date(iso).getTime() > 12 * 3600_000;
  return `Last updated ${old ? when(iso) : clock(iso)}`;
}

export const NOTHING_OPEN = 'No incidents: the network is working normally';

export interface SiteGroup {
  siteName: string;
  lans: StatusLan[];
}

/** An incident's LANs grouped by site (sites and LANs by name), for staff to find their own. */
export function lansBySite(incident: Pick<StatusIncident, 'lans'>): SiteGroup[] {
  const groups = new Map<string, SiteGroup>();
  for (const lan of incident.lans ?? []) {
    const siteName = lan.siteName || 'Other places';
    const group = groups.get(siteName) ?? { siteName, lans: [] };
    group.lans.push(lan);
    groups.set(siteName, group);
  }
  const byName = (a: { name?: string; code: string }, b: { name?: string; code: string }) =>
    (a.name || a.code).localeCompare(b.name || b.code);
  return [...groups.values()]
    .sort((a, b) => a.siteName.localeCompare(b.siteName))
    .map((g) => ({ ...g, lans: [...g.lans].sort(byName) }));
}

/** What changed for staff between two statuses, in sentences (read out by screen readers). */
export function changes(before: StatusView | null, after: StatusView): string[] {
  if (!before) return [];
  const said: string[] = [];
  const old = new Map(before.incidents.map((i) => [i.reference, i]));
  for (const incident of after.incidents) {
    const was = old.get(incident.reference);
    if (!was) {
      said.push(`New incident ${incident.reference}: ${incident.title}.`);
      continue;
    }
    const phases = new Map((was.lans ?? []).map((l) => [l.code, l.phase]));
    for (const lan of incident.lans ?? []) {
      if (phases.get(lan.code) !== lan.phase)
        said.push(`${lan.name || lan.code}: ${phaseWords(lan.phase).toLowerCase()}.`);
    }
    if (incident.latestUpdate && incident.latestUpdate.at !== was.latestUpdate?.at)
      said.push(`New update on ${incident.reference}.`);
  }
  const now = new Set(after.incidents.map((i) => i.reference));
  for (const reference of old.keys())
    if (!now.has(reference)) said.push(`Incident ${reference} is over.`);
  return said;
}

/** The answer to a fault report: the api's message (naming the incident), then its status and next update. */
export function faultAnswerWords(answer: Pick<FaultReportAnswer, 'message' | 'incident'>): {
  message: string;
  incident: string | null;
} {
  const i = answer.incident;
  return {
    message: answer.message,
    incident: i
      ? `Status: ${statusWords(i.status).toLowerCase()}. ${nextUpdateWords(i.nextUpdateDueAt, 0)}.`
      : null,
  };
}

const FIELD_WORDS: Record<string, string> = {
  siteId: 'Pick your site',
  lanId: 'Pick your site',
  staffId: 'Pick your site',
  description: 'Say what is wrong',
};

/** The form's control for an api field name, and the words to show beside it. */
export function fieldProblem(field: string, message: string): { control: string; words: string } {
  const control = field === 'lanId' || field === 'staffId' ? 'siteId' : field;
  const required = /required|empty|must be longer/i.test(message);
  const words =
    required && FIELD_WORDS[field]
      ? FIELD_WORDS[field]
      : capitalise(message.replace(new RegExp(`^${field}\\s+`), ''));
  return { control, words };
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
