import type { CsvLineError, CsvRow } from './csv-types';

export type LineResult<T> = { ok: true; row: T } | { ok: false; reason: string };

export interface ImportLines<T> {
  /** The good rows, each key once, in file order. */
  rows: T[];
  /** Every refused line (unreadable, invalid, or a key repeated), by line number. */
  rejected: CsvLineError[];
  /** Every key the file names, good line or not: what a prune must keep. */
  keysInFile: Set<string>;
}

/**
 * Sorts an import's lines into rows to store and lines to report: each line is
 * validated, and a key (an email, a host name) met a second time is refused with the
 * line it first appeared on.
 */
export function sortImportLines<K extends string, T>(
  table: { rows: CsvRow<K>[]; rejected: CsvLineError[] },
  options: {
    validate: (values: Partial<Record<K, string>>) => LineResult<T>;
    /** The key of a line before validation (normalised, '' when none). */
    rawKey: (values: Partial<Record<K, string>>) => string;
    key: (row: T) => string;
    keyName: string;
  },
): ImportLines<T> {
  const rejected: CsvLineError[] = [...table.rejected];
  const firstLine = new Map<string, number>();
  const keysInFile = new Set<string>();
  const rows: T[] = [];
  for (const { line, values } of table.rows) {
    const raw = options.rawKey(values);
    if (raw) keysInFile.add(raw);
    const result = options.validate(values);
    if (!result.ok) {
      rejected.push({ line, reason: result.reason });
      continue;
    }
    const key = options.key(result.row);
    const first = firstLine.get(key);
    if (first !== undefined) {
      rejected.push({ line, reason: `${options.keyName} ${key} is already on line ${first}` });
      continue;
    }
    firstLine.set(key, line);
    rows.push(result.row);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { rows, rejected, keysInFile };
}

/** How many of the rows an import stored were new and how many were there already. */
export interface StoredCounts {
  created: number;
  updated: number;
}

/** What an import answers, and the counts its event records. */
export interface ImportReport {
  result: { created: number; updated: number; deleted: number; rejected: CsvLineError[] };
  event: StoredCounts & {
    lines: number;
    deleted: number;
    /** The first `listed` keys of the removed rows. */
    deletedKeys: string[];
    rejected: number;
    prune: boolean;
  };
}

/** At most this many removed keys are named in an import's event. */
export const IMPORT_DELETED_LISTED = 500;

/**
 * The outcome of an import: the file's lines (read or not), the rows stored, the rows
 * removed by a prune (their keys, sorted) and every refused line.
 */
export function importReport(
  table: { rows: unknown[]; rejected: CsvLineError[] },
  lines: { rejected: CsvLineError[] },
  stored: StoredCounts,
  removed: string[],
  prune: boolean,
): ImportReport {
  return {
    result: { ...stored, deleted: removed.length, rejected: lines.rejected },
    event: {
      lines: table.rows.length + table.rejected.length,
      created: stored.created,
      updated: stored.updated,
      deleted: removed.length,
      deletedKeys: removed.slice(0, IMPORT_DELETED_LISTED),
      rejected: lines.rejected.length,
      prune,
    },
  };
}
