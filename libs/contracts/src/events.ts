import type { ActorRef } from './auth';
import type { EventMap, EventType } from './event-map';

/** One row of an event stream, as `GET /incidents/:id/events` and the socket send it. */
export interface EventView {
  seq: number;
  at: string;
  type: string;
  actor: ActorRef;
  data: Record<string, unknown>;
}

export interface LiveEvent extends EventView {
  incidentId: string;
}

/**
 * `EventView` with `data` typed by `type` (the event map): a union over every type by
 * default, narrowed by `event.type === '…'`. The same JSON as `EventView`.
 */
export type EventViewOf<T extends EventType = EventType> = {
  [K in T]: { seq: number; at: string; type: K; actor: ActorRef; data: EventMap[K] };
}[T];

/**
 * `LiveEvent` typed the same way.
 * @hidden a typing of `LiveEvent` for code, not a schema of its own
 */
export type LiveEventOf<T extends EventType = EventType> = EventViewOf<T> & { incidentId: string };
