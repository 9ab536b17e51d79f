/** The report as Markdown: the same sections as the printable page, charts as their tables. */
import type { IncidentReport } from '@cordon/contracts';
import { clock, mdCell } from './format';
import { reportSections } from './report-sections';

export function reportMarkdown(report: IncidentReport, timeZone: string): string {
  const lines = [
    `# ${mdCell(report.reference)}: ${mdCell(report.title)}`,
    '',
    report.status === 'final'
      ? `**Final report.** The incident closed ${clock(report.closedAt, timeZone)}.`
      : `**Live report.** Figures run to ${clock(report.asOf, timeZone)}.`,
    '',
  ];
  for (const s of reportSections(report, timeZone)) {
    lines.push(`## ${s.title}`, '');
    for (const [k, v] of s.facts) lines.push(`- **${k}:** ${mdCell(v)}`);
    if (s.facts.length) lines.push('');
    const t = s.table;
    if (!t) continue;
    if (t.rows.length === 0) {
      lines.push(`_${t.empty}_`, '');
      continue;
    }
    lines.push(`| ${t.headers.map(mdCell).join(' | ')} |`);
    lines.push(`| ${t.headers.map(() => '---').join(' | ')} |`);
    for (const row of t.rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
    lines.push('');
  }
  lines.push(`_Times in ${timeZone}._`, '');
  return lines.join('\n');
}
