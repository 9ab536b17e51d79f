import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { parseAuditExport, verifyAuditChain } from '@cordon/platform';
import { ApiHarness, startApi } from '../testing/api-harness';
import { createCouncil } from '../testing/council-fixture';
import { checksum, fault, FuzzCase, pool, send } from '../testing/fuzz-runner';
import { as, DEVICE_HEADER } from '../testing/incident-fixture';

/**
 * The CSV importers under broken files (BOM, CRLF/CR, unbalanced quotes, invalid UTF-8,
 * NUL, formula cells, ragged rows), FUZZ_RUNS files each: 200 or 4xx problem+json, never
 * 500 or a hang; the files with a NUL are refused and write nothing. And the CSV Cordon
 * writes: no cell a spreadsheet would run, and the audit export still verifies.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260315);
const POOL = Number(process.env.FUZZ_POOL ?? 8);

jest.setTimeout(15 * 60_000);

const STAFF_HEADER = 'name,email,mobile,department,site,lan';
const FORMULAS = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '=HYPERLINK("http://e.example")'];

const cell = fc.oneof(
  fc.constantFrom('SOC', 'EDU', 'HALL', 'SOC-HALL', 'EDU-HALL', '10.20.1.9', '', 'Windows XP'),
  fc.constantFrom(...FORMULAS, "' OR 1=1 --", '{{7*7}}', 'MS03-026;MS03-039', '2026-02-10'),
  fc.emailAddress(),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }).filter((s) => !s.includes('\u0000')),
);
const row = fc.array(cell, { minLength: 0, maxLength: 10 }).map((cells) => cells.join(','));

/** One file in five has it. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** A file: header (or not), rows, then what breaks it. */
function files(header: string): fc.Arbitrary<{ body: string | Buffer; nul: boolean }> {
  return fc
    .record({
      header: fc.constantFrom(
        header,
        header,
        header,
        header.toUpperCase(),
        '',
        'a,b,c',
        `${header},x`,
      ),
      rows: fc.array(row, { maxLength: 12 }),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      quote: sometimes(fc.nat()),
      nul: sometimes(fc.nat()),
      binary: sometimes(fc.uint8Array({ minLength: 1, maxLength: 64 })),
    })
    .map(({ header: h, rows, eol, bom, quote, nul, binary }) => {
      let text = (bom ? '\uFEFF' : '') + [h, ...rows].join(eol) + eol;
      if (quote !== undefined) text = insert(text, quote, '"');
      if (nul !== undefined) text = insert(text, nul, '\u0000');
      const body = binary ? Buffer.concat([Buffer.from(text), Buffer.from(binary)]) : text;
      return { body, nul: nul !== undefined };
    });
}

const insert = (text: string, at: number, what: string) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + what + text.slice(i);
};

describe('hostile CSV in and out', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let token: string;
  let ownerId: string;
  const stats: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    await createCouncil(api);
    const admin = await api.login(['admin', 'owner']);
    token = admin.token;
    ownerId = admin.id;
    ds = api.app.get(DataSource);
  });
  afterAll(async () => {
    if (stats.length) console.log(stats.join('\n'));
    await api.close();
  });

  it.each([
    ['staff/import', STAFF_HEADER],
    ['devices/import', DEVICE_HEADER],
  ])(
    '%s answers every broken file 200 or 4xx, refuses NULs and writes nothing then',
    async (path, header) => {
      const samples = fc.sample(files(header), { numRuns: RUNS, seed: SEED });
      const cases: FuzzCase[] = samples.map(({ body, nul }, i) => ({
        kind: nul ? 'csv-nul' : 'csv',
        query: i % 10 === 0 ? '?prune=true' : '',
        headers: { 'Content-Type': 'text/csv' },
        body,
        mustRefuse: nul,
      }));
      const op = { method: 'POST', path, operationId: path, query: [] };
      const started = Date.now();
      // the refusals first, all together: nothing in any table may change
      const refused = cases.filter((c) => c.mustRefuse);
      const before = await checksum(ds);
      const refusals = await pool(refused, POOL, (c) =>
        send(api.url, token, op, `/api/v1/${path}`, c, 10_000),
      );
      expect(await checksum(ds)).toEqual(before);
      const rest = cases.filter((c) => !c.mustRefuse);
      const answers = await pool(rest, POOL, (c) =>
        send(api.url, token, op, `/api/v1/${path}`, c, 10_000),
      );
      const faults = [...refused, ...rest].flatMap((c, i) => {
        const why = fault(c, [...refusals, ...answers][i]);
        return why
          ? [`${JSON.stringify(String(c.body).slice(0, 160))} → ${why.slice(0, 300)}`]
          : [];
      });
      const by: Record<number, number> = {};
      for (const a of [...refusals, ...answers]) by[a.status] = (by[a.status] ?? 0) + 1;
      stats.push(
        `POST /${path}: ${cases.length} files in ${Date.now() - started} ms, ${JSON.stringify(by)}`,
      );
      expect(faults.slice(0, 10)).toEqual([]);
      expect(Object.keys(by)).toContain('200');
    },
  );

  it('exports no formula cell in the audit CSV, and the export still verifies', async () => {
    const a = as(api, token);
    const created = await a
      .post('incidents', {
        title: '=HYPERLINK("http://evil.example")',
        severity: 2,
        summary: '@SUM(1)',
        ownerId,
      })
      .expect(201);
    for (const title of FORMULAS)
      await a.patch(`incidents/${created.body.id}`, { title }).expect(200);
    const res = await a.get(`incidents/${created.body.id}/audit?format=csv`).expect(200);
    const text = res.text;
    const cells = (parse(text) as string[][]).flat();
    expect(cells.length).toBeGreaterThan(8 * FORMULAS.length);
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(verifyAuditChain(parseAuditExport(text, 'csv'))).toMatchObject({ ok: true });
  });
});
