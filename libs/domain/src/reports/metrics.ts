/**
 * Metrics across incidents, each incident's figures from its own event log. Times run
 * from the declaration (`incident.created`):
 * - acknowledge: to the first event after it whose actor is the owner of that moment
 *   (any act: an update, a handover, a LAN planned or moved, a directive, a broadcast…);
 * - contain: once every planned LAN has been shut down (at least one planned), to the
 *   later of the last LAN's first shutdown and the last detection before recovery; an
 *   incident without LANs is contained when its status first reached `contained`;
 * - recover: to the last reopening once every planned LAN is reopened; without LANs,
 *   to the status first reaching `recovered` or `closed`.
 * Start compliance sums `lan.planned`'s `compliance` (the LAN's devices when planned).
 */
import type {
  IncidentMilestones,
  MetricsView,
  ReportDepartmentTasks,
  StartCompliance,
} from '@cordon/contracts';
import { assessCompliance, Baseline, ComplianceFacts } from '../compliance/compliance';
import { incidentFacts } from './incident-report';
import { ReportEvent } from './report-event';
import { DepartmentNames, ownerSpans, tasksByDepartment, taskTimes } from './report-people';
import { lanPhases } from './report-plan';
import { between, durationStats } from './stats';

const LATER_STATUSES: Record<string, readonly string[]> = {
  contained: ['contained', 'recovered', 'closed'],
  recovered: ['recovered', 'closed'],
};

/** The milestones of one incident (see the definitions above). */
export function incidentMilestones(
  incidentId: string,
  events: readonly ReportEvent[],
  now: string,
): IncidentMilestones {
  const { ordered, facts } = incidentFacts(events);
  const asOf = facts.closedAt ?? now;
  const from = facts.declaredAt;
  const owners = ownerSpans(ordered, asOf);
  const ownerAt = (at: string) =>
    [...owners].reverse().find((s) => between(s.from, at) >= 0)?.owner.id ?? null;
  const acted = ordered.find(
    (e) => e.type !== 'incident.created' && e.actor.id !== null && e.actor.id === ownerAt(e.at),
  );
  const statusAt = (statuses: readonly string[]) =>
    ordered.find((e) => e.type === 'incident.status_changed' && statuses.includes(e.data.to))?.at ??
    null;
  const lans = lanPhases(ordered, asOf, new Map());
  let recoveredAt: string | null;
  let containedAt: string | null;
  if (lans.length) {
    const reopenings = lans.flatMap((l) => (l.reopenedAt ? [l.reopenedAt] : []));
    recoveredAt = reopenings.length === lans.length ? latest(reopenings) : null;
    const shutdowns = lans.flatMap((l) => (l.shutDownAt ? [l.shutDownAt] : []));
    const detections = ordered
      .filter((e) => e.type === 'detection.recorded')
      .map((e) => e.at)
      .filter((at) => recoveredAt === null || between(at, recoveredAt) > 0);
    containedAt = shutdowns.length === lans.length ? latest([...shutdowns, ...detections]) : null;
  } else {
    recoveredAt = statusAt(LATER_STATUSES.recovered);
    containedAt = statusAt(LATER_STATUSES.contained);
  }
  const compliance = ordered.flatMap((e) =>
    e.type === 'lan.planned' && e.data.compliance ? [e.data.compliance] : [],
  );
  return {
    incidentId,
    reference: facts.reference,
    title: facts.title,
    declaredAt: from,
    incidentStatus: facts.status,
    acknowledgeMs: acted ? between(from, acted.at) : null,
    containMs: containedAt ? between(from, containedAt) : null,
    recoverMs: recoveredAt ? between(from, recoveredAt) : null,
    startCompliance: compliance.length ? sumCompliance(compliance) : null,
  };
}

const latest = (times: readonly string[]): string =>
  times.reduce((a, b) => (between(a, b) > 0 ? b : a));

const EMPTY: StartCompliance = {
  devices: 0,
  noAntivirus: 0,
  avOutOfDate: 0,
  missingPatches: 0,
  belowStandardBuild: 0,
};

function sumCompliance(list: readonly StartCompliance[]): StartCompliance {
  const sum = { ...EMPTY };
  for (const c of list)
    for (const k of Object.keys(sum) as (keyof StartCompliance)[]) sum[k] += c[k];
  return sum;
}

/** A LAN's devices against the standard build (recorded in `lan.planned` when planned). */
export function startCompliance(
  devices: readonly ComplianceFacts[],
  baseline: Baseline,
): StartCompliance {
  const sum = { ...EMPTY, devices: devices.length };
  for (const device of devices) {
    const { issues } = assessCompliance(device, baseline);
    if (issues.includes('no_av')) sum.noAntivirus += 1;
    if (issues.includes('av_out_of_date')) sum.avOutOfDate += 1;
    if (issues.includes('missing_patch')) sum.missingPatches += 1;
    if (issues.some((i) => i === 'no_av' || i === 'av_out_of_date' || i === 'missing_patch')) {
      sum.belowStandardBuild += 1;
    }
  }
  return sum;
}

/** Means (and medians, p90s) over the incidents that reached each milestone. */
export function buildMetrics(
  incidents: readonly { incidentId: string; events: readonly ReportEvent[] }[],
  now: string,
  names: DepartmentNames = {},
): MetricsView {
  const perIncident = incidents.map((i) => incidentMilestones(i.incidentId, i.events, now));
  const values = (k: 'acknowledgeMs' | 'containMs' | 'recoverMs') =>
    perIncident.flatMap((m) => (m[k] === null ? [] : [m[k]]));
  const ack = durationStats(values('acknowledgeMs'));
  const contain = durationStats(values('containMs'));
  const recover = durationStats(values('recoverMs'));
  const departments: ReportDepartmentTasks[] = tasksByDepartment(
    incidents.flatMap((i) => taskTimes(incidentFacts(i.events).ordered)),
    names,
  );
  const recorded = perIncident.flatMap((m) => (m.startCompliance ? [m.startCompliance] : []));
  return {
    incidents: perIncident.length,
    generatedAt: now,
    meanTimeToAcknowledgeMs: ack.meanMs,
    meanTimeToContainMs: contain.meanMs,
    meanTimeToRecoverMs: recover.meanMs,
    timeToAcknowledge: ack,
    timeToContain: contain,
    timeToRecover: recover,
    departments,
    perIncident,
    startCompliance: { ...sumCompliance(recorded), incidents: recorded.length },
  };
}
