// The staff status page: its own small entry (no React), built for a phone on a poor link.
import type { StatusView } from '@cordon/contracts';
import { byId } from './dom';
import { setUpFaultForm, offerSites } from './fault-form';
import { followStatus, type Link } from './feed';
import { changes, lastUpdatedWords } from './format';
import { renderIncidents } from './view';
import './status.css';

const LINK_WORDS: Record<Link, string> = {
  connecting: 'Connecting…',
  live: '● Live',
  polling: 'Checking every minute',
  offline: 'Offline: showing the last status received',
};

let last: StatusView | null = null;

function show(view: StatusView): void {
  const incidents = byId('incidents');
  renderIncidents(incidents, view, Date.now());
  incidents.setAttribute('aria-busy', 'false');
  byId('updated').textContent = lastUpdatedWords(view.updatedAt);
  const said = changes(last, view);
  if (said.length) byId('announce').textContent = said.join(' ');
  offerSites(view.sites);
  last = view;
}

function showLink(link: Link): void {
  const el = byId('link');
  el.className = `link link-${link}`;
  el.textContent = LINK_WORDS[link];
}

setUpFaultForm();
followStatus(show, showLink);
