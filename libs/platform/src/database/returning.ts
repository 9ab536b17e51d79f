import type { EntityManager } from 'typeorm';

/**
 * The rows of a statement with RETURNING. TypeORM answers UPDATE and DELETE as
 * `[rows, affectedCount]` and everything else as the rows; this always gives the rows.
 */
export async function returning<T>(
  db: Pick<EntityManager, 'query'>,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
