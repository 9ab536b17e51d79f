/** How the printable and Markdown reports write numbers, durations and times. */

/** "—" for nothing measured; else "45 s", "12 min", "3 h 05 min", "2 d 4 h". */
export function duration(ms: number | null): string {
  if (ms === null) return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ${String(min % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;

/** A time written in the council's zone: "2 Mar 2026, 09:05". */
export function clock(iso: string | null, timeZone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and attribute values. */
export const esc = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Text made safe inside a Markdown table cell (pipes, line breaks) and against HTML. */
export const mdCell = (text: string | number): string =>
  String(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;');

export const PHASE_WORDS: Record<string, string> = {
  planned: 'Planned',
  shut_down: 'Shut down',
  cleaning: 'Cleaning',
  reopened: 'Reopened',
};
