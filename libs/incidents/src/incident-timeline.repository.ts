import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EventView, Page } from '@cordon/contracts';
import {
  AuditRecord,
  EventEntity,
  EventStreamEntity,
  incidentStream,
  keysetOrder,
  keysetPage,
  KeysetRequest,
} from '@cordon/platform';

/** Which of an incident's events a timeline read asks for. */
export interface TimelineFilter {
  /** Only events after this seq. */
  sinceSeq: number;
  /** Only these types. */
  types?: readonly string[];
  /** Only the significant ones: every type but `bulkTypes`, and tasks of `significantTaskKind`. */
  significant?: { bulkTypes: readonly string[]; significantTaskKind: string };
}

export interface LatestUpdate {
  message: string;
  at: string;
}

const OLDEST_FIRST = keysetOrder<EventEntity>(['e.seq'], (e) => [e.seq]);

const toEventView = (e: EventEntity): EventView => ({
  seq: e.seq,
  at: e.at.toISOString(),
  type: e.type,
  actor: e.actor,
  data: e.data,
});

/** An incident's event log read as its timeline (the spine writes it). */
@Injectable()
export class IncidentTimelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Events in `seq` order. */
  page(
    incidentId: string,
    filter: TimelineFilter,
    request: KeysetRequest,
  ): Promise<Page<EventView>> {
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.stream = :stream AND e.seq > :since', {
        stream: incidentStream(incidentId),
        since: filter.sinceSeq,
      });
    if (filter.significant) {
      qb.andWhere(
        `(e.type <> ALL(CAST(:bulk AS text[])) OR (e.type LIKE 'task.%' AND e.data->>'kind' = :kind))`,
        { bulk: [...filter.significant.bulkTypes], kind: filter.significant.significantTaskKind },
      );
    }
    if (filter.types) qb.andWhere('e.type = ANY(CAST(:types AS text[]))', { types: filter.types });
    return keysetPage(qb, OLDEST_FIRST, request, toEventView);
  }

  /** The seq of each incident's latest event (its stream's counter). */
  async lastSeqs(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(EventStreamEntity).find({
      where: { stream: In(ids.map(incidentStream)) },
    });
    return new Map(rows.map((r) => [r.stream.slice(r.stream.indexOf(':') + 1), r.lastSeq]));
  }

  /** Each incident's latest posted update: one index walk back per incident's stream. */
  async latestUpdates(ids: readonly string[]): Promise<Map<string, LatestUpdate>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; message: string; at: Date }[] = await this.dataSource.query(
      `SELECT i.id, u.message, u.at
       FROM unnest($1::uuid[]) AS i(id)
       CROSS JOIN LATERAL (
         SELECT e.data->>'message' AS message, e.at FROM events e
         WHERE e.stream = $2 || i.id::text AND e.type = 'incident.update_posted'
         ORDER BY e.seq DESC LIMIT 1
       ) u`,
      [[...ids], incidentStream('')],
    );
    return new Map(
      rows.map((r) => [r.id, { message: r.message, at: new Date(r.at).toISOString() }]),
    );
  }

  /**
   * The incident's whole log with its chain, for the audit export: `seq` order, read in
   * batches by keyset so a long log is never one huge result.
   */
  async *auditRecords(incidentId: string, batchSize = 1_000): AsyncGenerator<AuditRecord> {
    const stream = incidentStream(incidentId);
    let after = 0;
    for (;;) {
      const rows: (Omit<AuditRecord, 'at'> & { at: Date })[] = await this.dataSource.query(
        `SELECT stream, seq, at, type, actor, data, prev_hash AS "prevHash", hash
         FROM events WHERE stream = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [stream, after, batchSize],
      );
      for (const r of rows) yield { ...r, at: new Date(r.at).toISOString() };
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].seq;
    }
  }
}
