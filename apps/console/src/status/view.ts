// Draws the open incidents (or the all-clear) from the public status.
import type { StatusIncident, StatusLan, StatusView } from '../api/types';
import { clock } from '../ui/time';
import { h } from './dom';
import {
  lansBySite,
  machinesDone,
  nextUpdateWords,
  NOTHING_OPEN,
  phaseWords,
  severityWords,
  statusWords,
} from './format';

const PHASE_MARK: Record<string, string> = {
  planned: '○',
  shut_down: '■',
  cleaning: '◐',
  reopened: '✓',
};

export function renderIncidents(target: HTMLElement, view: StatusView, now: number): void {
  const incidents = view.incidents ?? [];
  target.replaceChildren(
    ...(incidents.length
      ? incidents.map((incident) => incidentCard(incident, now))
      : [h('p', { class: 'calm' }, '✓ ', NOTHING_OPEN)]),
  );
}

function incidentCard(incident: StatusIncident, now: number): HTMLElement {
  const update = incident.latestUpdate;
  const sev = incident.severity;
  return h(
    'article',
    { class: 'incident' },
    h(
      'h2',
      { id: `inc-${incident.reference}` },
      h('span', { class: 'ref' }, incident.reference),
      ' ',
      incident.title,
    ),
    h(
      'p',
      { class: 'facts' },
      h('span', { class: `sev sev-${sev}` }, severityWords(sev)),
      ' ',
      h('span', { class: 'state' }, statusWords(incident.status)),
    ),
    h('p', { class: 'next' }, nextUpdateWords(incident.nextUpdateDueAt, now)),
    update &&
      h(
        'blockquote',
        { class: 'update' },
        h('p', { class: 'update-at' }, `Latest update, ${clock(update.at)}`),
        h('p', {}, update.message),
      ),
    ...lansBySite(incident).flatMap((group) => [
      h('h3', {}, group.siteName),
      h('ul', { class: 'lans' }, ...group.lans.map(lanRow)),
    ]),
  );
}

function lanRow(lan: StatusLan): HTMLElement {
  const done = machinesDone(lan.devices);
  const total = lan.devices?.total ?? 0;
  const share = total ? Math.round((Math.min(lan.devices.done, total) / total) * 100) : 0;
  return h(
    'li',
    { class: `lan phase-${lan.phase}`, 'data-testid': `status-lan-${lan.code}` },
    h(
      'span',
      { class: 'lan-name' },
      lan.name || lan.code,
      ' ',
      h('span', { class: 'code' }, lan.code),
    ),
    h(
      'span',
      { class: 'phase' },
      h('span', { 'aria-hidden': 'true' }, `${PHASE_MARK[lan.phase] ?? '•'} `),
      phaseWords(lan.phase),
    ),
    done && h('span', { class: 'done' }, done),
    total > 0 &&
      h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${share}%` })),
  );
}
