import { io, Socket } from 'socket.io-client';
import type { LiveEvent, SubscribeAck } from '../api/types';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

type Listener = (event: LiveEvent) => void;

interface Subscription {
  /** The last seq delivered to the listeners: a resume asks for what follows it. */
  cursor: number;
  listeners: Set<Listener>;
  refused: string | null;
}

/**
 * One socket.io connection to /live for the signed-in user. Each incident is subscribed
 * once whatever the number of screens listening; after a reconnect every subscription
 * is renewed from its last seq, so nothing is missed and nothing is applied twice.
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
      for (const [incidentId, sub] of this.subs) this.renew(incidentId, sub);
    });
    this.socket.on('disconnect', () => this.setState('reconnecting'));
    this.socket.on('connect_error', () =>
      this.setState(this.state === 'connecting' ? 'connecting' : 'reconnecting'),
    );
    this.socket.io.on('reconnect_attempt', () => this.setState('reconnecting'));
    this.socket.on('event', (event: LiveEvent) => {
      const sub = this.subs.get(event.incidentId);
      if (!sub || event.seq <= sub.cursor) return;
      sub.cursor = event.seq;
      for (const listener of sub.listeners) listener(event);
    });
  }

  /** Follows an incident from `sinceSeq` (events after it are delivered first). */
  follow(incidentId: string, sinceSeq: number, listener: Listener): () => void {
    let sub = this.subs.get(incidentId);
    if (!sub) {
      sub = { cursor: sinceSeq, listeners: new Set(), refused: null };
      this.subs.set(incidentId, sub);
      sub.listeners.add(listener);
      if (this.socket.connected) this.renew(incidentId, sub);
    } else {
      sub.listeners.add(listener);
    }
    return () => {
      const current = this.subs.get(incidentId);
      if (!current) return;
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        this.subs.delete(incidentId);
        if (this.socket.connected) this.socket.emit('unsubscribe', { incidentId }, () => undefined);
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

  private renew(incidentId: string, sub: Subscription): void {
    this.socket
      .timeout(15_000)
      .emitWithAck('subscribe', { incidentId, sinceSeq: sub.cursor })
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
