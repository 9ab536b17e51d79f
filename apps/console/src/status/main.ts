// The staff status page: its own small entry (no React), built for a phone on a poor link.
import type { StatusView } from '../api/types';
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

const KEPT = 'cordon.status';
let last: StatusView | null = null;

/** The last status received, kept so that a reload without a connection still shows it. */
function kept(): StatusView | null {
  try {
    const view = JSON.parse(localStorage.getItem(KEPT) ?? 'null') as StatusView | null;
    return view && Array.isArray(view.incidents) ? view : null;
  } catch {
    return null;
  }
}

function show(view: StatusView, keep = true): void {
  const incidents = byId('incidents');
  renderIncidents(incidents, view, Date.now());
  incidents.setAttribute('aria-busy', 'false');
  byId('updated').textContent = lastUpdatedWords(view.updatedAt, Date.now());
  const said = changes(last, view);
  if (said.length) byId('announce').textContent = said.join(' ');
  offerSites(view.sites);
  last = view;
  if (keep) {
    try {
      localStorage.setItem(KEPT, JSON.stringify(view));
    } catch {
      // private browsing or a full store: the page works without it
    }
  }
}

function showLink(link: Link): void {
  const el = byId('link');
  el.className = `link link-${link}`;
  el.textContent = LINK_WORDS[link];
}

setUpFaultForm();
const before = kept();
if (before) show(before, false);
followStatus(show, showLink);
