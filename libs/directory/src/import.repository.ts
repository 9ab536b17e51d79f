import { EntityManager } from 'typeorm';
import type { StoredCounts } from '@cordon/domain';

/**
 * The set-based statements every CSV import runs: one INSERT … SELECT FROM unnest(…)
 * ON CONFLICT DO UPDATE for all good rows, counted into created and updated by
 * `xmax = 0`, and one DELETE of the rows a pruning file no longer names.
 */
export async function upsertCounted<T>(
  manager: EntityManager,
  insert: string,
  rows: T[],
  options: {
    /** The conflict key: rows are written in its order, so concurrent imports cannot deadlock. */
    key: (row: T) => string;
    /** One array parameter per column, in the order of `insert`'s placeholders. */
    columns: ((row: T) => unknown)[];
    /** Parameters after the columns' arrays. */
    flags: unknown[];
  },
): Promise<StoredCounts> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const sorted = [...rows].sort((a, b) => (options.key(a) < options.key(b) ? -1 : 1));
  const [result]: StoredCounts[] = await manager.query(
    `WITH up AS (${insert} RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::int AS created,
            count(*) FILTER (WHERE NOT inserted)::int AS updated
     FROM up`,
    [...options.columns.map((column) => sorted.map(column)), ...options.flags],
  );
  return result;
}

/** Deletes every row of `table` whose `key` column is not in `keep`; their keys, sorted. */
export async function deleteAllExcept(
  manager: EntityManager,
  table: 'staff' | 'devices',
  key: 'email' | 'hostname',
  keep: string[],
): Promise<string[]> {
  const rows: { key: string }[] = await manager.query(
    `WITH gone AS (DELETE FROM ${table} WHERE NOT (${key} = ANY($1::text[])) RETURNING ${key})
     SELECT ${key} AS key FROM gone`,
    [keep],
  );
  return rows.map((r) => r.key).sort();
}
