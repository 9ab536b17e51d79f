import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';

const HEADER = 'hostname,ip,lan,department,os,patches,avProduct,avSignatureDate';
const DEVICES = [
  HEADER,
  'SOC-PC-001,10.20.1.11,SOC-HALL,SOC,Windows XP SP1,MS03-026;MS03-039;MS03-007,Sophos,2026-02-10', // compliant
  'SOC-PC-002,10.20.1.12,SOC-HALL,SOC,Windows XP SP1,MS03-039;MS03-007,Sophos,2026-02-10', // no RPC patch
  'SOC-PC-003,10.20.1.13,SOC-HALL,SOC,Windows 2000 SP4,MS03-026;MS03-039;MS03-007,Sophos,2026-01-02', // stale AV
  'SOC-PC-004,,SOC-DEPOT,SOC,Windows 2000 SP4,MS03-026;MS03-039;MS03-007,,', // no AV
  'SOC-PC-005,10.20.9.9,SOC-HALL,SOC,Windows XP SP1,,Sophos,2026-02-10', // outside the CIDR: line 6
  'EDU-PC-001,10.30.1.21,EDU-HALL,EDU,Windows XP SP1,MS03-026;MS03-039;MS03-007,McAfee,2026-02-11', // compliant
  'EDU-PC-002,10.30.1.22,EDU-HALL,,Windows XP SP1,MS03-026,McAfee,2026-02-11', // dept from LAN; WebDAV + RPC2 missing
  'EDU-PC-003,10.30.1.23,NOPE,EDU,Windows XP SP1,,McAfee,2026-02-11', // unknown LAN: line 9
  'EDU-PC-004,10.30.1.24,EDU-HALL,EDU,Windows XP SP1,,McAfee,2026-02-31', // bad date: line 10
].join('\n');

describe('inventory over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let itu: string;
  let staff: string;
  const req = (token: string) => ({
    get: (path: string) =>
      api.http().get(`/api/v1/${path}`).set('Authorization', `Bearer ${token}`),
    put: (path: string, body: object) =>
      api.http().put(`/api/v1/${path}`).set('Authorization', `Bearer ${token}`).send(body),
    csv: (path: string, csv: string) =>
      api
        .http()
        .post(`/api/v1/${path}`)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'text/csv')
        .send(csv),
  });

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    itu = (await api.login(['itu'], { departmentId: council.departments.SOC })).token;
    staff = (await api.login(['staff'], { departmentId: council.departments.SOC })).token;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('imports devices, reports bad lines by line and reason, and updates on a second run', async () => {
    const first = await req(council.admin).csv('devices/import', DEVICES);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 6, updated: 0, deleted: 0 });
    expect(first.body.rejected).toEqual([
      { line: 6, reason: 'ip 10.20.9.9 is outside lan "SOC-HALL" (10.20.1.0/24)' },
      { line: 9, reason: 'lan "NOPE" does not exist' },
      { line: 10, reason: 'avSignatureDate "2026-02-31" is not a date (YYYY-MM-DD)' },
    ]);
    const second = await req(council.admin).csv('devices/import', DEVICES);
    expect(second.body).toMatchObject({ created: 0, updated: 6 });
  });

  it('lets only admins set the baseline, validating its fields, and records before and after', async () => {
    const baseline = {
      requiredPatches: ['ms03-026', 'MS03-039', 'MS03-007'],
      minAvSignatureDate: '2026-02-01',
    };
    expect((await req(itu).put('baseline', baseline)).status).toBe(403);
    const bad = await req(council.admin).put('baseline', {
      requiredPatches: ['ok', 'not ok'],
      minAvSignatureDate: '1 Feb',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'minAvSignatureDate',
      'requiredPatches',
    ]);
    const missing = await req(council.admin).put('baseline', { requiredPatches: [] });
    expect(new Set(missing.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['minAvSignatureDate']),
    );
    const ok = await req(council.admin).put('baseline', baseline);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      requiredPatches: ['MS03-026', 'MS03-039', 'MS03-007'],
      minAvSignatureDate: '2026-02-01',
      updatedBy: expect.any(String),
    });
    expect((await req(itu).get('baseline')).body.requiredPatches).toEqual(ok.body.requiredPatches);
    const [event] = await api.app
      .get(DataSource)
      .query(`SELECT data FROM events WHERE stream = 'inventory' AND type = 'baseline.updated'`);
    expect(event.data).toEqual({
      before: { requiredPatches: [], minAvSignatureDate: null },
      after: {
        requiredPatches: ['MS03-026', 'MS03-039', 'MS03-007'],
        minAvSignatureDate: '2026-02-01',
      },
    });
  });

  it('lists devices with their compliance, filtered by LAN and health', async () => {
    const res = await req(council.admin).get(`devices?lanId=${council.lans['SOC-HALL']}`);
    expect(res.status).toBe(200);
    const byHost = Object.fromEntries(
      res.body.items.map((d: { hostname: string }) => [d.hostname, d]),
    );
    expect(Object.keys(byHost)).toEqual(['soc-pc-001', 'soc-pc-002', 'soc-pc-003']);
    expect(byHost['soc-pc-001']).toMatchObject({
      compliant: true,
      health: 'unknown',
      lanId: council.lans['SOC-HALL'],
      departmentId: council.departments.SOC,
      patches: ['MS03-007', 'MS03-026', 'MS03-039'],
      avSignatureDate: '2026-02-10',
      ip: '10.20.1.11',
    });
    expect(byHost['soc-pc-002']).toMatchObject({
      compliant: false,
      missingPatches: ['MS03-026'],
      issues: ['missing_patch'],
    });
    expect(byHost['soc-pc-003']).toMatchObject({ compliant: false, issues: ['av_out_of_date'] });
    const edu = await req(council.admin).get(`devices?lanId=${council.lans['EDU-HALL']}`);
    expect(edu.body.items[1]).toMatchObject({
      hostname: 'edu-pc-002',
      departmentId: council.departments.EDU,
      missingPatches: ['MS03-039', 'MS03-007'],
    });
    expect((await req(council.admin).get('devices?health=infected')).body.items).toEqual([]);
    expect((await req(council.admin).get('devices?health=poorly')).status).toBe(400);
  });

  it('sets health only from a file that has the health column', async () => {
    await req(council.admin)
      .csv(
        'devices/import',
        `${HEADER},health\nSOC-PC-002,10.20.1.12,SOC-HALL,SOC,Windows XP SP1,MS03-039;MS03-007,Sophos,2026-02-10,infected`,
      )
      .expect(200);
    const infected = await req(council.admin).get('devices?health=infected');
    expect(infected.body.items.map((d: { hostname: string }) => d.hostname)).toEqual([
      'soc-pc-002',
    ]);
    expect(infected.body.items[0].issues).toEqual(['missing_patch', 'infected']);
    await req(council.admin).csv('devices/import', DEVICES).expect(200);
    expect((await req(council.admin).get('devices?health=infected')).body.items).toHaveLength(1);
  });

  it('shows an ITU member only their own department’s devices', async () => {
    const own = await req(itu).get('devices?limit=500');
    expect(own.status).toBe(200);
    expect(own.body.items.map((d: { hostname: string }) => d.hostname)).toEqual([
      'soc-pc-001',
      'soc-pc-002',
      'soc-pc-003',
      'soc-pc-004',
    ]);
    expect((await req(itu).get(`devices?departmentId=${council.departments.EDU}`)).status).toBe(
      403,
    );
    const eduLan = await req(itu).get(`devices?lanId=${council.lans['EDU-HALL']}`);
    expect(eduLan.body.items).toEqual([]);
    const eduDevice = (await req(council.admin).get(`devices?lanId=${council.lans['EDU-HALL']}`))
      .body.items[0];
    expect((await req(itu).get(`devices/${eduDevice.id}`)).status).toBe(403);
    const compliance = await req(itu).get('compliance');
    expect(compliance.body.totals.devices).toBe(4);
    expect(compliance.body.departments.map((d: { code: string }) => d.code)).toEqual(['SOC']);
  });

  it('summarises compliance per department and LAN', async () => {
    const res = await req(council.admin).get('compliance');
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({
      devices: 6,
      compliant: 2,
      nonCompliant: 4,
      issues: { missing_patch: 2, no_av: 1, av_out_of_date: 1, infected: 1, isolated: 0 },
      missingPatches: { 'MS03-026': 1, 'MS03-039': 1, 'MS03-007': 1 },
    });
    const soc = res.body.departments.find((d: { code: string }) => d.code === 'SOC');
    expect(soc).toMatchObject({
      devices: 4,
      compliant: 1,
      nonCompliant: 3,
      name: 'Social Services',
    });
    const depot = res.body.lans.find((l: { code: string }) => l.code === 'SOC-DEPOT');
    expect(depot).toMatchObject({
      devices: 1,
      compliant: 0,
      issues: expect.objectContaining({ no_av: 1 }),
    });
  });

  it('gives a staff user 403 on the inventory, and an ITU member 403 on importing', async () => {
    for (const path of ['devices', 'compliance', 'baseline']) {
      const res = await req(staff).get(path);
      expect([path, res.status, res.body.code]).toEqual([path, 403, 'forbidden']);
    }
    expect((await req(itu).csv('devices/import', DEVICES)).status).toBe(403);
  });
});
