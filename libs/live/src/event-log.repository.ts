import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActorRef, EventData, EventType } from '@cordon/contracts';
import { incidentStream } from '@cordon/platform';

/** A row of the event log: written by the spine, so its type and data are the event map's. */
export interface EventRow<T extends EventType = EventType> {
  seq: number;
  at: Date;
  type: T;
  actor: ActorRef;
  data: EventData<T>;
}

/** The live feed's reads of the event log: an incident's stream, or any other by name. */
@Injectable()
export class EventLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Up to `limit` events of the incident after `afterSeq`, in seq order. */
  incidentEventsAfter(incidentId: string, afterSeq: number, limit: number): Promise<EventRow[]> {
    return this.streamEventsAfter(incidentStream(incidentId), afterSeq, limit);
  }

  /** Up to `limit` events of the stream (`campaign:<id>`) after `afterSeq`, in seq order. */
  streamEventsAfter(stream: string, afterSeq: number, limit: number): Promise<EventRow[]> {
    return this.dataSource.query(
      `SELECT seq, at, type, actor, data FROM events WHERE stream = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [stream, afterSeq, limit],
    );
  }

  /** Whether the stream has had an event (a campaign's first is `campaign.created`). */
  async streamExists(stream: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM event_streams WHERE stream = $1`,
      [stream],
    );
    return rows.length > 0;
  }
}
