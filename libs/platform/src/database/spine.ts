import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ActorRef } from '@cordon/contracts';

export const EVENTS_CHANNEL = 'cordon_events';
export const OUTBOX_CHANNEL = 'cordon_outbox';

export interface AppendedEvent {
  id: string;
  stream: string;
  seq: number;
  incidentId: string | null;
  type: string;
  actor: ActorRef;
  data: Record<string, unknown>;
  at: Date;
}

export interface OutboxItem {
  queue: string;
  name: string;
  /** Deterministic: the same side effect always gets the same id, so it is queued once. */
  jobId: string;
  payload: Record<string, unknown>;
  delayMs?: number;
}

export const incidentStream = (incidentId: string): string => `incident:${incidentId}`;

/** The streams a transaction wrote to, as the `cordon_events` payload; `*` when too many to list. */
export function eventsPayload(events: { stream: string }[]): string {
  const payload = [...new Set(events.map((e) => e.stream))].join(',');
  return payload.length > 7_000 ? '*' : payload;
}

export function parseEventsPayload(payload: string): string[] | '*' {
  return payload === '*' || payload === '' ? '*' : payload.split(',');
}

/** One transaction's view of the spine: its state writes, its events, its outbox rows. */
export class SpineTransaction {
  readonly events: AppendedEvent[] = [];
  private outboxCount = 0;

  constructor(
    readonly manager: EntityManager,
    readonly actor: ActorRef,
  ) {}

  /** Appends an event to a stream with the next gap-free `seq` of that stream. */
  async append(
    stream: string,
    type: string,
    data: Record<string, unknown>,
    incidentId: string | null = null,
  ): Promise<AppendedEvent> {
    const rows: { id: string; seq: number; at: Date }[] = await this.manager.query(
      `WITH s AS (
         INSERT INTO event_streams (stream, last_seq) VALUES ($1, 1)
         ON CONFLICT (stream) DO UPDATE SET last_seq = event_streams.last_seq + 1
         RETURNING last_seq
       )
       INSERT INTO events (stream, seq, incident_id, type, actor, data)
       SELECT $1, s.last_seq, $2, $3, $4, $5 FROM s
       RETURNING id, seq, at`,
      [stream, incidentId, type, JSON.stringify(this.actor), JSON.stringify(data)],
    );
    const event = { ...rows[0], stream, incidentId, type, actor: this.actor, data };
    this.events.push(event);
    return event;
  }

  /** An event on an incident's timeline. */
  appendToIncident(
    incidentId: string,
    type: string,
    data: Record<string, unknown>,
  ): Promise<AppendedEvent> {
    return this.append(incidentStream(incidentId), type, data, incidentId);
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

  /** NOTIFY is transactional: listeners hear it only if the transaction commits. */
  async notifyOnCommit(): Promise<void> {
    if (this.events.length > 0) {
      await this.manager.query(`SELECT pg_notify($1, $2)`, [
        EVENTS_CHANNEL,
        eventsPayload(this.events),
      ]);
    }
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
      await tx.notifyOnCommit();
      return result;
    });
  }
}

export const SYSTEM_ACTOR: ActorRef = { id: null, name: 'Cordon', kind: 'system' };
