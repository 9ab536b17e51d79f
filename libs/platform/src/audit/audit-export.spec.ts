import {
  AuditRecord,
  auditCsvHeader,
  auditLine,
  parseAuditExport,
  verifyAuditChain,
} from './audit-export';
import { chainHashes } from './event-hash';

const STREAM = 'incident:6f1c0c4e-0000-4000-8000-000000000001';
const actor = { id: null, name: 'system', kind: 'system' };

function chain(n: number): AuditRecord[] {
  const events = Array.from({ length: n }, (_, i) => ({
    at: new Date(i * 1000).toISOString(),
    type: 'incident.update_posted',
    actor,
    data: { message: `update "${i}", with a comma\nand a line`, nextUpdateDueAt: null },
  }));
  return chainHashes(STREAM, 1, null, events).map((h, i) => ({
    stream: STREAM,
    seq: i + 1,
    ...events[i],
    ...h,
  }));
}

const exported = (records: AuditRecord[], format: 'jsonl' | 'csv') =>
  (format === 'csv' ? auditCsvHeader() : '') + records.map((r) => auditLine(r, format)).join('');

describe('verifyAuditChain', () => {
  it.each(['jsonl', 'csv'] as const)('accepts an untouched %s export', (format) => {
    const parsed = parseAuditExport(exported(chain(4), format), format);
    expect(parsed.map((p) => p.record)).toEqual(chain(4));
    expect(verifyAuditChain(parsed)).toEqual({ ok: true, events: 4, unchained: 0 });
  });

  it('names an edited event by its line', () => {
    const records = chain(4);
    records[2] = { ...records[2], data: { message: 'edited', nextUpdateDueAt: null } };
    const verdict = verifyAuditChain(parseAuditExport(exported(records, 'jsonl'), 'jsonl'));
    expect(verdict).toMatchObject({
      ok: false,
      line: 3,
      seq: 3,
      reason: expect.stringMatching(/edited/),
    });
  });

  it('names an event whose time was edited', () => {
    const records = chain(4);
    records[1] = { ...records[1], at: new Date(60_000).toISOString() };
    const verdict = verifyAuditChain(parseAuditExport(exported(records, 'csv'), 'csv'));
    expect(verdict).toMatchObject({
      ok: false,
      line: 3,
      seq: 2,
      reason: expect.stringMatching(/edited/),
    });
  });

  it('names a removed event, also the first', () => {
    const records = chain(4);
    expect(
      verifyAuditChain(
        parseAuditExport(exported([...records.slice(0, 1), ...records.slice(2)], 'jsonl'), 'jsonl'),
      ),
    ).toMatchObject({ ok: false, line: 2, seq: 3 });
    expect(
      verifyAuditChain(parseAuditExport(exported(records.slice(1), 'jsonl'), 'jsonl')),
    ).toMatchObject({ ok: false, line: 1, seq: 2 });
  });

  it('names swapped events, even renumbered', () => {
    const [a, b, c] = chain(3);
    expect(verifyAuditChain(parseAuditExport(exported([a, c, b], 'jsonl'), 'jsonl'))).toMatchObject(
      { ok: false, line: 2 },
    );
    const renumbered = [a, { ...c, seq: 2 }, { ...b, seq: 3 }];
    expect(
      verifyAuditChain(parseAuditExport(exported(renumbered, 'jsonl'), 'jsonl')),
    ).toMatchObject({ ok: false, line: 2, reason: expect.stringMatching(/prev_hash|edited/) });
  });

  it('lets events from before the chain lead, and no later', () => {
    const records = chain(2);
    const legacy: AuditRecord = { ...records[0], prevHash: null, hash: null };
    const later = chainHashes(STREAM, 2, null, [records[1]])[0];
    const ok = verifyAuditChain(
      parseAuditExport(exported([legacy, { ...records[1], ...later }], 'csv'), 'csv'),
    );
    expect(ok).toEqual({ ok: true, events: 2, unchained: 1 });
    const stripped = { ...records[1], hash: null, prevHash: null };
    expect(
      verifyAuditChain(parseAuditExport(exported([records[0], stripped], 'csv'), 'csv')),
    ).toMatchObject({ ok: false, line: 3 });
  });
});
