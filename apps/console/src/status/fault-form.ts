// The fault-report form: site then LAN by name, who and how to reach them, what is wrong;
// answered with the incident it belongs to, the api's words beside the field they name.
import type { FaultReportAnswer, FaultReportRequest, Problem, StatusSite } from '../api/types';
import { byId, h } from './dom';
import { faultAnswerWords, fieldProblem } from './format';

const CONTROLS = ['siteId', 'lanId', 'reporterName', 'contact', 'description'] as const;
type Control = (typeof CONTROLS)[number];

const control = (name: Control) => byId<HTMLInputElement>(`f-${name}`);

let sites: StatusSite[] = [];
let sitesKey = '';

/** Offers the status's sites (kept as chosen when the list has not changed). */
export function offerSites(next: StatusSite[] | undefined): void {
  const key = JSON.stringify(next ?? []);
  if (!next || key === sitesKey) return;
  sites = next;
  sitesKey = key;
  const select = control('siteId') as unknown as HTMLSelectElement;
  const chosen = select.value;
  select.replaceChildren(
    h('option', { value: '' }, 'Choose your site'),
    ...sites.map((s) => h('option', { value: s.id, selected: s.id === chosen }, s.name)),
  );
  offerLans();
}

function offerLans(): void {
  const siteId = control('siteId').value;
  const select = control('lanId') as unknown as HTMLSelectElement;
  const chosen = select.value;
  const lans = sites.find((s) => s.id === siteId)?.lans ?? [];
  select.replaceChildren(
    h('option', { value: '' }, siteId ? 'Not sure' : 'Choose your site first'),
    ...[...lans]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((l) => h('option', { value: l.id, selected: l.id === chosen }, l.name)),
  );
  select.disabled = !siteId;
}

function showError(name: Control, words: string | null): void {
  const input = control(name);
  const note = byId(`e-${name}`);
  note.textContent = words ?? '';
  if (words) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function request(): FaultReportRequest {
  const value = (name: Control) => control(name).value.trim();
  const body: FaultReportRequest = { description: value('description') };
  if (value('lanId')) body.lanId = value('lanId');
  else if (value('siteId')) body.siteId = value('siteId');
  if (value('reporterName')) body.reporterName = value('reporterName');
  if (value('contact')) body.contact = value('contact');
  return body;
}

function answer(out: HTMLElement, result: FaultReportAnswer): void {
  const words = faultAnswerWords(result);
  out.className = 'answer ok';
  out.replaceChildren(h('p', {}, h('strong', {}, words.message)));
  if (words.incident) out.append(h('p', {}, words.incident));
}

export function setUpFaultForm(): void {
  const form = byId<HTMLFormElement>('fault-form');
  const out = byId('fault-answer');
  const button = form.querySelector('button') as HTMLButtonElement;
  control('siteId').addEventListener('change', offerLans);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    CONTROLS.forEach((c) => showError(c, null));
    const body = request();
    const missing: [Control, string][] = [];
    if (!body.lanId && !body.siteId) missing.push(['siteId', 'Pick your site']);
    if (!body.description) missing.push(['description', 'Say what is wrong']);
    if (missing.length) {
      missing.forEach(([c, words]) => showError(c, words));
      control(missing[0][0]).focus();
      out.className = 'answer bad';
      out.textContent = 'Please fill in the fields marked above.';
      return;
    }
    button.disabled = true;
    button.textContent = 'Sending…';
    out.className = 'answer';
    out.textContent = 'Sending your report…';
    try {
      const res = await fetch('/api/v1/status/fault-reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json().catch(() => null)) as (FaultReportAnswer & Problem) | null;
      if (res.ok && json) {
        answer(out, json);
        control('description').value = '';
        return;
      }
      for (const e of json?.errors ?? []) {
        const p = fieldProblem(e.field, e.message);
        if ((CONTROLS as readonly string[]).includes(p.control))
          showError(p.control as Control, p.words);
      }
      out.className = 'answer bad';
      out.textContent =
        res.status === 429
          ? 'Too many reports from your network just now. Please try again in a minute.'
          : json?.errors?.length
            ? 'Please check the fields marked above.'
            : (json?.detail ?? 'Your report could not be sent. Please try again.');
    } catch {
      out.className = 'answer bad';
      out.textContent = 'Your report could not be sent: no connection. Please try again.';
    } finally {
      button.disabled = false;
      button.textContent = 'Report the fault';
      // on a phone the answer is below the fold: show it
      out.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  });
}
