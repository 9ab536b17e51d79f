/** The report's LANs (phases and their times) and directives, from the event log. */
import type { EventViewOf, LanPhase, ReportDirective, ReportLan } from '@cordon/contracts';
import { DepartmentNames, departmentRef } from './report-people';
import { between, durationStats } from './stats';

/**
 * Per LAN: when it was planned, first shut down, first cleaning and (last) reopened,
 * the time spent shut down and cleaning (every stay summed; a stay still open runs to
 * `asOf`), and first shutdown → reopening once reopened.
 */
export function lanPhases(
  events: readonly EventViewOf[],
  asOf: string,
  devicesPerLan: ReadonlyMap<string, ReadonlySet<string>>,
): ReportLan[] {
  const lans = new Map<string, ReportLan & { since: string | null }>();
  const lanOf = (lanId: string, code: string, at: string) => {
    let lan = lans.get(lanId);
    if (!lan) {
      lan = {
        lanId,
        code,
        departmentId: null,
        phase: 'planned' as LanPhase,
        plannedAt: null,
        shutDownAt: null,
        cleaningAt: null,
        reopenedAt: null,
        shutDownMs: 0,
        cleaningMs: 0,
        toReopenMs: null,
        devices: devicesPerLan.get(lanId)?.size ?? 0,
        since: at,
      };
      lans.set(lanId, lan);
    }
    return lan;
  };
  const close = (lan: ReportLan & { since: string | null }, at: string) => {
    if (lan.since === null) return;
    if (lan.phase === 'shut_down') lan.shutDownMs += between(lan.since, at);
    if (lan.phase === 'cleaning') lan.cleaningMs += between(lan.since, at);
  };
  for (const e of events) {
    if (e.type === 'lan.planned') {
      const lan = lanOf(e.data.lanId, e.data.code, e.at);
      lan.departmentId = e.data.departmentId;
      lan.plannedAt ??= e.at;
    }
    if (e.type === 'lan.phase_changed') {
      const lan = lanOf(e.data.lanId, e.data.code, e.at);
      close(lan, e.at);
      lan.phase = e.data.to;
      lan.since = e.at;
      if (e.data.to === 'shut_down') lan.shutDownAt ??= e.at;
      if (e.data.to === 'cleaning') lan.cleaningAt ??= e.at;
      if (e.data.to === 'reopened') lan.reopenedAt = e.at;
    }
  }
  return [...lans.values()]
    .map(({ since, ...lan }) => {
      if (lan.phase !== 'reopened') {
        if (since !== null && lan.phase === 'shut_down') lan.shutDownMs += between(since, asOf);
        if (since !== null && lan.phase === 'cleaning') lan.cleaningMs += between(since, asOf);
        lan.reopenedAt = null;
      }
      lan.toReopenMs =
        lan.reopenedAt && lan.shutDownAt ? between(lan.shutDownAt, lan.reopenedAt) : null;
      return lan;
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Each directive, and per addressed department when (and how fast) it acknowledged. */
export function directives(
  events: readonly EventViewOf[],
  names: DepartmentNames,
): ReportDirective[] {
  const list = new Map<string, ReportDirective>();
  for (const e of events) {
    if (e.type === 'directive.issued') {
      list.set(e.data.directiveId, {
        directiveId: e.data.directiveId,
        text: e.data.text,
        issuedAt: e.at,
        dueAt: e.data.dueAt,
        departments: e.data.departmentIds.map((id) => ({
          department: departmentRef(id, names),
          acknowledgedAt: null,
          afterMs: null,
          late: null,
          escalated: false,
        })),
        acknowledged: 0,
        acknowledgement: durationStats([]),
      });
    }
    if (e.type === 'directive.acknowledged' || e.type === 'directive.escalated') {
      const directive = list.get(e.data.directiveId);
      const dept = directive?.departments.find((d) => d.department.id === e.data.departmentId);
      if (!directive || !dept) continue;
      if (e.type === 'directive.escalated') dept.escalated = true;
      if (e.type === 'directive.acknowledged' && dept.acknowledgedAt === null) {
        dept.acknowledgedAt = e.at;
        dept.afterMs = between(directive.issuedAt, e.at);
        dept.late = e.data.late;
      }
    }
  }
  return [...list.values()].map((d) => {
    const times = d.departments.flatMap((x) => (x.afterMs === null ? [] : [x.afterMs]));
    return { ...d, acknowledged: times.length, acknowledgement: durationStats(times) };
  });
}
