import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ImportResult } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  CsvColumns,
  CsvTable,
  DirectoryLookups,
  ImportReport,
  importReport,
  LineResult,
  sortImportLines,
  StoredCounts,
} from '@cordon/domain';
import { Spine, SpineTransaction, ValidationProblem } from '@cordon/platform';
import { readCsvTable } from './csv/csv-reader';
import { DirectoryLookup } from './directory-lookup.service';

export type ImportCounts = StoredCounts;

/**
 * The body of a CSV import (`POST /staff/import`, `POST /devices/import`) read as a
 * table, or a 400 naming `body` (not text/csv) or `header` (the header line is wrong):
 * nothing of a file that cannot be read is stored.
 */
export function readCsvUpload<K extends string>(
  body: unknown,
  columns: CsvColumns<K>,
  list: string,
): CsvTable<K> {
  if (typeof body !== 'string')
    throw new ValidationProblem([
      { field: 'body', message: `send the ${list} as text/csv with a header line` },
    ]);
  const table = readCsvTable<K>(body, columns);
  if (table.headerProblems.length)
    throw new ValidationProblem(
      table.headerProblems.map((message) => ({ field: 'header', message })),
    );
  return table;
}

/** What one kind of import (staff, devices) brings to the shared pipeline. */
export interface CsvImportSpec<K extends string, T> {
  /** Named in the 400 for a body that is not CSV: `staff list`. */
  list: string;
  columns: CsvColumns<K>;
  /** A line's row, checked against the directory's codes. */
  validate: (values: Partial<Record<K, string>>, lookups: DirectoryLookups) => LineResult<T>;
  /** The key of a line before validation (normalised, '' when none). */
  rawKey: (values: Partial<Record<K, string>>) => string;
  key: (row: T) => string;
  keyName: string;
  /** Stores the good rows set-based; `columns` are those the file has. */
  store: (manager: EntityManager, rows: T[], columns: K[]) => Promise<ImportCounts>;
  /** Removes the rows whose key is not in `keep`; their keys, sorted. */
  prune: (manager: EntityManager, keep: string[]) => Promise<string[]>;
  /** Appends the import's event (what `tx.append` gives back is awaited). */
  record: (tx: SpineTransaction, event: ImportReport['event']) => unknown;
}

/**
 * One CSV import in one transaction: read the file, sort its lines into rows and
 * refusals, store the rows, prune what the file no longer names (only when asked, and
 * never a key whose line was merely refused), record one event, answer the counts.
 */
@Injectable()
export class CsvImporter {
  constructor(
    private readonly spine: Spine,
    private readonly lookup: DirectoryLookup,
  ) {}

  async run<K extends string, T>(
    spec: CsvImportSpec<K, T>,
    csv: unknown,
    user: AuthUser,
    options: { prune?: boolean },
  ): Promise<ImportResult> {
    const table = readCsvUpload<K>(csv, spec.columns, spec.list);
    const prune = options.prune ?? false;
    return this.spine.run(actorOf(user), async (tx) => {
      const lookups = await this.lookup.byCode(tx.manager);
      const lines = sortImportLines<K, T>(table, {
        validate: (values) => spec.validate(values, lookups),
        rawKey: spec.rawKey,
        key: spec.key,
        keyName: spec.keyName,
      });
      const stored = await spec.store(tx.manager, lines.rows, table.columns);
      const removed = prune ? await spec.prune(tx.manager, [...lines.keysInFile]) : [];
      const report = importReport(table, lines, stored, removed, prune);
      await spec.record(tx, report.event);
      return report.result;
    });
  }
}
