import type { StatusView } from '@cordon/contracts';
import { StatusService } from '@cordon/live';
import { ApiHarness, startApi } from './testing/api-harness';
import { CouncilFixture, createCouncil } from './testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from './testing/incident-fixture';

/** The public status page's data and its fault form, without a login. */
describe('public status over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let incident: { id: string; reference: string };

  /** The status is cached and refreshed shortly after events: wait for what we expect. */
  async function statusWhere(ok: (view: StatusView) => boolean): Promise<StatusView> {
    for (let i = 0; ; i++) {
      const res = await api.http().get('/api/v1/status');
      expect(res.status).toBe(200);
      if (ok(res.body) || i === 50) return res.body as StatusView;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const lines = [DEVICE_HEADER];
    for (const h of ['st-1', 'st-2', 'st-3'])
      lines.push(`${h},,SOC-HALL,SOC,XP,,Sophos,2025-01-01`);
    await admin.csv('devices/import', lines.join('\n')).expect(200);
    const owner = await api.login(['owner']);
    const itu = await api.login(['itu'], { departmentId: council.departments.SOC });
    const o = as(api, owner.token);
    const declared = await o
      .post('incidents', { title: 'Welchia', severity: 1, summary: 's' })
      .expect(201);
    incident = declared.body;
    const lan = council.lans['SOC-HALL'];
    await o.post(`incidents/${incident.id}/lans`, { lanIds: [lan] }).expect(201);
    await o.post(`incidents/${incident.id}/lans/${lan}/transitions`, { to: 'shut_down' });
    const tasks = (await o.get(`tasks?incidentId=${incident.id}`)).body.items;
    const byHost = new Map(
      tasks.map((t: { device: { hostname: string } }) => [t.device.hostname, t]),
    ) as Map<string, { id: string; deviceId: string }>;
    await as(api, itu.token)
      .post(`tasks/${byHost.get('st-1')?.id}/complete`, { evidence: GOOD_EVIDENCE })
      .expect(200);
    await o
      .post(`incidents/${incident.id}/devices/${byHost.get('st-2')?.deviceId}/waive`, {
        reason: 'scrapped',
      })
      .expect(200);
    await o.post(`incidents/${incident.id}/updates`, { message: 'first' }).expect(201);
    await o
      .post(`incidents/${incident.id}/updates`, { message: 'SOC-HALL: 2 of 3 machines done' })
      .expect(201);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('tells staff each incident’s severity, latest update and LANs by name with machines done', async () => {
    const status = await statusWhere(
      (s) => s.incidents[0]?.latestUpdate?.message === 'SOC-HALL: 2 of 3 machines done',
    );
    expect(status.incidents).toEqual([
      {
        reference: incident.reference,
        title: 'Welchia',
        status: 'active',
        severity: 1,
        nextUpdateDueAt: expect.any(String),
        latestUpdate: { message: 'SOC-HALL: 2 of 3 machines done', at: expect.any(String) },
        lans: [
          {
            code: 'SOC-HALL',
            phase: 'shut_down',
            lanId: council.lans['SOC-HALL'],
            name: 'Social Services, Civic Hall',
            siteId: council.sites.HALL,
            siteCode: 'HALL',
            siteName: 'Civic Hall',
            devices: { total: 3, done: 2 },
          },
        ],
      },
    ]);
  });

  it('lists every site and its LANs by name, for the fault form', async () => {
    const status = await statusWhere(() => true);
    expect(status.sites).toEqual([
      {
        id: council.sites.DEPOT,
        code: 'DEPOT',
        name: 'Northgate Depot',
        lans: [
          { id: council.lans['SOC-DEPOT'], code: 'SOC-DEPOT', name: 'Social Services, Depot' },
        ],
      },
      {
        id: council.sites.HALL,
        code: 'HALL',
        name: 'Civic Hall',
        lans: [
          { id: council.lans['EDU-HALL'], code: 'EDU-HALL', name: 'Education, Civic Hall' },
          {
            id: council.lans['SOC-HALL'],
            code: 'SOC-HALL',
            name: 'Social Services, Civic Hall',
          },
        ],
      },
    ]);
  });

  it('takes a fault report without a login, rate limited, answered like the staff route', async () => {
    const body = { lanId: council.lans['SOC-HALL'], description: 'PC very slow', contact: 'x1234' };
    expect((await api.http().post('/api/v1/fault-reports').send(body)).status).toBe(401);
    const res = await api.http().post('/api/v1/status/fault-reports').send(body);
    expect(res.status).toBe(201);
    expect(res.headers['ratelimit-limit']).toBe('120');
    expect(res.body).toMatchObject({
      lanId: council.lans['SOC-HALL'],
      siteId: council.sites.HALL,
      description: 'PC very slow',
      contact: 'x1234',
      incidentId: incident.id,
      incident: { id: incident.id, reference: incident.reference, status: 'active' },
      lans: [{ lanId: council.lans['SOC-HALL'], code: 'SOC-HALL', phase: 'shut_down' }],
      message: expect.any(String),
    });
    const owner = await api.login(['owner']);
    const listed = await as(api, owner.token)
      .get(`fault-reports?incidentId=${incident.id}`)
      .expect(200);
    expect(listed.body.items.map((f: { id: string }) => f.id)).toContain(res.body.id);
  });

  it('names the field of bad input', async () => {
    const empty = await api.http().post('/api/v1/status/fault-reports').send({});
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'lanId', message: 'lanId, siteId or staffId is required' },
        { field: 'description', message: 'description is required' },
      ]),
    );
    const noLan = await api
      .http()
      .post('/api/v1/status/fault-reports')
      .send({ lanId: '00000000-0000-4000-8000-000000000000', description: 'x' });
    expect(noLan.status).toBe(400);
    expect(noLan.body.errors).toEqual([{ field: 'lanId', message: 'no such LAN' }]);
  });

  it('answers ahead of Nest, and goes on to the controller when the snapshot fails', async () => {
    const status = api.app.get(StatusService);
    const real = status.snapshot.bind(status);
    const calls = jest.spyOn(status, 'snapshot');
    const once = await api.http().get('/api/v1/status').set('Accept-Encoding', 'gzip');
    expect(once.status).toBe(200);
    expect(once.headers['content-encoding']).toBe('gzip');
    expect(calls).toHaveBeenCalledTimes(1);
    calls.mockClear();
    // the Express handler's snapshot fails (PostgreSQL away for a moment); the controller's does not
    calls.mockImplementationOnce(() => Promise.reject(new Error('connection terminated')));
    calls.mockImplementationOnce(real);
    const fallback = await api.http().get('/api/v1/status').set('If-None-Match', once.headers.etag);
    expect(calls).toHaveBeenCalledTimes(2);
    expect(fallback.status).toBe(304);
    calls.mockRestore();
  });
});
