/**
 * CSV that Cordon writes (audit exports, the ISO mapping, demo files): RFC 4180 quoting,
 * and formula injection neutralised. A cell a spreadsheet would run as a formula (one
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading
 * `'`, and so is a cell that already starts with `'`, so that `readCsvCell` gives back
 * exactly the value written: the audit verifier hashes what was exported.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/** The value as written in the cell, before quoting. */
export function neutraliseCsvValue(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value a cell held, from its text after unquoting. */
export function readCsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One cell: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = neutraliseCsvValue(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
