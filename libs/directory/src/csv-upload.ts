import { CsvColumns, CsvTable, readCsvTable } from '@cordon/domain';
import { ValidationProblem } from '@cordon/platform';

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
