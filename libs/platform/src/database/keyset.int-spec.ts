import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { keysetClause, keysetOrder, keysetPage } from './keyset';

@Entity('keyset_rows')
class KeysetRowEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') kind!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

interface RawRow {
  id: string;
  created_at: Date;
}

const ids = Array.from({ length: 7 }, (_, i) => `00000000-0000-0000-0000-00000000000${i}`);

describe('keyset pagination', () => {
  let db: TestDatabase | undefined;
  let ds: DataSource | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({
      type: 'postgres',
      url: db.url,
      entities: [KeysetRowEntity],
    }).initialize();
    await ds.query(
      `CREATE TABLE keyset_rows (id uuid PRIMARY KEY, kind text NOT NULL, created_at timestamptz NOT NULL)`,
    );
    // Two rows share each timestamp, so the id must break the tie; one row of another kind.
    await ds.query(
      `INSERT INTO keyset_rows (id, kind, created_at)
       SELECT id, CASE WHEN n = 3 THEN 'other' ELSE 'mine' END,
              timestamptz '2026-01-01T00:00:00Z' + (n / 2) * interval '1 minute'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [ids],
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const newestFirstRaw = keysetOrder<RawRow>(
    [
      { column: 'created_at', cast: 'timestamptz' },
      { column: 'id', cast: 'uuid' },
    ],
    (r) => [r.created_at.toISOString(), r.id],
    'desc',
  );

  it('walks a raw SQL list page by page, newest first, without a gap or a repeat', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const params: unknown[] = ['mine'];
      const clause = keysetClause(newestFirstRaw, { limit: 2, cursor }, params);
      const rows: RawRow[] = await ds!.query(
        `SELECT id, created_at FROM keyset_rows WHERE kind = $1
         ${clause.where ? `AND ${clause.where}` : ''} ${clause.tail}`,
        params,
      );
      const page = clause.page(rows, (r) => r.id);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    const mine = ids.filter((_, i) => i !== 2);
    expect(seen).toEqual([...mine].reverse());
    expect(pages).toBe(3);
  });

  it('walks a query builder list the same way, ascending', async () => {
    const oldestFirst = keysetOrder<KeysetRowEntity>(['r.createdAt', 'r.id'], (r) => [
      r.createdAt.toISOString(),
      r.id,
    ]);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const qb = ds!
        .getRepository(KeysetRowEntity)
        .createQueryBuilder('r')
        .where('r.kind = :kind', { kind: 'mine' });
      const page = await keysetPage(qb, oldestFirst, { limit: 4, cursor }, (r) => r.id);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(ids.filter((_, i) => i !== 2));
    expect(pages).toBe(2);
  });
});
