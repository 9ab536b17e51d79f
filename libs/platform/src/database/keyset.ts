import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page } from '@cordon/contracts';
import { decodeCursor, pageLimit, toPage } from '../http/pagination';

/** One column of a keyset: its SQL expression and, where PostgreSQL needs it, a cast. */
export interface KeysetColumn {
  /** `s.name` in SQL, or `s.name` (alias.property) for a query builder. */
  readonly column: string;
  /** Cast for the cursor's value, e.g. `uuid` or `timestamptz`. */
  readonly cast?: string;
}

/**
 * A list's sort order: the columns that make a row's key unique, one direction for
 * all of them (a row comparison cannot mix directions), and how to read the key off a
 * row for the next cursor.
 */
export interface KeysetOrder<R> {
  readonly columns: readonly KeysetColumn[];
  readonly direction: 'asc' | 'desc';
  readonly key: (row: R) => (string | number)[];
}

/** What a list request asks for: a page size and the cursor of the previous page. */
export interface KeysetRequest {
  readonly limit?: number;
  readonly cursor?: string;
}

/** The SQL for one page, to put after the list's own filters. */
export interface KeysetClause<R> {
  /** `(k1, k2) < ($n, $m)` or null on the first page: AND it with the list's filters. */
  readonly where: string | null;
  /** `ORDER BY k1 DESC, k2 DESC LIMIT $l` (limit + 1 rows, to know whether more follow). */
  readonly tail: string;
  /** The page of at most `limit` rows, with the cursor of the last one if more follow. */
  page<T>(rows: R[], view: (row: R) => T): Page<T>;
}

/** Declares a list's keyset order (direction defaults to ascending). */
export function keysetOrder<R>(
  columns: readonly (string | KeysetColumn)[],
  key: (row: R) => (string | number)[],
  direction: 'asc' | 'desc' = 'asc',
): KeysetOrder<R> {
  if (columns.length === 0) throw new Error('a keyset needs at least one column');
  return {
    columns: columns.map((c) => (typeof c === 'string' ? { column: c } : c)),
    direction,
    key,
  };
}

const comparator = (direction: 'asc' | 'desc'): string => (direction === 'desc' ? '<' : '>');

const row = (parts: string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join(', ')})`);

/**
 * The keyset part of a raw SQL list. Its values are pushed onto `params`, the list's
 * positional parameters so far, so the placeholders it writes ($n…) follow the
 * list's own: build the filters first, then call this.
 */
export function keysetClause<R>(
  order: KeysetOrder<R>,
  request: KeysetRequest,
  params: unknown[],
): KeysetClause<R> {
  const limit = pageLimit(request);
  const after = decodeCursor(request.cursor, order.columns.length);
  const placeholder = (value: unknown, cast?: string): string => {
    params.push(value);
    return cast ? `$${params.length}::${cast}` : `$${params.length}`;
  };
  const where = after
    ? `${row(order.columns.map((c) => c.column))} ${comparator(order.direction)} ${row(
        order.columns.map((c, i) => placeholder(after[i], c.cast)),
      )}`
    : null;
  const dir = order.direction.toUpperCase();
  const orderBy = order.columns.map((c) => `${c.column} ${dir}`).join(', ');
  const tail = `ORDER BY ${orderBy} LIMIT ${placeholder(limit + 1)}`;
  return { where, tail, page: (rows, view) => toPage(rows, limit, order.key, view) };
}

/**
 * The same keyset on a TypeORM query builder: adds the cursor condition, the order
 * and limit + 1, runs it and returns the page.
 */
export async function keysetPage<E extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<E>,
  order: KeysetOrder<E>,
  request: KeysetRequest,
  view: (row: E) => T,
): Promise<Page<T>> {
  const limit = pageLimit(request);
  const after = decodeCursor(request.cursor, order.columns.length);
  if (after) {
    const values: Record<string, unknown> = {};
    const placeholders = order.columns.map((c, i) => {
      values[`keyset${i}`] = after[i];
      return c.cast ? `CAST(:keyset${i} AS ${c.cast})` : `:keyset${i}`;
    });
    qb.andWhere(
      `${row(order.columns.map((c) => c.column))} ${comparator(order.direction)} ${row(placeholders)}`,
      values,
    );
  }
  const dir = order.direction === 'desc' ? 'DESC' : 'ASC';
  order.columns.forEach((c, i) =>
    i === 0 ? qb.orderBy(c.column, dir) : qb.addOrderBy(c.column, dir),
  );
  const rows = await qb.limit(limit + 1).getMany();
  return toPage(rows, limit, order.key, view);
}
