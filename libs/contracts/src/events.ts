import type { ActorRef } from './auth';

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
