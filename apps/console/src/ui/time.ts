/** Times are shown in the council's time zone, whatever the browser's. */
export const COUNCIL_TIME_ZONE = 'Europe/London';

const timeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNCIL_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNCIL_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const dayFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNCIL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const clock = (iso: string | Date) => timeFmt.format(new Date(iso));
export const when = (iso: string | Date) => dateTimeFmt.format(new Date(iso));
/** "2026-12-03" in the council's zone (what a date input holds). */
export function councilDay(date: Date = new Date()): string {
  const [d, m, y] = dayFmt.format(date).split('/');
  return `${y}-${m}-${d}`;
}

/** "in 12 min", "3 min overdue", "in 1 h 05 min". */
export function dueIn(
  iso: string,
  now: number,
): { text: string; level: 'ok' | 'soon' | 'overdue' } {
  const ms = new Date(iso).getTime() - now;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const span =
    minutes >= 60
      ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
      : `${minutes} min`;
  if (ms < 0) return { text: `${span} overdue`, level: 'overdue' };
  return { text: `in ${span}`, level: ms <= 10 * 60_000 ? 'soon' : 'ok' };
}

export function ago(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return when(iso);
}
