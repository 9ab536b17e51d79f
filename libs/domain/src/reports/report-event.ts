import type { EventView, EventViewOf } from '@cordon/contracts';

/**
 * An event as the report reads it: a row of `GET /incidents/:id/events` (or of the
 * audit export). Data is typed by the event map once the type is known.
 */
export type ReportEvent = EventView;

/** The events in seq order, typed by the event map (unknown types pass through untyped). */
export const inSeqOrder = (events: readonly ReportEvent[]): EventViewOf[] =>
  [...events].sort((a, b) => a.seq - b.seq) as unknown as EventViewOf[];
