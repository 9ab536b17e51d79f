import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ActorRef, EventData, EventType, OutboxJob, QueueName } from '@cordon/contracts';
import { AppendedEvent, EventAppender, PendingEvents } from './spine-events';

export { AppendedEvent, incidentStream } from './spine-events';
export type { EventAppender } from './spine-events';

export const EVENTS_CHANNEL = 'cordon_events';
export const OUTBOX_CHANNEL = 'cordon_outbox';

/** An outbox row, typed by the job map: a known queue, one of its jobs, that job's data. */
export type OutboxItem<Q extends QueueName = QueueName> = OutboxJob<Q>;

/** The streams a transaction wrote to, as the `cordon_events` payload; `*` when too many to list. */
export function eventsPayload(events: { stream: string }[]): string {
  const payload = [...new Set(events.map((e) => e.stream))].join(',');
  return payload.length > 7_000 ? '*' : payload;
}

/** A committed event as its NOTIFY carries it: the log's row, `at` in ISO 8601. */
export interface CarriedEvent {
  seq: number;
  at: string;
  type: EventType;
  actor: ActorRef;
  data: unknown;
}

/**
 * A `cordon_events` notice: the streams written, and the event itself when the
 * transaction wrote only one (`Notify.carryEvent`), after a newline.
 */
export function parseEventsNotice(payload: string): {
  streams: string[] | '*';
  event: CarriedEvent | null;
} {
  const newline = payload.indexOf('\n');
  const head = newline < 0 ? payload : payload.slice(0, newline);
  const streams = head === '*' || head === '' ? '*' : head.split(',');
  if (newline < 0 || streams === '*' || streams.length !== 1) return { streams, event: null };
  try {
    return { streams, event: JSON.parse(payload.slice(newline + 1)) as CarriedEvent };
  } catch {
    return { streams, event: null };
  }
}

/**
 * One transaction's view of the spine: its state writes, its events, its outbox rows.
 * Events are appended by the spine after the command's writes (see `PendingEvents`).
 */
export class SpineTransaction implements EventAppender {
  /** The events written, once the command has returned. */
  events: AppendedEvent[] = [];
  private readonly pending: PendingEvents;
  private readonly afterAppendWork: (() => Promise<void>)[] = [];
  private outboxCount = 0;

  constructor(
    readonly manager: EntityManager,
    readonly actor: ActorRef,
  ) {
    this.pending = new PendingEvents(actor);
  }

  /**
   * An event on a stream with the next gap-free `seq` of that stream: written after the
   * command's rows, in the order appended, so its `seq` is known only then.
   */
  append<T extends EventType>(
    stream: string,
    type: T,
    data: EventData<T>,
    incidentId: string | null = null,
  ): AppendedEvent<T> {
    return this.pending.append(stream, type, data, incidentId);
  }

  /** An event on an incident's timeline. */
  appendToIncident<T extends EventType>(
    incidentId: string,
    type: T,
    data: EventData<T>,
  ): AppendedEvent<T> {
    return this.pending.appendToIncident(incidentId, type, data);
  }

  /** A place in this command's event order, for events it learns of only later. */
  reserve(): EventAppender {
    return this.pending.reserve();
  }

  /** Work that needs the `seq` of an event appended here (a job id): runs once it is written. */
  afterAppend(work: () => Promise<void>): void {
    this.afterAppendWork.push(work);
  }

  /**
   * The command has returned: its events with their NOTIFY (in the last append when it
   * can carry it: the stream's lock is held from the append to commit, so nothing else
   * waits in between), the work waiting on them, then the outbox's NOTIFY.
   */
  async finish(): Promise<void> {
    const streams = this.pending.streams();
    const notify = streams.length
      ? { channel: EVENTS_CHANNEL, payload: eventsPayload(streams.map((stream) => ({ stream }))) }
      : undefined;
    this.events = await this.pending.write(this.manager, notify);
    for (const work of this.afterAppendWork.splice(0)) await work();
    await this.notifyOutbox();
  }

  /** Outbox rows: relayed to the queue after commit. A repeated jobId is ignored. */
  async enqueue(items: OutboxItem | OutboxItem[]): Promise<void> {
    const list = Array.isArray(items) ? items : [items];
    for (let i = 0; i < list.length; i += 1000) {
      const chunk = list.slice(i, i + 1000);
      const params: unknown[] = [];
      const values = chunk.map((item, n) => {
        params.push(
          item.queue,
          item.name,
          item.jobId,
          JSON.stringify(item.payload),
          item.delayMs ?? 0,
        );
        const b = n * 5;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
      });
      await this.manager.query(
        `INSERT INTO outbox (queue, job_name, job_id, payload, delay_ms) VALUES ${values.join(', ')}
         ON CONFLICT (job_id) DO NOTHING`,
        params,
      );
    }
    this.outboxCount += list.length;
  }

  /** NOTIFY is transactional: the relay hears it only if the transaction commits. */
  private async notifyOutbox(): Promise<void> {
    if (this.outboxCount > 0)
      await this.manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }
}

/**
 * The spine: every state change runs through `run`, which writes the state, its
 * events and its outbox rows in ONE transaction.
 */
@Injectable()
export class Spine {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(actor: ActorRef, work: (tx: SpineTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const tx = new SpineTransaction(manager, actor);
      const result = await work(tx);
      await tx.finish();
      return result;
    });
  }
}

export const SYSTEM_ACTOR: ActorRef = { id: null, name: 'Cordon', kind: 'system' };
