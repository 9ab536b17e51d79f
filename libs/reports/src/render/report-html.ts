/**
 * The printable report: one self-contained HTML page (no script, no outside file), its
 * charts drawn here as inline SVG, every text escaped. Print CSS sets A4, keeps tables'
 * headers on each page and headings with what follows, so the browser's "save as PDF"
 * gives a clean document.
 */
import type { IncidentReport } from '@cordon/contracts';
import { cspInlineStyle } from '@cordon/platform';
import { clock, esc } from './format';
import { ReportSection, reportSections } from './report-sections';
import { burndownSvg, perDaySvg } from './report-svg';

/** Declared for the CSP by hash (docs/security.md): the page carries no 'unsafe-inline'. */
const STYLE = cspInlineStyle(`
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 0; padding: 1.5rem; max-width: 60rem; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1rem; padding-bottom: .5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; break-after: avoid; page-break-after: avoid; }
.badge { display: inline-block; border: 2px solid currentColor; border-radius: 4px; padding: 0 .4rem; font-weight: 700; font-size: .8rem; letter-spacing: .04em; vertical-align: middle; }
.live { color: #8a5a00; } .final { color: #1d6b2f; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 .75rem; }
dt { font-weight: 600; } dd { margin: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.chart { width: 100%; height: auto; max-width: 40rem; display: block; font-size: 11px; }
.chart text { fill: #333; }
.chart .grid { stroke: #ddd; }
.legend span { margin-right: 1rem; white-space: nowrap; }
.empty { color: #555; font-style: italic; }
footer { margin-top: 2rem; font-size: .8rem; color: #555; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 10.5pt; }
  section { break-inside: auto; }
  section.keep { break-inside: avoid; page-break-inside: avoid; }
  figure, .chart { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`);

function table(section: ReportSection): string {
  const t = section.table;
  if (!t) return '';
  if (t.rows.length === 0) return `<p class="empty">${esc(t.empty)}</p>`;
  const head = t.headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = t.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(section.title)}"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export function reportHtml(report: IncidentReport, timeZone: string): string {
  const label = (ms: number) => clock(new Date(ms).toISOString(), timeZone).replace(/ \d{4},/, '');
  const end = new Date(report.asOf).getTime();
  const charts = {
    burndown: burndownSvg(report.devices.burndown, end, label),
    per_day: perDaySvg(report.devices.verifiedPerDay),
  };
  const sections = reportSections(report, timeZone)
    .map((s) => {
      const facts = s.facts.length
        ? `<dl>${s.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`
        : '';
      const chart = s.chart && charts[s.chart] ? `<figure>${charts[s.chart]}</figure>` : '';
      const keep = (s.table?.rows.length ?? 0) <= 12 ? ' class="keep"' : '';
      return `<section id="${esc(s.id)}"${keep} aria-labelledby="h-${esc(s.id)}"><h2 id="h-${esc(s.id)}">${esc(s.title)}</h2>${facts}${chart}${table(s)}</section>`;
    })
    .join('\n');
  const badge = report.status === 'final' ? 'FINAL' : 'LIVE';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${report.reference} incident report: ${report.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(report.reference)}: ${esc(report.title)} <span class="badge ${report.status}">${badge}</span></h1>
<p>Incident report, computed from the incident's event log. ${
    report.status === 'final'
      ? `Final: the incident closed ${esc(clock(report.closedAt, timeZone))}.`
      : `Live: the incident is still ${esc(report.incidentStatus)}; figures run to ${esc(clock(report.asOf, timeZone))}.`
  }</p>
</header>
<main>
${sections}
</main>
<footer>Times in ${esc(timeZone)}. Durations: median is the middle value (the mean of the middle two for an even count); the 90th percentile is by nearest rank.</footer>
</body>
</html>
`;
}
