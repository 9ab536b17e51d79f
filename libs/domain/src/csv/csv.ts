/**
 * A small RFC 4180 CSV reader: comma separated, fields optionally in double quotes
 * (a quote inside a quoted field is doubled; quoted fields may span lines), CRLF or LF
 * line ends, a leading BOM ignored, blank lines skipped. Every record carries the line
 * of the file it starts on (the header is line 1).
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvLineError {
  line: number;
  reason: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: CsvLineError[];
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  const records: CsvRecord[] = [];
  const errors: CsvLineError[] = [];
  let i = 0;
  let line = 1;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | null = null;

    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        i++;
        let field = '';
        let from = i;
        let closed = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            field += text.slice(from, i);
            if (text.charCodeAt(i + 1) === QUOTE) {
              field += '"';
              i += 2;
              from = i;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === LF) line++;
          i++;
        }
        if (!closed) {
          error = 'a quoted field is never closed';
        } else if (i < n && ![COMMA, LF, CR].includes(text.charCodeAt(i))) {
          error = 'text follows a closing quote (a quote inside a field must be doubled)';
        }
        fields.push(field);
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          i++;
        }
        fields.push(text.slice(start, i));
      }
      if (error) {
        while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        break;
      }
      if (i < n && text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      break;
    }

    if (text.charCodeAt(i) === CR) {
      i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
    } else if (text.charCodeAt(i) === LF) {
      i++;
      line++;
    }

    if (error) errors.push({ line: startLine, reason: error });
    else if (!(fields.length === 1 && fields[0].trim() === '')) {
      records.push({ line: startLine, fields });
    }
  }
  return { records, errors };
}

/** Header names compare without case, spaces, dashes or underscores: `avSignatureDate` = `AV signature_date`. */
export const headerKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface CsvColumns<K extends string> {
  required: readonly K[];
  optional: readonly K[];
}

export interface CsvRow<K extends string> {
  line: number;
  /** A column absent from the header is undefined; a present one is its trimmed text. */
  values: Partial<Record<K, string>>;
}

export interface CsvTable<K extends string> {
  columns: K[];
  rows: CsvRow<K>[];
  rejected: CsvLineError[];
  /** Problems with the header itself; when any, the file cannot be read. */
  headerProblems: string[];
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
