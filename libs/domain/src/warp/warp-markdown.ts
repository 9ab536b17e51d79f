import type { WarpSummary } from '@cordon/contracts';

const after = (minutes: number | null): string => {
  if (minutes === null) return '–';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  return `${sign}${days ? `${days}d ` : ''}${hours}h ${String(mins).padStart(2, '0')}m`;
};

const PHASES: Record<WarpSummary['phases']['lans'][number]['phase'], string> = {
  planned: 'planned',
  shut_down: 'shut down',
  cleaning: 'cleaning',
  reopened: 'reopened',
};

/** A Markdown table cell: no pipes or line breaks from the data. */
const cell = (value: string | number): string => String(value).replace(/[|\n\r]/g, ' ');

/** The summary as plain text (Markdown), as it is emailed to the WARP or downloaded. */
export function renderWarpMarkdown(s: WarpSummary): string {
  const c = s.counts;
  const lines: string[] = [
    `# WARP summary: ${s.reference}`,
    '',
    `Status: ${s.status}, severity ${s.severity}. Declared ${s.phases.declaredAt}; summary as of ${s.generatedAt}.`,
    s.departmentNames
      ? 'Departments are named with the incident owner’s agreement.'
      : 'Departments are shown as letters; people, machines and addresses are left out.',
    '',
    '## What happened',
    '',
    `Threat: ${s.threat.name ?? 'not yet identified'}${s.threat.aliases.length ? ` (also known as ${s.threat.aliases.join(', ')})` : ''}${s.threat.kind ? `, a ${s.threat.kind}` : ''}.`,
  ];
  if (s.threat.description) lines.push('', s.threat.description);
  if (s.narrative) lines.push('', 'From the incident owner:', '', s.narrative);
  lines.push('', '## Indicators', '');
  lines.push(
    `- Detection signatures: ${s.indicators.signatures.length ? s.indicators.signatures.join('; ') : 'none recorded'}`,
    `- Ports: ${s.indicators.ports.length ? s.indicators.ports.map((p) => `${p.protocol} ${p.port}`).join(', ') : 'not known'}`,
    `- Protocols: ${s.indicators.protocols.join(', ') || 'not known'}`,
    `- Patches that close the hole: ${s.indicators.patches.join(', ') || 'not known'}`,
    '',
    '## Counts',
    '',
    `- Departments affected: ${c.departments}`,
    `- LANs in the plan: ${c.lans} (${c.lansReopened} reopened)`,
    `- Devices on those LANs: ${c.devicesOnPlannedLans}`,
    `- Devices needing work: ${c.devicesAffected}; infected: ${c.devicesInfected}; isolated: ${c.devicesIsolated}; cleaned: ${c.devicesCleaned}`,
    `- Detections: ${c.detections}`,
    `- Tasks: ${c.tasks} (${c.tasksDone} done)`,
    `- Directives: ${c.directives}; staff broadcasts: ${c.broadcasts}; decisions marked: ${c.decisions}`,
    '',
  );
  if (s.departments.length) {
    lines.push(
      '| Department | LANs | Devices | Infected | Isolated | Tasks | Done |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...s.departments.map(
        (d) =>
          `| ${cell(d.label)} | ${d.lans} | ${d.devicesAffected} | ${d.devicesInfected} | ${d.devicesIsolated} | ${d.tasks} | ${d.tasksDone} |`,
      ),
      '',
    );
  }
  lines.push(
    '## Phases and timings',
    '',
    'Times after the declaration (d days, h hours, m minutes).',
    '',
    `- First detection: ${after(s.phases.firstDetectionAfterMinutes)}`,
    `- Every planned LAN reopened: ${after(s.phases.allLansReopenedAfterMinutes)}`,
    `- Recovered: ${after(s.phases.recoveredAfterMinutes)}`,
    `- Closed: ${after(s.phases.closedAfterMinutes)}`,
    '',
  );
  if (s.phases.lans.length) {
    lines.push(
      '| LAN | Department | Devices | Phase | Shut down | Cleaning | Reopened | Closed for |',
      '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |',
      ...s.phases.lans.map(
        (l) =>
          `| ${cell(l.label)} | ${cell(l.department)} | ${l.devices} | ${PHASES[l.phase]} | ${after(l.shutDownAfterMinutes)} | ${after(l.cleaningAfterMinutes)} | ${after(l.reopenedAfterMinutes)} | ${l.closedForMinutes === null ? '–' : after(l.closedForMinutes).slice(1)} |`,
      ),
      '',
    );
  }
  lines.push('## Timeline', '');
  for (const t of s.timeline) lines.push(`- ${after(t.afterMinutes)} (${t.at}): ${t.what}`);
  lines.push('');
  return lines.join('\n');
}
