import type { ErrorCode } from './errors';
import type { LiveEvent } from './events';

/** socket.io namespace of the live feed. */
export const LIVE_NAMESPACE = '/live';

export interface SubscribeRequest {
  incidentId: string;
  /** The last seq the client has; events after it are sent before the acknowledgement. */
  sinceSeq?: number;
}

export type SubscribeAck =
  { ok: true; seq: number } | { ok: false; code: ErrorCode; message: string };

export interface StatusLan {
  code: string;
  phase: string;
}

export interface StatusIncident {
  reference: string;
  title: string;
  status: string;
  nextUpdateDueAt: string | null;
  lans: StatusLan[];
}

/** `GET /api/v1/status` and the `status.updated` socket event. */
export interface StatusView {
  incidents: StatusIncident[];
  updatedAt: string;
}

/** What the server emits. */
export interface LiveServerEvents {
  event: (event: LiveEvent) => void;
  'status.updated': (status: StatusView) => void;
}

/** What clients emit, with their acknowledgements. */
export interface LiveClientEvents {
  subscribe: (request: SubscribeRequest, ack: (answer: SubscribeAck) => void) => void;
  unsubscribe: (request: { incidentId: string }, ack: (answer: { ok: boolean }) => void) => void;
  'status.subscribe': (
    request: Record<string, never>,
    ack: (answer: { ok: true; status: StatusView }) => void,
  ) => void;
}
