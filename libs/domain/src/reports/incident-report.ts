/**
 * An incident's report, computed from its event log alone (`incident:<id>`, seq order).
 * Every figure is defined where it is computed (report-*.ts, device-burndown.ts) and
 * in docs/architecture.md, "Reports and metrics".
 */
import type { IncidentReport, IncidentStatus, UserRef } from '@cordon/contracts';
import { DomainError } from '../errors/domain-error';
import { foldDevices, perDay } from './device-burndown';
import { broadcasts, updates } from './report-comms';
import { DepartmentNames, departmentTasks, ownerSpans } from './report-people';
import { directives, lanPhases } from './report-plan';
import { timeline } from './report-timeline';
import { inSeqOrder, ReportEvent } from './report-event';

export interface ReportContext {
  incidentId: string;
  /** Now: a live report's figures run to it. */
  now: string;
  /** Department labels (code, name) by id. */
  departments?: DepartmentNames;
}

/** The incident as the log tells it: its declaration, later edits, status and owner. */
export function incidentFacts(events: readonly ReportEvent[]) {
  const ordered = inSeqOrder(events);
  const created = ordered.find((e) => e.type === 'incident.created');
  if (!created || created.type !== 'incident.created') {
    throw new DomainError('not_found', 'The incident has no declaration in its log');
  }
  const facts = {
    reference: created.data.reference,
    title: created.data.title,
    severity: created.data.severity,
    summary: created.data.summary,
    declaredAt: created.at,
    status: 'active' as IncidentStatus,
    closedAt: null as string | null,
    owner: created.data.owner as UserRef,
  };
  for (const e of ordered) {
    if (e.type === 'incident.updated') Object.assign(facts, pickDefined(e.data.changes));
    if (e.type === 'incident.owner_changed') facts.owner = e.data.to;
    if (e.type === 'incident.status_changed') {
      facts.status = e.data.to;
      facts.closedAt = e.data.to === 'closed' ? e.at : null;
    }
  }
  return { ordered, facts };
}

const pickDefined = (changes: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(changes).filter(
      ([k, v]) => v !== undefined && ['title', 'severity', 'summary'].includes(k),
    ),
  );

/** The report: `final` once the incident is closed (figures to the close), else `live` (to now). */
export function buildIncidentReport(
  events: readonly ReportEvent[],
  context: ReportContext,
): IncidentReport {
  const { ordered, facts } = incidentFacts(events);
  const names = context.departments ?? {};
  const asOf = facts.closedAt ?? context.now;
  const devices = foldDevices(events);
  const owners = ownerSpans(ordered, asOf);
  return {
    incidentId: context.incidentId,
    reference: facts.reference,
    title: facts.title,
    severity: facts.severity,
    summary: facts.summary,
    status: facts.closedAt ? 'final' : 'live',
    incidentStatus: facts.status,
    declaredAt: facts.declaredAt,
    closedAt: facts.closedAt,
    asOf,
    lastSeq: ordered.length ? ordered[ordered.length - 1].seq : 0,
    events: ordered.length,
    owner: facts.owner,
    owners,
    handovers: owners.length - 1,
    timeline: timeline(ordered, names),
    lans: lanPhases(ordered, asOf, devices.devicesPerLan),
    devices: {
      inPlan: devices.inPlan,
      verified: devices.verified,
      waived: devices.waived,
      unverified: devices.inPlan - devices.verified - devices.waived,
      verifiedPerDay: perDay(devices.verifications),
      burndown: devices.points,
      isolations: devices.isolations,
      infections: devices.infections,
      reinfections: devices.reinfections.length,
      reinfected: devices.reinfections,
    },
    departments: departmentTasks(ordered, names),
    directives: directives(ordered, names),
    broadcasts: broadcasts(ordered),
    updates: updates(ordered, asOf),
  };
}
