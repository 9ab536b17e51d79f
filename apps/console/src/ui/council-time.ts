/**
 * What a `datetime-local` input holds ("2026-12-03T18:00") read as the council's wall
 * clock, whatever the browser's zone, and back. Pure (Intl only).
 */
import { COUNCIL_TIME_ZONE } from './time';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNCIL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-12-03T18:00" for an instant, on the council's clock. */
export function toCouncilLocal(at: Date | string): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const asUtc = (local: string) => Date.parse(`${local}:00Z`);

/** The instant (ISO) a council wall-clock time names; null when it is not a time. */
export function fromCouncilLocal(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const wanted = asUtc(local);
  if (Number.isNaN(wanted)) return null;
  // the zone's offset at that moment, found by asking what the clock reads there (twice, for the change of hour)
  let guess = wanted;
  for (let i = 0; i < 2; i += 1) guess = wanted - (asUtc(toCouncilLocal(new Date(guess))) - guess);
  return new Date(guess).toISOString();
}
