import type { ErrorCode } from './errors';
import type { EventType } from './event-map';
import type { EventViewOf, LiveEventOf } from './events';

/** socket.io namespace of the live feed. */
export const LIVE_NAMESPACE = '/live';

/**
 * socket.io namespace of the public status: no token; on connection the server emits
 * `status.updated` with the current StatusView, then again on every change. Emit-only.
 */
export const STATUS_NAMESPACE = '/status';

/** What the server emits on the public /status namespace (clients emit nothing). */
export interface PublicStatusServerEvents {
  'status.updated': (status: StatusView) => void;
}

export interface SubscribeRequest {
  incidentId: string;
  /** The last seq the client has; events after it are sent before the acknowledgement. */
  sinceSeq?: number;
}

export type SubscribeAck =
  { ok: true; seq: number } | { ok: false; code: ErrorCode; message: string };

/**
 * `campaign.subscribe`: follow a patch campaign's stream (`campaign:<id>`) from `sinceSeq`.
 * @hidden a socket message, not a schema of the HTTP api
 */
export interface CampaignSubscribeRequest {
  campaignId: string;
  /** The last seq the client has; events after it are sent before the acknowledgement. */
  sinceSeq?: number;
}

/**
 * One event of a followed campaign: the rows of `GET /campaigns/:id/events`, with its id.
 * @hidden a socket message, not a schema of the HTTP api
 */
export type CampaignLiveEventOf<T extends EventType = EventType> = EventViewOf<T> & {
  campaignId: string;
};

export interface StatusLan {
  code: string;
  phase: string;
  lanId: string;
  name: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  /** Machines on the LAN; `done` = verified or waived (as on the LAN board). */
  devices: { total: number; done: number };
}

export interface StatusIncident {
  reference: string;
  title: string;
  status: string;
  /** 1 (most severe) to 4. */
  severity: number;
  nextUpdateDueAt: string | null;
  /** The owner's latest update to staff (`POST /incidents/:id/updates`), or null. */
  latestUpdate: { message: string; at: string } | null;
  lans: StatusLan[];
}

/** A site and its LANs by name: what the public fault-report form offers. */
export interface StatusSite {
  id: string;
  code: string;
  name: string;
  lans: { id: string; code: string; name: string }[];
}

/** `GET /api/v1/status` and the `status.updated` socket event. */
export interface StatusView {
  incidents: StatusIncident[];
  /** Every site, each with its LANs, by code. */
  sites: StatusSite[];
  updatedAt: string;
}

/** What the server emits. */
export interface LiveServerEvents {
  /** One event of a subscribed incident: `data` is the event map's for its `type`. */
  event: (event: LiveEventOf) => void;
  /** One event of a followed campaign. */
  'campaign.event': (event: CampaignLiveEventOf) => void;
  'status.updated': (status: StatusView) => void;
}

/** What clients emit, with their acknowledgements. */
export interface LiveClientEvents {
  subscribe: (request: SubscribeRequest, ack: (answer: SubscribeAck) => void) => void;
  unsubscribe: (request: { incidentId: string }, ack: (answer: { ok: boolean }) => void) => void;
  'campaign.subscribe': (
    request: CampaignSubscribeRequest,
    ack: (answer: SubscribeAck) => void,
  ) => void;
  'campaign.unsubscribe': (
    request: { campaignId: string },
    ack: (answer: { ok: boolean }) => void,
  ) => void;
  'status.subscribe': (
    request: Record<string, never>,
    ack: (answer: { ok: true; status: StatusView }) => void,
  ) => void;
}
