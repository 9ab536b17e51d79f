/**
 * The printable plan (`GET /incidents/:id/plan`): one self-contained HTML page (no script,
 * no outside file, every text escaped) for a team to work from paper when the screens are
 * dark: whom to call first, then the LAN plan, then each department's tasks by LAN (work to
 * do as rows with an empty box to tick, what is done as one list), then ruled space to
 * write on. Print CSS sets A4, repeats table headers on each page, keeps headings with
 * what follows.
 */
import type { PlanContact, PlanDepartment, PlanTask, PrintablePlan } from '@cordon/contracts';
import { cspInlineStyle } from '@cordon/platform';
import { clock, esc, PHASE_WORDS } from './format';

/** Declared for the CSP by hash (docs/security.md): the page carries no 'unsafe-inline'. */
const STYLE = cspInlineStyle(`
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 0; padding: 1.5rem; max-width: 64rem; }
header { border-bottom: 3px solid #1a1a1a; margin-bottom: 1rem; padding-bottom: .5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #888; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
h4 { font-size: .95rem; margin: .9rem 0 .3rem; break-after: avoid; page-break-after: avoid; }
.done-list { font-size: .8rem; color: #333; margin: .3rem 0 0; }
.kicker { margin: 0; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; font-size: .8rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 0; }
.facts dt { font-weight: 600; } .facts dd { margin: 0; }
.due { font-size: 1.15rem; font-weight: 700; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #777; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #e8ebef; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.tick, th.tick { width: 2.4rem; text-align: center; }
th.tick { font-size: .75rem; }
td.num, td.host { white-space: nowrap; }
td.write { min-width: 9rem; }
.box { display: inline-block; width: 1rem; height: 1rem; border: 2px solid #1a1a1a; border-radius: 2px; vertical-align: middle; text-align: center; line-height: .8rem; font-weight: 700; }
.overdue { font-weight: 700; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.empty { color: #555; font-style: italic; }
.lines { margin: .5rem 0 0; padding: 0; list-style: none; }
.lines li { height: 2rem; border-bottom: 1px solid #999; }
.phase { font-weight: 700; }
footer { margin-top: 2rem; font-size: .8rem; color: #444; border-top: 1px solid #999; padding-top: .5rem; }
@page { size: A4; margin: 12mm 10mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 10pt; }
  th, td { padding: .12rem .3rem; }
  h2 { margin-top: 1rem; }
  .table-wrap { overflow: visible; }
  section.keep { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`);

const box = (ticked: boolean): string =>
  `<span class="box" aria-hidden="true">${ticked ? '✓' : ''}</span><span class="sr">${ticked ? 'done' : 'to do'}</span>`;

/** Column headers over a box to tick. */
const TICK_HEADERS = new Set(['Done', 'Reopened']);

const or = (text: string | null | undefined, none = '—'): string => esc(text || none);

function tableOf(label: string, headers: string[], rows: string[]): string {
  const head = headers
    .map((h) => `<th scope="col"${TICK_HEADERS.has(h) ? ' class="tick"' : ''}>${esc(h)}</th>`)
    .join('');
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(label)}"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function contactRow(role: string, c: PlanContact): string {
  const mail = c.email ? `<a href="mailto:${esc(c.email)}">${esc(c.email)}</a>` : '—';
  return `<tr><td>${esc(role)}</td><td>${esc(c.name)}</td><td class="num">${or(c.mobile, 'no mobile on record')}</td><td>${mail}</td></tr>`;
}

function contacts(plan: PrintablePlan): string {
  const rows = [contactRow('Incident owner', plan.owner)];
  for (const d of plan.departments) {
    if (d.itu.length === 0)
      rows.push(
        `<tr><td>${esc(`${d.code} IT unit`)}</td><td colspan="3" class="empty">nobody with the ITU role</td></tr>`,
      );
    for (const p of d.itu) rows.push(contactRow(`${d.code} IT unit`, p));
  }
  return `<section id="contacts" class="keep" aria-labelledby="h-contacts"><h2 id="h-contacts">Whom to call</h2>${tableOf('Whom to call', ['Role', 'Name', 'Phone', 'Email'], rows)}</section>`;
}

function lanPlan(plan: PrintablePlan): string {
  if (plan.lans.length === 0)
    return `<section id="lans" aria-labelledby="h-lans"><h2 id="h-lans">LAN plan</h2><p class="empty">No LAN is in the plan yet.</p></section>`;
  const rows = plan.lans.map(
    (l) =>
      `<tr><td class="tick">${box(l.phase === 'reopened')}</td><td><strong>${esc(l.code)}</strong> ${esc(l.name)}</td><td>${or(l.site)}</td><td>${or(l.departmentCode)}</td><td class="phase">${esc(PHASE_WORDS[l.phase] ?? l.phase)}</td><td class="num">${l.devices.verified} of ${l.devices.total}${l.devices.waived ? ` (${l.devices.waived} waived)` : ''}</td><td class="write"></td></tr>`,
  );
  return `<section id="lans" class="keep" aria-labelledby="h-lans"><h2 id="h-lans">LAN plan</h2>${tableOf('LAN plan', ['Reopened', 'LAN', 'Site', 'Department', 'Phase', 'Verified', 'Notes'], rows)}</section>`;
}

function taskRow(t: PlanTask): string {
  const status = t.status === 'claimed' ? `claimed by ${t.claimedBy ?? 'someone'}` : t.status;
  const machine = t.hostname ? `<strong>${esc(t.hostname)}</strong>` : esc(t.title);
  return `<tr><td class="tick">${box(false)}</td><td${t.hostname ? ' class="host"' : ''}>${machine}</td><td>${t.lacks.length ? esc(t.lacks.join(', ')) : '—'}</td><td${t.overdue ? ' class="overdue"' : ''}>${esc(status)}${t.overdue ? ' (overdue)' : ''}</td><td class="write"></td></tr>`;
}

/** A LAN's tasks (tasks come sorted by LAN): work to do as rows, what is done as one list. */
function lanGroup(d: PlanDepartment, lan: string | null, tasks: PlanTask[]): string {
  const site = tasks.find((t) => t.site)?.site;
  const title = lan ? `${lan}${site ? ` · ${site}` : ''}` : 'Tasks without a machine';
  const todo = tasks.filter((t) => !t.done);
  const done = tasks.filter((t) => t.done);
  const rows = todo.length
    ? tableOf(
        `${d.code} ${title}: to do`,
        ['Done', 'Machine', 'Lacks', 'Status', 'Notes'],
        todo.map(taskRow),
      )
    : '<p class="empty">Nothing left to do here.</p>';
  const doneList = done.length
    ? `<p class="done-list"><strong>Done already (${done.length}):</strong> ${done.map((t) => esc(t.hostname ?? t.title)).join(', ')}</p>`
    : '';
  return `<h4>${esc(title)} <span class="kicker">${todo.length} to do</span></h4>${rows}${doneList}`;
}

function department(d: PlanDepartment): string {
  const id = `dept-${d.code}`;
  const counts = `${d.counts.open} open, ${d.counts.claimed} claimed, ${d.counts.done} done`;
  const groups: [string | null, PlanTask[]][] = [];
  for (const t of d.tasks) {
    const last = groups[groups.length - 1];
    if (last && last[0] === t.lan) last[1].push(t);
    else groups.push([t.lan, [t]]);
  }
  const body = groups.length
    ? groups.map(([lan, tasks]) => lanGroup(d, lan, tasks)).join('')
    : '<p class="empty">No tasks for this department.</p>';
  return `<section id="${esc(id)}" class="department" aria-labelledby="h-${esc(id)}"><h3 id="h-${esc(id)}">${esc(d.code)} ${esc(d.name)} <span class="kicker">${esc(counts)}</span></h3>${body}</section>`;
}

/**
 * The page for `plan`, times in `timeZone`; `statusUrl` is the staff status page's public
 * address (PUBLIC_URL/status), printed for those who read the plan to pass on.
 */
export function planHtml(plan: PrintablePlan, timeZone: string, statusUrl: string): string {
  const due = plan.nextUpdateDueAt ? clock(plan.nextUpdateDueAt, timeZone) : 'none due';
  const scope = plan.scopedTo
    ? `<p>Tasks and IT unit of ${esc(plan.scopedTo)} only (your department).</p>`
    : '';
  const mail = plan.owner.email ? ` · ${esc(plan.owner.email)}` : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${plan.reference} printable plan: ${plan.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="kicker">Printable plan · severity ${plan.severity} · status ${esc(plan.status)}</p>
<h1>${esc(plan.reference)}: ${esc(plan.title)}</h1>
<dl class="facts">
<dt>Owner</dt><dd>${esc(plan.owner.name)} · ${or(plan.owner.mobile, 'no mobile on record')}${mail}</dd>
<dt>Next update due</dt><dd class="due">${esc(due)}</dd>
<dt>Staff status page</dt><dd>${esc(statusUrl)} (any phone, no login)</dd>
<dt>Printed from Cordon</dt><dd>${esc(clock(plan.generatedAt, timeZone))}: anything later is not on this sheet</dd>
</dl>
${scope}
</header>
<main>
${contacts(plan)}
${lanPlan(plan)}
<section id="tasks" aria-labelledby="h-tasks"><h2 id="h-tasks">Tasks per department</h2>
${plan.departments.map(department).join('\n') || '<p class="empty">No department is involved yet.</p>'}
</section>
<section id="notes" class="keep" aria-labelledby="h-notes"><h2 id="h-notes">Notes</h2>
<p>Write what was done, by whom and when; enter it in Cordon once the screens are back.</p>
<ul class="lines" aria-label="Space for notes">${'<li></li>'.repeat(8)}</ul>
</section>
</main>
<footer>Times in ${esc(timeZone)}. Tick a box when the work is done; the ticks already printed were done when the plan was printed.</footer>
</body>
</html>
`;
}
