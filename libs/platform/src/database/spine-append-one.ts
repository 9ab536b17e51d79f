import type { EntityManager } from 'typeorm';
import { canonicalEventParts } from '../audit/event-hash';
import type { AppendedEvent } from './spine-events';

/** A NOTIFY for the transaction: heard by listeners only if it commits. */
export interface Notify {
  channel: string;
  payload: string;
}

/**
 * The ISO 8601 time (UTC, milliseconds) of a timestamptz in SQL, as `Date#toISOString`
 * writes it: the form the chain hashes.
 */
const ISO_AT = `to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Appends one event to a stream in one statement, its hash taken by PostgreSQL: the
 * stream's head is locked (`FOR UPDATE`) and read, the event's text is the canonical
 * one (`canonicalEventParts` around the seq, time and previous hash known only here),
 * then the head moves and the event is inserted. The head's upsert applies only on the
 * head it read: a stream created by another transaction meanwhile (it did not exist
 * when read) leaves nothing written, and the statement runs again on the stream as it
 * now is. The same hash, the same head and the same row as `writeStreamChunk`.
 */
export async function appendOne(
  manager: EntityManager,
  stream: string,
  event: AppendedEvent,
  notify: Notify | undefined,
): Promise<void> {
  const { before, middle } = canonicalEventParts(event);
  const params = [
    stream,
    event.incidentId,
    event.type,
    JSON.stringify(event.actor),
    JSON.stringify(event.data),
    before,
    middle,
    notify?.channel ?? null,
    notify?.payload ?? null,
  ];
  for (let attempt = 0; ; attempt++) {
    const rows: { id: string; seq: number; at: Date }[] = await manager.query(
      APPEND_ONE_SQL,
      params,
    );
    if (rows.length === 1) return event.stored(rows[0]);
    if (attempt >= 3) throw new Error(`appending to ${stream}: its head kept moving`);
  }
}

export const APPEND_ONE_SQL = `WITH locked AS (
     SELECT last_seq, last_hash FROM event_streams WHERE stream = $1 FOR UPDATE
   ), h AS (
     SELECT COALESCE((SELECT last_seq FROM locked), 0) + 1 AS seq,
            (SELECT last_hash FROM locked) AS prev,
            date_trunc('milliseconds', now()) AS at
   ), hashed AS (
     SELECT h.seq, h.prev, h.at,
            encode(sha256(convert_to($6::text || h.seq || ',"' || ${ISO_AT} || '"' || $7::text
              || COALESCE('"' || h.prev || '"', 'null') || ']', 'UTF8')), 'hex') AS hash
     FROM h
   ), head AS (
     INSERT INTO event_streams AS s (stream, last_seq, last_hash)
     SELECT $1, seq, hash FROM hashed
     ON CONFLICT (stream) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash
     WHERE s.last_seq = EXCLUDED.last_seq - 1
     RETURNING last_seq
   ), notified AS (
     SELECT pg_notify($8::text, $9::text) WHERE $8::text IS NOT NULL
   )
   INSERT INTO events (stream, seq, incident_id, type, actor, data, prev_hash, hash, at)
   SELECT $1, hashed.seq, $2::uuid, $3::text, $4::jsonb, $5::jsonb, hashed.prev, hashed.hash, hashed.at
   FROM hashed JOIN head ON head.last_seq = hashed.seq
   LEFT JOIN notified ON true
   RETURNING id, seq, at`;
