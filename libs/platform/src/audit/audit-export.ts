import { parse } from 'csv-parse/sync';
import { csvCell, readCsvCell } from '@cordon/contracts';
import { ChainedEventFields, eventHash } from './event-hash';

/** One event of an audit export, as `GET /incidents/:id/audit` writes it. */
export interface AuditRecord extends ChainedEventFields {
  /** Null for an event written before the chain began. */
  hash: string | null;
}

export type AuditFormat = 'jsonl' | 'csv';

export const AUDIT_CSV_COLUMNS = [
  'stream',
  'seq',
  'at',
  'type',
  'actor',
  'data',
  'prev_hash',
  'hash',
] as const;

/** One line of the export, with its line break. */
export function auditLine(record: AuditRecord, format: AuditFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(record)}\n`;
  const fields = [
    record.stream,
    String(record.seq),
    record.at,
    record.type,
    JSON.stringify(record.actor),
    JSON.stringify(record.data),
    record.prevHash ?? '',
    record.hash ?? '',
  ];
  return `${fields.map(csvCell).join(',')}\r\n`;
}

export const auditCsvHeader = (): string => `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;

/** Reads an export back: each record with its line number in the file. */
export function parseAuditExport(
  text: string,
  format: AuditFormat,
): { line: number; record: AuditRecord }[] {
  if (format === 'jsonl') {
    return text
      .split('\n')
      .map((raw, i) => ({ raw: raw.trim(), line: i + 1 }))
      .filter(({ raw }) => raw !== '')
      .map(({ raw, line }) => ({ line, record: JSON.parse(raw) as AuditRecord }));
  }
  const rows = parse(text, {
    columns: true,
    info: true,
    skip_empty_lines: true,
    // undoes csvCell's formula neutralising, so the verifier hashes what was written
    cast: (value: string) => readCsvCell(value),
  }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return rows.map(({ record: r, info }) => ({
    line: info.lines,
    record: {
      stream: r.stream,
      seq: Number(r.seq),
      at: r.at,
      type: r.type,
      actor: JSON.parse(r.actor) as unknown,
      data: JSON.parse(r.data) as unknown,
      prevHash: r.prev_hash === '' ? null : r.prev_hash,
      hash: r.hash === '' ? null : r.hash,
    },
  }));
}

export type AuditVerdict =
  | { ok: true; events: number; unchained: number }
  | { ok: false; line: number; seq: number; reason: string };

/**
 * Recomputes the chain of an export, in file order: each hash over the event, each
 * `prevHash` the hash of the line before, each seq one more than the one before and the
 * first 1. Events written before the chain began (no hash) may only lead the file.
 * The first line that breaks it is the answer: edited (hash mismatch), removed (a seq
 * gap, a prevHash that is not the hash before) or reordered (seq out of order).
 */
export function verifyAuditChain(
  records: readonly { line: number; record: AuditRecord }[],
): AuditVerdict {
  let prev: AuditRecord | null = null;
  let unchained = 0;
  for (const { line, record: r } of records) {
    const fail = (reason: string): AuditVerdict => ({ ok: false, line, seq: r.seq, reason });
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (!Number.isInteger(r.seq) || r.seq !== expectedSeq) {
      return fail(
        prev && r.seq <= prev.seq
          ? `seq ${r.seq} after ${prev.seq}: reordered`
          : `seq ${r.seq} where ${expectedSeq} was due: an event removed or moved`,
      );
    }
    if (prev && r.stream !== prev.stream) return fail(`stream ${r.stream} after ${prev.stream}`);
    if (r.hash === null) {
      if (prev?.hash) return fail('no hash after the chain began');
      unchained += 1;
      prev = r;
      continue;
    }
    if (r.prevHash !== (prev?.hash ?? null)) {
      return fail('prev_hash is not the hash of the event before: removed or reordered');
    }
    if (eventHash(r) !== r.hash) return fail('hash does not match the event: edited');
    prev = r;
  }
  return { ok: true, events: records.length, unchained };
}
