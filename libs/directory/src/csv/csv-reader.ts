import { CsvError, parse, type Options } from 'csv-parse/sync';
import {
  type CsvColumns,
  type CsvLineError,
  type CsvParseResult,
  type CsvRecord,
  type CsvRow,
  type CsvTable,
  headerKey,
} from '@cordon/domain';

/**
 * CSV read by csv-parse (RFC 4180): comma separated, fields optionally in double
 * quotes (a quote inside a quoted field is doubled; quoted fields may span lines),
 * CRLF, LF or CR line ends, a leading BOM ignored, blank lines skipped. Every record
 * carries the line of the file it starts on (the header is line 1). A record that
 * cannot be read is reported on the line it starts on, and reading goes on at the
 * line after the fault; a stray quote inside an unquoted field is kept as text.
 */

const OPTIONS: Options = {
  bom: true,
  relax_column_count: true,
  record_delimiter: ['\r\n', '\n', '\r'],
};

const REASONS: Partial<Record<CsvError['code'], string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE:
    'text follows a closing quote (a quote inside a field must be doubled)',
};

/** Byte offsets where each line starts (index 0 is line 1); CRLF, LF and CR each end one. */
function lineStarts(buf: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c === 13 && buf[i + 1] === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line holding a byte offset. */
function lineAt(starts: number[], byte: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= byte) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

interface Run {
  /** Records read, each with the byte offset (in the run) where it ends and csv-parse's line there. */
  read: { fields: string[]; end: number; lines: number }[];
  failure: CsvError | null;
}

/** Reads from `buf` until the end or the first fault (`to` caps the records read). */
function run(buf: Buffer, extra: Options = {}): Run {
  const read: Run['read'] = [];
  try {
    parse(buf, {
      ...OPTIONS,
      ...extra,
      on_record: (fields: string[], info) => {
        read.push({ fields, end: info.bytes, lines: info.lines });
        return null;
      },
    });
    return { read, failure: null };
  } catch (err) {
    if (err instanceof CsvError) return { read, failure: err };
    throw err;
  }
}

/**
 * Where the record starting at `start` went wrong: csv-parse counts the line breaks
 * it met (inside quotes every CR and LF byte), so walk that many from the start.
 */
function faultOffset(buf: Buffer, start: number, breaks: number): number {
  let pos = start;
  for (let seen = 0; seen < breaks && pos < buf.length; pos++) {
    if (buf[pos] === 10 || buf[pos] === 13) seen++;
  }
  return pos;
}

export function parseCsv(input: string): CsvParseResult {
  const buf = Buffer.from(input);
  const starts = lineStarts(buf);
  const records: CsvRecord[] = [];
  const errors: CsvLineError[] = [];
  const keep = (fields: string[], start: number): void => {
    if (!(fields.length === 1 && fields[0].trim() === ''))
      records.push({ line: lineAt(starts, start), fields });
  };

  let from = 0;
  while (from < buf.length) {
    const { read, failure } = run(buf.subarray(from));
    let start = from;
    for (const { fields, end } of read) {
      keep(fields, start);
      start = from + end;
    }
    if (!failure) break;

    if (failure.code === 'INVALID_OPENING_QUOTE') {
      // a quote inside an unquoted field is text: read that one record leniently
      const lenient = run(buf.subarray(start), { relax_quotes: true, to: 1 });
      if (!lenient.failure && lenient.read.length === 1) {
        keep(lenient.read[0].fields, start);
        from = start + lenient.read[0].end;
        continue;
      }
    }
    errors.push({
      line: lineAt(starts, start),
      reason: REASONS[failure.code] ?? 'the line cannot be read as CSV',
    });
    // go on at the line after the one where the fault was found
    const linesAtStart = read.length ? read[read.length - 1].lines + 1 : 1;
    const faultLines = typeof failure['lines'] === 'number' ? failure['lines'] : linesAtStart;
    const fault = faultOffset(buf, start, faultLines - linesAtStart);
    const faultLine = lineAt(starts, Math.min(fault, buf.length - 1));
    from = faultLine < starts.length ? starts[faultLine] : buf.length;
  }
  return { records, errors };
}

/** Reads a CSV whose first record is a header naming the columns. */
export function readCsvTable<K extends string>(input: string, spec: CsvColumns<K>): CsvTable<K> {
  const { records, errors } = parseCsv(input);
  const rejected: CsvLineError[] = [...errors];
  const [header, ...body] = records;
  const headerError = errors.find((e) => !header || e.line < header.line);
  if (headerError) {
    return {
      columns: [],
      rows: [],
      rejected: [],
      headerProblems: [`the header line: ${headerError.reason}`],
    };
  }
  if (!header)
    return { columns: [], rows: [], rejected, headerProblems: ['the CSV has no header line'] };

  const known = new Map<string, K>(
    [...spec.required, ...spec.optional].map((k) => [headerKey(k), k]),
  );
  const columns: K[] = [];
  const problems: string[] = [];
  header.fields.forEach((raw, index) => {
    const key = known.get(headerKey(raw));
    if (!key)
      problems.push(
        `column ${index + 1} "${raw.trim()}" is not one of ${[...known.values()].join(', ')}`,
      );
    else if (columns.includes(key)) problems.push(`column "${key}" appears twice`);
    else columns.push(key);
  });
  const missing = spec.required.filter((k) => !columns.includes(k));
  if (missing.length) problems.push(`missing column(s): ${missing.join(', ')}`);
  if (problems.length) return { columns, rows: [], rejected, headerProblems: problems };

  const rows: CsvRow<K>[] = [];
  for (const record of body) {
    if (record.fields.length !== columns.length) {
      rejected.push({
        line: record.line,
        reason: `expected ${columns.length} fields, found ${record.fields.length}`,
      });
      continue;
    }
    const values: Partial<Record<K, string>> = {};
    columns.forEach((column, index) => {
      values[column] = record.fields[index].trim();
    });
    rows.push({ line: record.line, values });
  }
  rejected.sort((a, b) => a.line - b.line);
  return { columns, rows, rejected, headerProblems: [] };
}
