import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page } from '@cordon/contracts';
import { decodeCursor, pageLimit, PageQueryDto, toPage } from '@cordon/platform';

/** A keyset page of rows ordered by their unique code. */
export async function pageByCode<E extends ObjectLiteral & { code: string }, V>(
  qb: SelectQueryBuilder<E>,
  query: PageQueryDto,
  view: (row: E) => V,
): Promise<Page<V>> {
  const limit = pageLimit(query);
  const after = decodeCursor(query.cursor, 1);
  if (after) qb.andWhere(`${qb.alias}.code > :after`, { after: String(after[0]) });
  const rows = await qb
    .orderBy(`${qb.alias}.code`, 'ASC')
    .limit(limit + 1)
    .getMany();
  return toPage(rows, limit, (row) => [row.code], view);
}
