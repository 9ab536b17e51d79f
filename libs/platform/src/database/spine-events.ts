import type { EntityManager } from 'typeorm';
import type { ActorRef, EventData, EventType } from '@cordon/contracts';
import { chainHashes } from '../audit/event-hash';
import { appendOne, Notify } from './spine-append-one';

export const incidentStream = (incidentId: string): string => `incident:${incidentId}`;

/**
 * An event a command appends. The spine writes it once the command has written its
 * rows, just before commit; its `id`, `seq` and `at` are known from then on (after
 * `spine.run`, or in `tx.afterAppend`).
 */
export class AppendedEvent<T extends EventType = EventType> {
  private row: { id: string; seq: number; at: Date } | null = null;

  constructor(
    readonly stream: string,
    readonly incidentId: string | null,
    readonly type: T,
    readonly actor: ActorRef,
    readonly data: EventData<T>,
  ) {}

  get id(): string {
    return this.written().id;
  }

  get seq(): number {
    return this.written().seq;
  }

  get at(): Date {
    return this.written().at;
  }

  /** Called by the spine as it writes the event. */
  stored(row: { id: string; seq: number; at: Date }): void {
    this.row = row;
  }

  private written(): { id: string; seq: number; at: Date } {
    if (!this.row) {
      throw new Error(
        `${this.type} is written after the command's rows: read its seq in tx.afterAppend or after spine.run`,
      );
    }
    return this.row;
  }
}

/** What a command appends to: the transaction itself, or a place it kept (`tx.reserve()`). */
export interface EventAppender {
  /** An event on a stream; `data` is the event map's for `type` (libs/contracts). */
  append<T extends EventType>(
    stream: string,
    type: T,
    data: EventData<T>,
    incidentId?: string | null,
  ): AppendedEvent<T>;
  /** An event on an incident's timeline. */
  appendToIncident<T extends EventType>(
    incidentId: string,
    type: T,
    data: EventData<T>,
  ): AppendedEvent<T>;
}

/** Events recorded in one place of the command's order. */
class EventList implements EventAppender {
  readonly entries: (AppendedEvent | EventList)[] = [];

  constructor(
    private readonly actor: ActorRef,
    private readonly isOpen: () => boolean,
  ) {}

  append<T extends EventType>(
    stream: string,
    type: T,
    data: EventData<T>,
    incidentId: string | null = null,
  ): AppendedEvent<T> {
    if (!this.isOpen()) {
      throw new Error(`${type}: events are appended by the command, before it returns`);
    }
    const event = new AppendedEvent(stream, incidentId, type, this.actor, data);
    this.entries.push(event as AppendedEvent);
    return event;
  }

  appendToIncident<T extends EventType>(
    incidentId: string,
    type: T,
    data: EventData<T>,
  ): AppendedEvent<T> {
    return this.append(incidentStream(incidentId), type, data, incidentId);
  }

  reserve(): EventList {
    const place = new EventList(this.actor, this.isOpen);
    this.entries.push(place);
    return place;
  }

  flatten(into: AppendedEvent[] = []): AppendedEvent[] {
    for (const entry of this.entries) {
      if (entry instanceof EventList) entry.flatten(into);
      else into.push(entry);
    }
    return into;
  }
}

/**
 * A command's events, held until its rows are written. Appending takes the stream's
 * row lock (`event_streams`) until commit; a transaction holding it must never then
 * wait for a row another writer holds while that writer waits for the stream (a
 * deadlock). So the spine appends every event last, in the order the command appended
 * them, whatever order the command's code does things in.
 */
export class PendingEvents implements EventAppender {
  private open = true;
  private readonly list: EventList;

  constructor(actor: ActorRef) {
    this.list = new EventList(actor, () => this.open);
  }

  append<T extends EventType>(
    stream: string,
    type: T,
    data: EventData<T>,
    incidentId: string | null = null,
  ): AppendedEvent<T> {
    return this.list.append(stream, type, data, incidentId);
  }

  appendToIncident<T extends EventType>(
    incidentId: string,
    type: T,
    data: EventData<T>,
  ): AppendedEvent<T> {
    return this.list.appendToIncident(incidentId, type, data);
  }

  /** A place in the order for events known only later (an empty place appends nothing). */
  reserve(): EventAppender {
    return this.list.reserve();
  }

  /** The streams written to, in the order they are written (name order). */
  streams(): string[] {
    return [...new Set(this.list.flatten().map((e) => e.stream))].sort();
  }

  /**
   * Writes every event, each with the next gap-free `seq` of its stream; once. One
   * statement per stream (in chunks): the stream's counter moves by the number of its
   * events and they take the numbers in the order appended. Streams are taken in name
   * order, so two commands writing to the same streams lock them in the same order.
   * `notify` (the transaction's NOTIFY, delivered on commit) goes with the last
   * statement when that statement can carry it, else after it; either way before commit.
   */
  async write(manager: EntityManager, notify?: Notify): Promise<AppendedEvent[]> {
    this.open = false;
    const events = this.list.flatten();
    const byStream = new Map<string, AppendedEvent[]>();
    for (const event of events) {
      const list = byStream.get(event.stream);
      if (list) list.push(event);
      else byStream.set(event.stream, [event]);
    }
    const chunks: [string, AppendedEvent[]][] = [];
    for (const stream of [...byStream.keys()].sort()) {
      const list = byStream.get(stream) as AppendedEvent[];
      for (let i = 0; i < list.length; i += WRITE_CHUNK) {
        chunks.push([stream, list.slice(i, i + WRITE_CHUNK)]);
      }
    }
    let notified = !notify;
    for (const [n, [stream, chunk]] of chunks.entries()) {
      const last = n === chunks.length - 1;
      if (chunk.length === 1) {
        const carry = last && notify ? { ...notify, carryEvent: events.length === 1 } : undefined;
        await appendOne(manager, stream, chunk[0], carry);
        notified ||= last;
      } else await writeStreamChunk(manager, stream, chunk);
    }
    if (!notified && notify) {
      await manager.query(`SELECT pg_notify($1, $2)`, [notify.channel, notify.payload]);
    }
    return events;
  }
}

const WRITE_CHUNK = 2_000;

/**
 * Appends events of one stream: the stream's counter moves under its row lock and gives
 * the chain's head; the chunk's hashes are chained in order here (`chainHashes`); then
 * one statement inserts the chunk and moves the head. Each event learns its id, seq and time.
 */
async function writeStreamChunk(
  manager: EntityManager,
  stream: string,
  events: AppendedEvent[],
): Promise<void> {
  // the events' time is the transaction's, to the millisecond, so that the time hashed is
  // the time stored and exported
  const [head]: { last_seq: number; last_hash: string | null; at: Date }[] = await manager.query(
    `INSERT INTO event_streams (stream, last_seq) VALUES ($1, $2)
     ON CONFLICT (stream) DO UPDATE SET last_seq = event_streams.last_seq + $2
     RETURNING last_seq, last_hash, date_trunc('milliseconds', now()) AS at`,
    [stream, events.length],
  );
  const firstSeq = head.last_seq - events.length + 1;
  const at = new Date(head.at).toISOString();
  const hashes = chainHashes(
    stream,
    firstSeq,
    head.last_hash,
    events.map((e) => ({ at, type: e.type, actor: e.actor, data: e.data })),
  );
  const rows: { id: string; seq: number; at: Date }[] = await manager.query(
    `WITH head AS (
       UPDATE event_streams SET last_hash = $4 WHERE stream = $1
     )
     INSERT INTO events (stream, seq, incident_id, type, actor, data, prev_hash, hash, at)
     SELECT $1, $2::int - 1 + e.n, (e.ev->>'incidentId')::uuid, e.ev->>'type', e.ev->'actor',
            e.ev->'data', e.ev->>'prevHash', e.ev->>'hash', $5::timestamptz
     FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(ev, n)
     RETURNING id, seq, at`,
    [
      stream,
      firstSeq,
      JSON.stringify(
        events.map((e, i) => ({
          incidentId: e.incidentId,
          type: e.type,
          actor: e.actor,
          data: e.data,
          prevHash: hashes[i].prevHash,
          hash: hashes[i].hash,
        })),
      ),
      hashes[hashes.length - 1].hash,
      at,
    ],
  );
  for (const row of rows) events[row.seq - firstSeq].stored(row);
}
