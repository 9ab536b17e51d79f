import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditFormat, parseAuditExport, verifyAuditChain } from '@cordon/platform';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, TEST_BASELINE } from '../testing/incident-fixture';

/** The audit export of an incident's log, with its hash chain, and the verifier over it. */
describe('incident audit export over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let id: string;
  const exported: Partial<Record<AuditFormat, string>> = {};

  const download = (format: string, token = owner.token) =>
    as(api, token)
      .get(`incidents/${id}/audit?format=${format}`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
  const verify = (text: string, format: AuditFormat) =>
    verifyAuditChain(parseAuditExport(text, format));
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const devices = [DEVICE_HEADER, 'au-1,,SOC-HALL,SOC,XP,,Sophos,2025-01-01'];
    await admin.csv('devices/import', devices.join('\n')).expect(200);
    owner = await api.login(['owner']);
    const o = as(api, owner.token);
    id = (await o.post('incidents', { title: 'Blaster', severity: 1, summary: 's' }).expect(201))
      .body.id;
    const lan = council.lans['SOC-HALL'];
    await o.post(`incidents/${id}/lans`, { lanIds: [lan] }).expect(201);
    await o.post(`incidents/${id}/lans/${lan}/transitions`, { to: 'shut_down' }).expect(200);
    await o
      .post(`incidents/${id}/updates`, { message: 'shut, "quoted", and\ntwo lines' })
      .expect(201);
    await o.post(`incidents/${id}/updates`, { message: 'cleaning' }).expect(201);
    for (const format of ['jsonl', 'csv'] as const) {
      const res = await download(format).expect(200);
      exported[format] = res.body as string;
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="INC-\\d{4}-\\d{4}-audit\\.${format}"$`),
      );
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it('exports every event of the timeline, in seq order, each with its chain', async () => {
    const timeline = (await as(api, owner.token).get(`incidents/${id}/events?limit=100`)).body
      .items as { seq: number; type: string }[];
    expect(timeline.length).toBeGreaterThanOrEqual(5);
    const records = lines(exported.jsonl as string).map((l) => JSON.parse(l));
    expect(records.map((r) => [r.seq, r.type])).toEqual(timeline.map((e) => [e.seq, e.type]));
    expect(records[0].prevHash).toBeNull();
    for (let i = 1; i < records.length; i += 1)
      expect(records[i].prevHash).toBe(records[i - 1].hash);
    expect(lines(exported.csv as string)[0]).toBe('stream,seq,at,type,actor,data,prev_hash,hash\r');
  });

  it.each(['jsonl', 'csv'] as const)('the verifier accepts the untouched %s export', (format) => {
    const text = exported[format] as string;
    expect(verify(text, format)).toEqual({
      ok: true,
      events: parseAuditExport(text, format).length,
      unchained: 0,
    });
  });

  it('rejects an edited event, naming its line', () => {
    const rows = lines(exported.jsonl as string);
    const at = rows.findIndex((r) => r.includes('"message":"cleaning"'));
    rows[at] = rows[at].replace('"message":"cleaning"', '"message":"all clean"');
    expect(verify(rows.join('\n'), 'jsonl')).toMatchObject({
      ok: false,
      line: at + 1,
      reason: expect.stringMatching(/edited/),
    });
    const csv = lines(exported.csv as string);
    const row = csv.findIndex((r) => r.includes('cleaning'));
    csv[row] = csv[row].replace('cleaning', 'cleaned');
    expect(verify(csv.join('\n'), 'csv')).toMatchObject({ ok: false, line: row + 1 });
  });

  it('rejects a deleted event', () => {
    const rows = lines(exported.jsonl as string);
    rows.splice(2, 1);
    expect(verify(rows.join('\n'), 'jsonl')).toMatchObject({ ok: false, line: 3, seq: 4 });
  });

  it('rejects two swapped events, in CSV too', () => {
    const rows = lines(exported.csv as string);
    [rows[2], rows[3]] = [rows[3], rows[2]];
    expect(verify(rows.join('\n'), 'csv')).toMatchObject({ ok: false, line: 3 });
  });

  it('runs as a command: exit 0 on the export, 1 naming the line of a tampered one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const good = join(dir, 'good.jsonl');
    const bad = join(dir, 'bad.csv');
    writeFileSync(good, exported.jsonl as string);
    const rows = lines(exported.csv as string);
    rows.splice(1, 1);
    writeFileSync(bad, rows.join('\n'));
    const run = (file: string) =>
      spawnSync(process.execPath, ['tools/run-ts.mjs', 'tools/audit-verify.ts', file], {
        encoding: 'utf8',
        cwd: join(__dirname, '..', '..', '..', '..'),
      });
    const ok = run(good);
    expect(ok.stdout).toMatch(/chain intact/);
    expect(ok.status).toBe(0);
    const ko = run(bad);
    expect(ko.stderr).toContain(`${bad}:2: seq 2`);
    expect(ko.status).toBe(1);
  });

  it('answers problem+json to whoever may not read the incident, before any byte', async () => {
    const involved = await api.login(['itu'], { departmentId: council.departments.SOC });
    const other = await api.login(['itu'], { departmentId: council.departments.EDU });
    expect((await download('jsonl', involved.token)).status).toBe(200);
    await as(api, other.token).get(`incidents/${id}/audit`).expect(403);
    await as(api, owner.token).get(`incidents/${id}/audit?format=xml`).expect(400);
    await as(api, owner.token)
      .get('incidents/00000000-0000-4000-8000-000000000000/audit')
      .expect(404);
  });
});
