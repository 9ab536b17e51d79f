import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import type { EventType, LiveEventOf } from '@cordon/contracts';
import {
  AppConfig,
  APP_CONFIG,
  CarriedEvent,
  EVENTS_CHANNEL,
  parseEventsNotice,
  PgListener,
} from '@cordon/platform';
import { EventLogRepository, EventRow } from './event-log.repository';

export interface LiveSubscriber {
  /** The socket id (socket.io puts every socket in a room of its own id). */
  id: string;
  /**
   * The last seq this subscriber is past: sent, or passed over because a stream's
   * delivery left it out for this subscriber.
   */
  cursor: number;
  /** The one department whose events this subscriber may read; null or absent: all. */
  department?: string | null;
}

/** Sends one event to several subscribers at once (encoded once). */
export type Deliver = (subscriberIds: string[], event: LiveEventOf) => void;

/** Sends one row of a stream to some of its subscribers (each may be sent less, or nothing). */
export type SendRow = (subscribers: LiveSubscriber[], row: EventRow) => void;

/**
 * The same for a stream of another kind: given a page of its rows (`key` is the stream's
 * name after its prefix), does what lookups the page needs, then says how to send a row.
 */
export type DeliverRows = (key: string, rows: EventRow[]) => Promise<SendRow>;

const INCIDENT_PREFIX = 'incident:';

interface Channel {
  /** The stream's name: `incident:<id>`, `campaign:<id>`. */
  stream: string;
  subscribers: Map<string, LiveSubscriber>;
  running: Promise<void> | null;
  waiters: (() => void)[];
  /** Events their NOTIFY carried, in seq order, not yet passed on. */
  carried: EventRow[];
  /** A pass must read the log (a subscribe, a poll, a NOTIFY that carried no event). */
  readNeeded: boolean;
}

const toLiveEvent = <T extends EventType>(incidentId: string, row: EventRow<T>): LiveEventOf =>
  ({
    seq: row.seq,
    incidentId,
    type: row.type,
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    data: row.data,
  }) as LiveEventOf;

const PAGE = 500;

const carriedRow = (event: CarriedEvent): EventRow => ({
  seq: event.seq,
  at: new Date(event.at),
  type: event.type,
  actor: event.actor,
  data: event.data as EventRow['data'],
});

/**
 * Whether carried events can stand in for a read of the log after `from`: they start at
 * or before the next seq and leave no gap (a NOTIFY that carried nothing marks a read).
 */
function followsOn(carried: EventRow[], from: number): boolean {
  if (carried.length === 0 || (carried[0] as EventRow).seq > from + 1) return false;
  return carried.every((row, i) => i === 0 || row.seq === (carried[i - 1] as EventRow).seq + 1);
}

/**
 * Delivers each incident's (and campaign's) events from the event log to this process's subscribers, in
 * seq order, none missed, none twice. Every api process runs one: PostgreSQL's
 * NOTIFY (sent only on commit) wakes it, a slow poll covers notifications lost while
 * the listener reconnects. Each subscriber has its own cursor, so a client catching up
 * and a client streaming live are served by the same reads.
 */
@Injectable()
export class LiveFeed implements BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveFeed.name);
  private readonly channels = new Map<string, Channel>();
  private listener: PgListener | null = null;
  private poll: NodeJS.Timeout | null = null;
  private starting: Promise<void> | null = null;
  /** By stream prefix (`incident:`, `campaign:`): how to reach the sockets. */
  private readonly deliveries = new Map<string, DeliverRows>();
  private readonly streamListeners: ((streams: string[] | '*') => void)[] = [];

  constructor(
    private readonly events: EventLogRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The gateway says how to reach its sockets. */
  useDelivery(deliver: Deliver): void {
    this.deliveries.set(
      INCIDENT_PREFIX,
      async (incidentId) => (subscribers, row) =>
        deliver(
          subscribers.map((s) => s.id),
          toLiveEvent(incidentId, row),
        ),
    );
  }

  /** The same for the streams named `<prefix><key>` (`campaign:`). */
  useStreamDelivery(prefix: string, deliver: DeliverRows): void {
    this.deliveries.set(prefix, deliver);
  }

  /** Starts listening (once, on first use). */
  private ensureStarted(): Promise<void> {
    this.starting ??= (async () => {
      this.listener = new PgListener(
        this.config.databaseUrl,
        [EVENTS_CHANNEL],
        (_channel, payload) => this.onNotify(payload),
        () => this.pumpAll(),
      );
      await this.listener.start();
      this.poll = setInterval(() => this.pumpAll(), 2_000);
      this.poll.unref();
    })();
    return this.starting;
  }

  /** Called with the streams of every committed transaction that wrote events. */
  onCommittedStreams(listener: (streams: string[] | '*') => void): void {
    this.streamListeners.push(listener);
    void this.ensureStarted();
  }

  private onNotify(payload: string): void {
    const { streams, event } = parseEventsNotice(payload);
    for (const listener of this.streamListeners) listener(streams);
    if (streams === '*') return this.pumpAll();
    for (const stream of streams) {
      const channel = this.channels.get(stream);
      if (!channel) continue;
      if (event) channel.carried.push(carriedRow(event));
      void this.pump(channel, !event);
    }
  }

  private pumpAll(): void {
    for (const channel of this.channels.values()) void this.pump(channel);
  }

  /**
   * Registers a subscriber and resolves once every event after its cursor that was
   * committed before the call has been sent to it; returns the cursor then.
   */
  subscribe(incidentId: string, subscriber: LiveSubscriber): Promise<number> {
    return this.subscribeStream(`${INCIDENT_PREFIX}${incidentId}`, subscriber);
  }

  unsubscribe(incidentId: string, subscriberId: string): void {
    this.unsubscribeStream(`${INCIDENT_PREFIX}${incidentId}`, subscriberId);
  }

  /** `subscribe` for any stream whose prefix has a delivery (`campaign:<id>`). */
  async subscribeStream(stream: string, subscriber: LiveSubscriber): Promise<number> {
    await this.ensureStarted();
    let channel = this.channels.get(stream);
    if (!channel) {
      channel = {
        stream,
        subscribers: new Map(),
        running: null,
        waiters: [],
        carried: [],
        readNeeded: true,
      };
      this.channels.set(stream, channel);
    }
    channel.subscribers.set(subscriber.id, subscriber);
    await this.pump(channel);
    return subscriber.cursor;
  }

  unsubscribeStream(stream: string, subscriberId: string): void {
    const channel = this.channels.get(stream);
    if (!channel) return;
    channel.subscribers.delete(subscriberId);
    if (channel.subscribers.size === 0 && !channel.running) this.channels.delete(stream);
  }

  /**
   * Resolves after a full pass that started after this call. Passes never overlap.
   * `read: false` (a NOTIFY that carried its event) lets the pass send the carried
   * events without reading the log, when they follow on from every cursor.
   */
  private pump(channel: Channel, read = true): Promise<void> {
    if (read) channel.readNeeded = true;
    const done = new Promise<void>((resolve) => channel.waiters.push(resolve));
    if (!channel.running) {
      channel.running = (async () => {
        while (channel.waiters.length > 0) {
          const waiters = channel.waiters.splice(0);
          try {
            await this.pass(channel);
          } catch (err) {
            this.logger.warn(`live feed for ${channel.stream}: ${(err as Error).message}`);
          }
          waiters.forEach((resolve) => resolve());
        }
        channel.running = null;
        if (channel.subscribers.size === 0) this.channels.delete(channel.stream);
      })();
    }
    return done;
  }

  private async pass(channel: Channel): Promise<void> {
    // what NOTIFYs carried since the last pass; unused when this pass must read anyway
    let carried = channel.carried.splice(0);
    if (channel.readNeeded) carried = [];
    channel.readNeeded = false;
    for (;;) {
      const subscribers = [...channel.subscribers.values()];
      if (subscribers.length === 0) return;
      const from = Math.min(...subscribers.map((s) => s.cursor));
      const fromCarried = followsOn(carried, from);
      const rows = fromCarried
        ? carried.filter((row) => row.seq > from)
        : await this.events.streamEventsAfter(channel.stream, from, PAGE);
      carried = [];
      const prefix = channel.stream.slice(0, channel.stream.indexOf(':') + 1);
      const key = channel.stream.slice(prefix.length);
      const delivery = this.deliveries.get(prefix);
      // the page's lookups first: a failure there moves no cursor
      const send: SendRow = delivery ? await delivery(key, rows) : () => undefined;
      for (const row of rows) {
        const due = subscribers.filter((s) => row.seq > s.cursor);
        if (due.length === 0) continue;
        for (const subscriber of due) subscriber.cursor = row.seq;
        send(due, row);
      }
      // later commits have NOTIFYs of their own, each starting a pass
      if (fromCarried || rows.length < PAGE) return;
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    await this.listener?.stop();
    this.channels.clear();
  }
}
