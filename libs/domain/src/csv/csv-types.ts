/** The shapes of a CSV file as Cordon reads it (the reader is libs/directory's csv-reader.ts). */
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
