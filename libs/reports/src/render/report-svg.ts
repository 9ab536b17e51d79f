/**
 * The report's charts as inline SVG, drawn on the server: the burndown of unverified,
 * infected and isolated machines (step lines), and verifications per day (bars). Each
 * has a title and description for screen readers; series differ by dash as well as
 * colour, so print in black and white still tells them apart.
 */
import type { BurndownPoint } from '@cordon/contracts';
import { esc } from './format';

const W = 640;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 30 };

const SERIES: {
  key: keyof Omit<BurndownPoint, 'at'>;
  label: string;
  colour: string;
  dash: string;
}[] = [
  { key: 'unverified', label: 'Not yet verified', colour: '#1d4f91', dash: '' },
  { key: 'infected', label: 'Infected', colour: '#b3261e', dash: '6 3' },
  { key: 'isolated', label: 'Isolated', colour: '#8a5a00', dash: '2 3' },
];

const niceMax = (v: number): number => {
  if (v <= 5) return Math.max(v, 1);
  const step = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / step) * step;
};

function axisY(max: number, y: (v: number) => number): string {
  const ticks = [0, max / 2, max].map((v) => Math.round(v));
  return [...new Set(ticks)]
    .map(
      (v) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" class="grid"/>` +
        `<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
    )
    .join('');
}

/** The burndown from the first point to `end` (ms); empty text when there is nothing to draw. */
export function burndownSvg(
  points: readonly BurndownPoint[],
  end: number,
  label: (ms: number) => string,
): string {
  if (points.length === 0) return '';
  const start = points[0].at;
  const span = Math.max(end - start, 60_000);
  const max = niceMax(
    Math.max(...points.map((p) => Math.max(p.unverified, p.infected, p.isolated))),
  );
  const x = (t: number) => PAD.left + ((t - start) / span) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const lines = SERIES.map((s) => {
    let d = `M${x(start).toFixed(1)},${y(points[0][s.key]).toFixed(1)}`;
    for (let i = 1; i < points.length; i += 1) {
      d += `H${x(points[i].at).toFixed(1)}V${y(points[i][s.key]).toFixed(1)}`;
    }
    d += `H${x(end).toFixed(1)}`;
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    return `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"${dash} data-series="${s.key}"/>`;
  }).join('');
  const last = points[points.length - 1];
  const desc = SERIES.map((s) => `${s.label}: ${last[s.key]}`).join(', ');
  // the start and the end, and the middle when it reads differently from both
  const marks = [
    { t: start, anchor: 'start' },
    { t: start + span / 2, anchor: 'middle' },
    { t: end, anchor: 'end' },
  ].filter(
    (m, i, all) => i !== 1 || (label(m.t) !== label(all[0].t) && label(m.t) !== label(all[2].t)),
  );
  const xLabels = marks
    .filter((m, i) => i === 0 || label(m.t) !== label(marks[0].t))
    .map(
      (m) => `<text x="${x(m.t)}" y="${H - 8}" text-anchor="${m.anchor}">${esc(label(m.t))}</text>`,
    )
    .join('');
  return (
    `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="bd-t bd-d" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="bd-t">Machines not yet verified, infected and isolated over time</title>` +
    `<desc id="bd-d">At the end: ${esc(desc)}</desc>` +
    axisY(max, y) +
    lines +
    xLabels +
    `</svg>` +
    legend()
  );
}

const legend = (): string =>
  `<p class="legend">${SERIES.map(
    (s) =>
      `<span><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="${s.colour}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/></svg> ${esc(s.label)}</span>`,
  ).join(' ')}</p>`;

/** Bars of machines verified per day. */
export function perDaySvg(days: readonly { day: string; verified: number }[]): string {
  if (days.length === 0) return '';
  const max = niceMax(Math.max(...days.map((d) => d.verified)));
  const slot = (W - PAD.left - PAD.right) / days.length;
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const bars = days
    .map((d, i) => {
      const w = Math.min(slot * 0.7, 48);
      const x = PAD.left + i * slot + (slot - w) / 2;
      const top = y(d.verified);
      return (
        `<path d="M${x.toFixed(1)},${y(0).toFixed(1)}V${top.toFixed(1)}h${w.toFixed(1)}V${y(0).toFixed(1)}Z" fill="#1d4f91"><title>${esc(d.day)}: ${d.verified}</title></path>` +
        `<text x="${(x + w / 2).toFixed(1)}" y="${(top - 3).toFixed(1)}" text-anchor="middle">${d.verified}</text>` +
        `<text x="${(x + w / 2).toFixed(1)}" y="${H - 8}" text-anchor="middle">${esc(d.day.slice(5))}</text>`
      );
    })
    .join('');
  return (
    `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="pd-t" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="pd-t">Machines verified per day: ${esc(days.map((d) => `${d.day} ${d.verified}`).join(', '))}</title>` +
    axisY(max, y) +
    bars +
    `</svg>`
  );
}
