import { parseCsv, readCsvTable } from './csv';

describe(parseCsv.name, () => {
  it('splits plain records and numbers them by the line they start on', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', '2', '3'] },
      ],
      errors: [],
    });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const { records } = parseCsv('name,note\r\n"Smith, Jo","said ""hi""\nthen left"\r\nnext,x');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Smith, Jo', 'said "hi"\nthen left'] },
      { line: 4, fields: ['next', 'x'] },
    ]);
  });

  it('skips blank lines but still counts them, and ignores a BOM', () => {
    const { records } = parseCsv('\ufeffh\n\n\nx\r\n\r\ny');
    expect(records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [4, 'x'],
      [6, 'y'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n').records[0].fields).toEqual(['a', '', 'c', '']);
  });

  it('reports a bad quote on its own line and reads on', () => {
    const result = parseCsv('h\n"abc"def,1\nok\n"never closed\nmore');
    expect(result.errors).toEqual([
      { line: 2, reason: expect.stringMatching(/closing quote/) },
      { line: 4, reason: 'a quoted field is never closed' },
    ]);
    expect(result.records.map((r) => r.fields[0])).toEqual(['h', 'ok']);
  });
});

describe(readCsvTable.name, () => {
  const spec = { required: ['name', 'email'] as const, optional: ['mobile'] as const };

  it('maps columns by header name in any order and case, trimming values', () => {
    const table = readCsvTable('Email, NAME\n a@x.org , Ann \n', spec);
    expect(table.headerProblems).toEqual([]);
    expect(table.columns).toEqual(['email', 'name']);
    expect(table.rows).toEqual([{ line: 2, values: { email: 'a@x.org', name: 'Ann' } }]);
  });

  it('rejects a line with the wrong number of fields, by line', () => {
    const table = readCsvTable('name,email\nAnn,a@x.org\nBob\nCy,c@x.org,extra\n', spec);
    expect(table.rows.map((r) => r.line)).toEqual([2]);
    expect(table.rejected).toEqual([
      { line: 3, reason: 'expected 2 fields, found 1' },
      { line: 4, reason: 'expected 2 fields, found 3' },
    ]);
  });

  it('refuses a header with missing, unknown or repeated columns', () => {
    expect(readCsvTable('name,moblie,name\n', spec).headerProblems).toEqual([
      expect.stringMatching(/"moblie" is not one of name, email, mobile/),
      'column "name" appears twice',
      'missing column(s): email',
    ]);
    expect(readCsvTable('', spec).headerProblems).toEqual(['the CSV has no header line']);
    expect(readCsvTable('"name,email\n', spec).headerProblems).toEqual([
      'the header line: a quoted field is never closed',
    ]);
  });
});
