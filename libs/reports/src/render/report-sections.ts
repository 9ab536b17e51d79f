/**
 * The report's sections as plain tables (headings, rows of text), written once and
 * rendered both as the printable page (report-html.ts) and as Markdown
 * (report-markdown.ts), so the two never say different things.
 */
import type { IncidentReport, ReportDepartmentRef } from '@cordon/contracts';
import { clock, duration, percent, PHASE_WORDS } from './format';

export interface ReportTable {
  headers: string[];
  rows: string[][];
  /** Said instead of an empty table. */
  empty: string;
}

export interface ReportSection {
  id: string;
  title: string;
  /** Lines of text before the table. */
  facts: [string, string][];
  table: ReportTable | null;
  /** Where the page draws a chart (the Markdown leaves it out). */
  chart?: 'burndown' | 'per_day';
}

const dept = (d: ReportDepartmentRef): string =>
  d.code && d.name ? `${d.code} (${d.name})` : (d.code ?? d.name ?? d.id);
const yesNo = (v: boolean | null): string => (v === null ? '—' : v ? 'yes' : 'no');

export function reportSections(r: IncidentReport, timeZone: string): ReportSection[] {
  const at = (iso: string | null) => clock(iso, timeZone);
  const lansReopened = r.lans.filter((l) => l.phase === 'reopened').length;
  return [
    {
      id: 'summary',
      title: 'Summary',
      facts: [
        [
          'Status',
          `${r.incidentStatus} (${r.status === 'final' ? 'final report' : 'live: figures to the time below'})`,
        ],
        ['Severity', String(r.severity)],
        ['Declared', at(r.declaredAt)],
        ['Closed', at(r.closedAt)],
        ['Figures as of', at(r.asOf)],
        ['Owner', r.owner.name],
        ['Summary', r.summary],
        ['LANs reopened', `${lansReopened} of ${r.lans.length}`],
        [
          'Machines verified',
          `${r.devices.verified} of ${r.devices.inPlan} (${r.devices.waived} waived)`,
        ],
        ['Events in the log', `${r.events} (last seq ${r.lastSeq})`],
      ],
      table: null,
    },
    {
      id: 'owners',
      title: 'Owners and handovers',
      facts: [['Handovers', String(r.handovers)]],
      table: {
        headers: ['Owner', 'From', 'To', 'For', 'Handover reason'],
        rows: r.owners.map((o) => [
          o.owner.name,
          at(o.from),
          o.to ? at(o.to) : 'now',
          duration(o.durationMs),
          o.reason ?? '—',
        ]),
        empty: 'No owner recorded.',
      },
    },
    {
      id: 'lans',
      title: 'LANs',
      facts: [],
      table: {
        headers: [
          'LAN',
          'Phase',
          'Shut down at',
          'Time shut down',
          'Time cleaning',
          'Shut down → reopened',
          'Machines',
        ],
        rows: r.lans.map((l) => [
          l.code,
          PHASE_WORDS[l.phase] ?? l.phase,
          at(l.shutDownAt),
          duration(l.shutDownMs),
          duration(l.cleaningMs),
          duration(l.toReopenMs),
          String(l.devices),
        ]),
        empty: 'No LAN was planned.',
      },
    },
    {
      id: 'devices',
      title: 'Machines: burndown',
      facts: [
        ['In the plan', String(r.devices.inPlan)],
        ['Verified', String(r.devices.verified)],
        ['Waived', String(r.devices.waived)],
        ['Not yet verified', String(r.devices.unverified)],
        ['Infections detected', String(r.devices.infections)],
        ['Isolations', String(r.devices.isolations)],
        ['Re-infections (after verification)', String(r.devices.reinfections)],
      ],
      table: {
        headers: ['Re-infected machine', 'At'],
        rows: r.devices.reinfected.map((x) => [x.hostname || x.deviceId, at(x.at)]),
        empty: 'No verified machine was caught again.',
      },
      chart: 'burndown',
    },
    {
      id: 'per-day',
      title: 'Machines verified per day',
      facts: [],
      table: {
        headers: ['Day (UTC)', 'Verified'],
        rows: r.devices.verifiedPerDay.map((d) => [d.day, String(d.verified)]),
        empty: 'No machine verified yet.',
      },
      chart: 'per_day',
    },
    {
      id: 'departments',
      title: 'Tasks by department',
      facts: [],
      table: {
        headers: [
          'Department',
          'Tasks',
          'Claimed',
          'Completed',
          'Claim: median',
          'Claim: 90th pct',
          'Complete: median',
          'Complete: 90th pct',
        ],
        rows: r.departments.map((d) => [
          dept(d.department),
          String(d.tasks),
          String(d.claimed),
          String(d.completed),
          duration(d.timeToClaim.medianMs),
          duration(d.timeToClaim.p90Ms),
          duration(d.timeToComplete.medianMs),
          duration(d.timeToComplete.p90Ms),
        ]),
        empty: 'No tasks.',
      },
    },
    {
      id: 'directives',
      title: 'Directives',
      facts: [],
      table: {
        headers: [
          'Directive',
          'Issued',
          'Due',
          'Department',
          'Acknowledged',
          'After',
          'Late',
          'Escalated',
        ],
        rows: r.directives.flatMap((d) =>
          d.departments.map((x) => [
            d.text,
            at(d.issuedAt),
            at(d.dueAt),
            dept(x.department),
            at(x.acknowledgedAt),
            duration(x.afterMs),
            yesNo(x.late),
            x.escalated ? 'yes' : 'no',
          ]),
        ),
        empty: 'No directives.',
      },
    },
    {
      id: 'broadcasts',
      title: 'Broadcasts',
      facts: [],
      table: {
        headers: [
          'Subject',
          'Kind',
          'Sent at',
          'Recipients',
          'Delivered',
          'Failed',
          'Acknowledged',
          'To 50% ack',
          'To 90% ack',
        ],
        rows: r.broadcasts.map((b) => [
          b.subject,
          b.kind.replace(/_/g, ' '),
          at(b.createdAt),
          String(b.recipients),
          `${b.delivered} (${percent(b.deliveryRate)})`,
          `${b.failed} (${percent(b.failureRate)})`,
          b.requireAck ? `${b.acknowledged} (${percent(b.acknowledgementRate)})` : 'not asked',
          duration(b.to50PercentMs),
          duration(b.to90PercentMs),
        ]),
        empty: 'No broadcasts.',
      },
    },
    {
      id: 'updates',
      title: 'Updates to staff: promised and given',
      facts: [
        ['Updates given', String(r.updates.given)],
        ['Promises due', String(r.updates.promised)],
        ['On time', String(r.updates.onTime)],
        ['Late', String(r.updates.late)],
        ['Missed', String(r.updates.missed)],
        ['Overdue reminders to the owner', String(r.updates.overdueReminders)],
      ],
      table: {
        headers: ['Promised at', 'Due', 'Given', 'On time'],
        rows: r.updates.items.map((u) => [
          at(u.promisedAt),
          at(u.dueAt),
          at(u.givenAt),
          u.onTime === null ? 'not yet due' : yesNo(u.onTime),
        ]),
        empty: 'No update was promised.',
      },
    },
    {
      id: 'timeline',
      title: 'Timeline',
      facts: [],
      table: {
        headers: ['#', 'When', 'Who', 'What'],
        rows: r.timeline.map((t) => [String(t.seq), at(t.at), t.actor, t.text]),
        empty: 'Nothing yet.',
      },
    },
  ];
}
