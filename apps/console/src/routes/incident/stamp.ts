import { clock, councilDay, when } from '../../ui/time';

/** "14:02" today, "Wed 2 Dec, 14:02" another day (the council's time zone). */
export const stamp = (iso: string, now: Date = new Date()): string =>
  councilDay(new Date(iso)) === councilDay(now) ? clock(iso) : when(iso);
