import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil, staffCsv } from '../testing/council-fixture';

/** A 100-line staff file (after its header): 95 good lines and 5 bad ones at known lines. */
function hundredWithFiveBad(): { csv: string; bad: Record<number, RegExp> } {
  const good = staffCsv(100).trimEnd().split('\n'); // header + 100 rows
  const lines = good.slice(0, 101);
  const bad: Record<number, RegExp> = {
    7: /email "not-an-email" is not an email address/,
    23: /mobile "07700 900123" is not in E\.164 form/,
    42: /department "NOPE" does not exist/,
    64: /expected 6 fields, found 5/,
    88: /lan "EDU-HALL" is not at site "DEPOT"/,
  };
  lines[6] = 'Bad Email,not-an-email,+447700900001,SOC,HALL,SOC-HALL';
  lines[22] = 'Bad Mobile,badmobile@council.example,07700 900123,SOC,HALL,SOC-HALL';
  lines[41] = 'Bad Dept,baddept@council.example,+447700900002,NOPE,HALL,';
  lines[63] = 'Short Line,short@council.example,+447700900003,SOC,HALL';
  lines[87] = 'Wrong Site,wrongsite@council.example,+447700900004,EDU,DEPOT,EDU-HALL';
  return { csv: lines.join('\r\n') + '\r\n', bad };
}

describe('POST /staff/import', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  const importCsv = (csv: string, token = council.admin, query = '') =>
    api
      .http()
      .post(`/api/v1/staff/import${query}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/csv')
      .send(csv);

  const db = () => api.app.get(DataSource);
  const countLike = async (prefix: string): Promise<number> =>
    (await db().query(`SELECT count(*)::int AS n FROM staff WHERE email LIKE $1`, [prefix]))[0].n;

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('stores the 95 good lines of 100, reports the 5 bad by line and reason, and updates on a second run', async () => {
    const { csv, bad } = hundredWithFiveBad();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(101);
    const first = await importCsv(csv);
    expect(first.status).toBe(200);
    expect(first.body.created).toBe(95);
    expect(first.body.updated).toBe(0);
    expect(first.body.rejected.map((r: { line: number }) => r.line)).toEqual([7, 23, 42, 64, 88]);
    for (const { line, reason } of first.body.rejected) expect(reason).toMatch(bad[line]);

    const second = await importCsv(csv);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ created: 0, updated: 95, deleted: 0 });
    expect(second.body.rejected).toEqual(first.body.rejected);

    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM staff`);
    expect(n).toBe(95);
  });

  it('records one staff.imported event per import with the actor', async () => {
    const events = await db().query(
      `SELECT type, actor, data FROM events WHERE stream = 'directory' AND type = 'staff.imported' ORDER BY seq`,
    );
    expect(events).toHaveLength(2);
    expect(events[0].actor).toMatchObject({ kind: 'user', name: expect.any(String) });
    expect(events[0].data).toMatchObject({ created: 95, updated: 0, rejected: 5, lines: 100 });
    expect(events[1].data).toMatchObject({ created: 0, updated: 95, deleted: 0 });
  });

  it('keeps staff missing from a re-import unless asked to prune, and never prunes rejected lines', async () => {
    const base = staffCsv(10, 'prune');
    expect((await importCsv(base)).body).toMatchObject({ created: 10, deleted: 0 });
    const fewer = base.trimEnd().split('\n').slice(0, 6); // header + 5
    fewer.push('Broken Row,prune6@council.example,nonsense,SOC,HALL,SOC-HALL');
    const kept = await importCsv(fewer.join('\n'));
    expect(kept.body).toMatchObject({ created: 0, updated: 5, deleted: 0 });
    expect(await countLike('prune%')).toBe(10);

    const pruned = await importCsv(fewer.join('\n'), council.admin, '?prune=true');
    expect(pruned.body.rejected).toEqual([{ line: 7, reason: expect.stringMatching(/mobile/) }]);
    // everyone not in the file goes (the 95 from before and prune7..10); prune6 stays: its line was only rejected
    expect(pruned.body.deleted).toBe(95 + 4);
    expect(await countLike('prune%')).toBe(6);
  });

  it('keeps an SMS opt-out when a later file has no smsConsent column', async () => {
    await importCsv(
      'name,email,mobile,department,smsConsent\nOpt Out,optout@council.example,+447700900999,SOC,no\n',
    );
    await importCsv(
      'name,email,mobile,department\nOpt Out,optout@council.example,+447700900998,SOC\n',
    );
    const [row] = await db().query(
      `SELECT mobile, sms_consent FROM staff WHERE email = 'optout@council.example'`,
    );
    expect(row).toEqual({ mobile: '+447700900998', sms_consent: false });
    await importCsv(
      'name,email,mobile,department\nOpt In,optin@council.example,+447700900997,SOC\n',
    );
    const [fresh] = await db().query(
      `SELECT sms_consent FROM staff WHERE email = 'optin@council.example'`,
    );
    expect(fresh.sms_consent).toBe(true);
  });

  it('rejects a repeated email within one file on its second line', async () => {
    const res = await importCsv(
      'name,email,department\nA,twice@council.example,SOC\nB,TWICE@council.example,EDU\n',
    );
    expect(res.body.created + res.body.updated).toBe(1);
    expect(res.body.rejected).toEqual([
      { line: 3, reason: 'email twice@council.example is already on line 2' },
    ]);
  });

  it('answers 400 naming the header or the body when the file cannot be read', async () => {
    const header = await importCsv('name,mobile,dept\nA,+447700900123,SOC\n');
    expect(header.status).toBe(400);
    expect(header.body.code).toBe('validation_failed');
    expect(header.body.errors.map((e: { field: string }) => e.field)).toEqual(['header', 'header']);
    const json = await api
      .http()
      .post('/api/v1/staff/import')
      .set('Authorization', `Bearer ${council.admin}`)
      .send({ name: 'x' });
    expect(json.status).toBe(400);
    expect(json.body.errors).toEqual([
      { field: 'body', message: expect.stringMatching(/text\/csv/) },
    ]);
    const prune = await importCsv('name,email,department\n', council.admin, '?prune=maybe');
    expect(prune.status).toBe(400);
    expect(prune.body.errors[0].field).toBe('prune');
  });

  // how fast: bench/import-staff.ts and docs/benchmarks.md (tests assert behaviour, not time)
  it('imports a 3,000-line file in one request, and the same file again updates all 3,000', async () => {
    const csv = staffCsv(3000, 'bulk');
    const res = await importCsv(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 3000, updated: 0, rejected: [] });
    expect(await countLike('bulk%')).toBe(3000);
    const again = await importCsv(csv);
    expect(again.body).toMatchObject({ created: 0, updated: 3000 });
  });

  it('lets two imports of the same new file run at once without duplicates or deadlock', async () => {
    const csv = staffCsv(200, 'race');
    const results = await Promise.all([importCsv(csv), importCsv(csv)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.map((r) => r.body.created).sort()).toEqual([0, 200]);
    expect(await countLike('race%')).toBe(200);
  });

  it('is for admins only', async () => {
    const itu = await api.login(['itu'], { departmentId: council.departments.SOC });
    const command = await api.login(['command']);
    expect((await importCsv(staffCsv(1), itu.token)).status).toBe(403);
    expect((await importCsv(staffCsv(1), command.token)).status).toBe(403);
  });
});
