import { IMPORT_DELETED_LISTED, importReport, sortImportLines } from './import-lines';

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

describe(importReport.name, () => {
  const table = {
    rows: [{}, {}, {}],
    rejected: [{ line: 5, reason: 'a quoted field is never closed' }],
  };
  const rejected = [
    { line: 3, reason: 'name is missing' },
    { line: 5, reason: 'a quoted field is never closed' },
  ];

  it('answers the counts and every refused line, and counts the file lines read or not', () => {
    const report = importReport(table, { rejected }, { created: 1, updated: 1 }, ['a@x'], true);
    expect(report.result).toEqual({ created: 1, updated: 1, deleted: 1, rejected });
    expect(report.event).toEqual({
      lines: 4,
      created: 1,
      updated: 1,
      deleted: 1,
      deletedKeys: ['a@x'],
      rejected: 2,
      prune: true,
    });
  });

  it('names at most the first 500 removed keys in the event but counts them all', () => {
    const removed = Array.from({ length: 501 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    const { event, result } = importReport(
      table,
      { rejected: [] },
      { created: 0, updated: 0 },
      removed,
      true,
    );
    expect(result.deleted).toBe(501);
    expect(event.deleted).toBe(501);
    expect(event.deletedKeys).toHaveLength(IMPORT_DELETED_LISTED);
    expect(event.deletedKeys.at(-1)).toBe('k499');
  });
});
