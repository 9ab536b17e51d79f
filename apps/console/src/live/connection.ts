import { io, Socket } from 'socket.io-client';
import type { EventView, LiveEvent, SubscribeAck } from '../api/types';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** An event of a followed patch campaign (`campaign.event`). */
export type CampaignLiveEvent = EventView & { campaignId: string };

type Listener = (event: LiveEvent | CampaignLiveEvent) => void;

/** What a subscription follows: an incident (`subscribe`) or a campaign (`campaign.subscribe`). */
type Kind = 'incident' | 'campaign';

interface Subscription {
  kind: Kind;
  id: string;
  /** The last seq delivered to the listeners: a resume asks for what follows it. */
  cursor: number;
  listeners: Set<Listener>;
  refused: string | null;
}

/**
 * One socket.io connection to /live for the signed-in user. Each incident (and patch
 * campaign) is subscribed once whatever the number of screens listening; after a
 * reconnect every subscription is renewed from its last seq, so nothing is missed and
 * nothing is applied twice.
 */
export class LiveConnection {
  private readonly socket: Socket;
  private readonly subs = new Map<string, Subscription>();
  private readonly stateListeners = new Set<(state: LiveState) => void>();
  state: LiveState = 'connecting';

  constructor(token: string) {
    this.socket = io('/live', {
      auth: { token },
      transports: ['websocket', 'polling'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5_000,
    });
    this.socket.on('connect', () => {
      this.setState('live');
      for (const sub of this.subs.values()) this.renew(sub);
    });
    this.socket.on('disconnect', () => this.setState('reconnecting'));
    this.socket.on('connect_error', () =>
      this.setState(this.state === 'connecting' ? 'connecting' : 'reconnecting'),
    );
    this.socket.io.on('reconnect_attempt', () => this.setState('reconnecting'));
    this.socket.on('event', (event: LiveEvent) =>
      this.receive(`incident:${event.incidentId}`, event),
    );
    this.socket.on('campaign.event', (event: CampaignLiveEvent) =>
      this.receive(`campaign:${event.campaignId}`, event),
    );
  }

  /** Follows an incident from `sinceSeq` (events after it are delivered first). */
  follow(incidentId: string, sinceSeq: number, listener: (event: LiveEvent) => void): () => void {
    return this.add('incident', incidentId, sinceSeq, listener as Listener);
  }

  /** Follows a patch campaign from `sinceSeq`, as `follow` does an incident. */
  followCampaign(
    campaignId: string,
    sinceSeq: number,
    listener: (event: CampaignLiveEvent) => void,
  ): () => void {
    return this.add('campaign', campaignId, sinceSeq, listener as Listener);
  }

  private receive(key: string, event: LiveEvent | CampaignLiveEvent): void {
    const sub = this.subs.get(key);
    if (!sub || event.seq <= sub.cursor) return;
    sub.cursor = event.seq;
    for (const listener of sub.listeners) listener(event);
  }

  private add(kind: Kind, id: string, sinceSeq: number, listener: Listener): () => void {
    const key = `${kind}:${id}`;
    let sub = this.subs.get(key);
    if (!sub) {
      sub = { kind, id, cursor: sinceSeq, listeners: new Set(), refused: null };
      this.subs.set(key, sub);
      sub.listeners.add(listener);
      if (this.socket.connected) this.renew(sub);
    } else {
      sub.listeners.add(listener);
    }
    return () => {
      const current = this.subs.get(key);
      if (!current) return;
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        this.subs.delete(key);
        if (!this.socket.connected) return;
        if (kind === 'incident')
          this.socket.emit('unsubscribe', { incidentId: id }, () => undefined);
        else this.socket.emit('campaign.unsubscribe', { campaignId: id }, () => undefined);
      }
    };
  }

  onState(listener: (state: LiveState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  close(): void {
    this.socket.close();
  }

  private renew(sub: Subscription): void {
    const request =
      sub.kind === 'incident'
        ? this.socket
            .timeout(15_000)
            .emitWithAck('subscribe', { incidentId: sub.id, sinceSeq: sub.cursor })
        : this.socket
            .timeout(15_000)
            .emitWithAck('campaign.subscribe', { campaignId: sub.id, sinceSeq: sub.cursor });
    request
      .then((ack: SubscribeAck) => {
        sub.refused = ack.ok ? null : ack.message;
      })
      .catch(() => {
        // no answer in time: the connection is in trouble; socket.io reconnects and renews
      });
  }

  private setState(state: LiveState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}
