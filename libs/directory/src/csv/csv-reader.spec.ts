import { parseCsv, readCsvTable } from './csv-reader';

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

describe(`${parseCsv.name} with unusual input`, () => {
  it('counts a CRLF inside a quoted field as one line', () => {
    const { records } = parseCsv('h\r\n"a\r\nb",1\r\nnext\r\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['h']],
      [2, ['a\r\nb', '1']],
      [4, ['next']],
    ]);
  });

  it('reads lines ended by a bare CR', () => {
    expect(parseCsv('h\rx\ry').records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('h\nJo "JJ" Smith,1\nok').records).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['Jo "JJ" Smith', '1'] },
      { line: 3, fields: ['ok'] },
    ]);
  });

  it('reads on after the right line when a bad quote follows CRLFs inside quotes', () => {
    const result = parseCsv('h\r\n"a\r\nb",1\r\n"c\r\n\r\nd"e,2\r\nok\r\n');
    expect(result.errors).toEqual([{ line: 4, reason: expect.stringMatching(/closing quote/) }]);
    expect(result.records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [2, 'a\r\nb'],
      [7, 'ok'],
    ]);
  });

  it('reports a bad quote after a multi-line field on the line its record starts, and reads on after the fault', () => {
    const result = parseCsv('h\n"two\nlines"x,1\nok\n');
    expect(result.errors).toEqual([{ line: 2, reason: expect.stringMatching(/closing quote/) }]);
    expect(result.records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [4, 'ok'],
    ]);
  });

  it('reads a file of thousands of bad lines within seconds', () => {
    const lines = 5_000;
    const started = Date.now();
    const result = parseCsv('h\n' + '"a"b,1\n'.repeat(lines) + 'ok\n');
    expect(result.errors).toHaveLength(lines);
    expect(result.errors[lines - 1].line).toBe(lines + 1);
    expect(result.records.map((r) => r.line)).toEqual([1, lines + 2]);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
