import { sortImportLines } from './import-lines';

type Col = 'email' | 'name';
const lines = (rows: [number, Partial<Record<Col, string>>][]) =>
  rows.map(([line, values]) => ({ line, values }));
const options = {
  validate: (v: Partial<Record<Col, string>>) =>
    v.name
      ? { ok: true as const, row: { email: (v.email ?? '').toLowerCase(), name: v.name } }
      : { ok: false as const, reason: 'name is missing' },
  rawKey: (v: Partial<Record<Col, string>>) => (v.email ?? '').toLowerCase(),
  key: (row: { email: string }) => row.email,
  keyName: 'email',
};

describe(sortImportLines.name, () => {
  it('keeps good rows in file order and reports bad lines by number, sorted', () => {
    const result = sortImportLines(
      {
        rows: lines([
          [2, { email: 'a@x', name: 'A' }],
          [3, { email: 'b@x' }],
          [5, { email: 'c@x', name: 'C' }],
        ]),
        rejected: [{ line: 4, reason: 'unclosed quote' }],
      },
      options,
    );
    expect(result.rows.map((r) => r.email)).toEqual(['a@x', 'c@x']);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'name is missing' },
      { line: 4, reason: 'unclosed quote' },
    ]);
  });

  it('refuses a key met a second time, naming the first line', () => {
    const result = sortImportLines(
      {
        rows: lines([
          [2, { email: 'A@x', name: 'A' }],
          [7, { email: 'a@x', name: 'Again' }],
        ]),
        rejected: [],
      },
      options,
    );
    expect(result.rows).toEqual([{ email: 'a@x', name: 'A' }]);
    expect(result.rejected).toEqual([{ line: 7, reason: 'email a@x is already on line 2' }]);
  });

  it('counts every key the file names as in the file, even on a refused line', () => {
    const result = sortImportLines(
      {
        rows: lines([
          [2, { email: 'bad@x' }],
          [3, { name: 'no email' }],
        ]),
        rejected: [],
      },
      options,
    );
    expect([...result.keysInFile]).toEqual(['bad@x']);
  });
});
