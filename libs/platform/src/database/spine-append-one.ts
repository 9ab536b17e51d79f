import type { EntityManager } from 'typeorm';
import { canonicalEventParts } from '../audit/event-hash';
import type { AppendedEvent } from './spine-events';

/** A NOTIFY for the transaction: heard by listeners only if it commits. */
export interface Notify {
  channel: string;
  payload: string;
  /**
   * The transaction's only event goes in the payload after a newline (`carriedEvent`),
   * so listeners can deliver it without reading the log; left out past
   * `CARRIED_EVENT_MAX_BYTES`.
   */
  carryEvent?: boolean;
}

/** The largest event text a NOTIFY carries (PostgreSQL's payload limit is 8,000 bytes). */
export const CARRIED_EVENT_MAX_BYTES = 7_000;

/**
 * The ISO 8601 time (UTC, milliseconds) of a timestamptz in SQL, as `Date#toISOString`
 * writes it: the form the chain hashes.
 */
const isoAt = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Appends one event to a stream in one statement, its hash taken by PostgreSQL: the
 * stream's head is locked (`FOR UPDATE`) and read, the event's text is the canonical
 * one (`canonicalEventParts` around the seq, time and previous hash known only here),
 * then the head moves and the event is inserted. The head's upsert applies only on the
 * head it read: a stream created by another transaction meanwhile (it did not exist
 * when read) leaves nothing written, and the statement runs again on the stream as it
 * now is. The same hash, the same head and the same row as `writeStreamChunk`. The
 * NOTIFY goes only with the attempt that appended (a carried event is never one that
 * was not written).
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
    notify?.carryEvent === true,
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
            encode(sha256(convert_to($6::text || h.seq || ',"' || ${isoAt('h.at')} || '"' || $7::text
              || COALESCE('"' || h.prev || '"', 'null') || ']', 'UTF8')), 'hex') AS hash
     FROM h
   ), head AS (
     INSERT INTO event_streams AS s (stream, last_seq, last_hash)
     SELECT $1, seq, hash FROM hashed
     ON CONFLICT (stream) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash
     WHERE s.last_seq = EXCLUDED.last_seq - 1
     RETURNING last_seq
   ), carried AS (
     SELECT json_build_object('seq', hashed.seq, 'at', ${isoAt('hashed.at')}, 'type', $3::text,
              'actor', $4::jsonb, 'data', $5::jsonb)::text AS event
     FROM hashed JOIN head ON head.last_seq = hashed.seq
   ), notified AS (
     SELECT pg_notify($8::text, CASE
              WHEN $10::boolean AND octet_length(carried.event) <= ${CARRIED_EVENT_MAX_BYTES}
              THEN $9::text || E'\\n' || carried.event ELSE $9::text END)
     FROM carried WHERE $8::text IS NOT NULL
   )
   INSERT INTO events (stream, seq, incident_id, type, actor, data, prev_hash, hash, at)
   SELECT $1, hashed.seq, $2::uuid, $3::text, $4::jsonb, $5::jsonb, hashed.prev, hashed.hash, hashed.at
   FROM hashed JOIN head ON head.last_seq = hashed.seq
   LEFT JOIN notified ON true
   RETURNING id, seq, at`;
