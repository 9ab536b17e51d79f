import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import {
  AuditRecord,
  auditCsvHeader,
  auditLine,
  parseAuditExport,
  verifyAuditChain,
} from './audit-export';
import { chainHashes } from './event-hash';

/** Any CSV Cordon writes is safe to open in a spreadsheet and still verifies. */
describe('formula injection in the audit export', () => {
  const hostile = fc.oneof(
    fc.constantFrom(
      '=HYPERLINK("http://evil.example","x")',
      '+SUM(1,1)',
      '-2+3',
      '@cmd',
      '\t=1',
      '\r=1',
      "'=1",
      "'",
    ),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );

  function chain(stream: string, values: string[]): AuditRecord[] {
    const events = values.map((v, i) => ({
      at: new Date(i * 1000).toISOString(),
      type: v,
      actor: v,
      data: v,
    }));
    return chainHashes(stream, 1, null, events).map((h, i) => ({
      stream,
      seq: i + 1,
      ...events[i],
      ...h,
    }));
  }

  it('writes no cell a spreadsheet would run, and reads back exactly what was hashed', () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { minLength: 1, maxLength: 5 }), (stream, values) => {
        const records = chain(stream, values);
        const csv = auditCsvHeader() + records.map((r) => auditLine(r, 'csv')).join('');
        const cells = (parse(csv, { relax_column_count: true }) as string[][]).flat();
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(verifyAuditChain(parseAuditExport(csv, 'csv'))).toEqual({
          ok: true,
          events: records.length,
          unchained: 0,
        });
      }),
      { numRuns: 500 },
    );
  });
});
