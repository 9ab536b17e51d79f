import { encodeCursor } from '../http/pagination';
import { ValidationProblem } from '../http/problem';
import { keysetClause, keysetOrder } from './keyset';

interface Row {
  name: string;
  id: string;
}

const byNameDesc = keysetOrder<Row>(
  ['s.name', { column: 's.id', cast: 'uuid' }],
  (r) => [r.name, r.id],
  'desc',
);

describe(keysetClause.name, () => {
  it('on the first page only orders and asks for one row more than the limit', () => {
    const params: unknown[] = ['SOC'];
    const clause = keysetClause(byNameDesc, { limit: 2 }, params);
    expect(clause.where).toBeNull();
    expect(clause.tail).toBe('ORDER BY s.name DESC, s.id DESC LIMIT $2');
    expect(params).toEqual(['SOC', 3]);
  });

  it('numbers its placeholders after the list own parameters, with casts', () => {
    const params: unknown[] = ['SOC', 'HALL'];
    const cursor = encodeCursor(['Ann', '00000000-0000-0000-0000-000000000001']);
    const clause = keysetClause(byNameDesc, { limit: 10, cursor }, params);
    expect(clause.where).toBe('(s.name, s.id) < ($3, $4::uuid)');
    expect(clause.tail).toBe('ORDER BY s.name DESC, s.id DESC LIMIT $5');
    expect(params).toEqual(['SOC', 'HALL', 'Ann', '00000000-0000-0000-0000-000000000001', 11]);
  });

  it('compares upwards when ascending and writes one column without parentheses', () => {
    const byCode = keysetOrder<{ code: string }>(['l.code'], (r) => [r.code]);
    const params: unknown[] = [];
    const clause = keysetClause(byCode, { cursor: encodeCursor(['B']) }, params);
    expect(clause.where).toBe('l.code > $1');
    expect(clause.tail).toBe('ORDER BY l.code ASC LIMIT $2');
    expect(params).toEqual(['B', 51]);
  });

  it('makes a page of limit rows and the cursor of the last when more follow', () => {
    const clause = keysetClause(byNameDesc, { limit: 2 }, []);
    const rows = [
      { name: 'Cy', id: 'c' },
      { name: 'Bo', id: 'b' },
      { name: 'Al', id: 'a' },
    ];
    expect(clause.page(rows, (r) => r.name)).toEqual({
      items: ['Cy', 'Bo'],
      nextCursor: encodeCursor(['Bo', 'b']),
    });
    expect(clause.page(rows.slice(0, 2), (r) => r.name).nextCursor).toBeNull();
  });

  it('refuses a cursor of another list (wrong number of keys)', () => {
    const cursor = encodeCursor(['only-one']);
    expect(() => keysetClause(byNameDesc, { cursor }, [])).toThrow(ValidationProblem);
  });

  it('refuses an order without columns', () => {
    expect(() => keysetOrder([], () => [])).toThrow('at least one column');
  });
});
