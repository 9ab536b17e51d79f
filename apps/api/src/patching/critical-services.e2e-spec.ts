import { DataSource } from 'typeorm';
import { FallbackWorld, startFallbackWorld } from '../testing/fallback-world';
import { as } from '../testing/incident-fixture';

describe('Critical services (e2e)', () => {
  let w: FallbackWorld;
  let serviceId: string;
  const owner = () => as(w.api, w.owner.token);
  const del = (token: string, path: string) =>
    w.api.http().delete(`/api/v1/${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    w = await startFallbackWorld();
  }, 60_000);
  afterAll(() => w.api.close());

  const fields = (body: { errors?: { field: string }[] }) => body.errors?.map((e) => e.field);

  it('records a service with its plan at version 1, as one event on its stream', async () => {
    const res = await owner().post('critical-services', w.mailService()).expect(201);
    serviceId = res.body.id;
    expect(res.body).toMatchObject({
      name: 'Mail scanning',
      version: 1,
      hasPlan: true,
      reviewOverdue: false,
      decider: { id: w.owner.id, name: 'Margaret Hale' },
      standby: { device: { id: w.device.spare, hostname: 'soc-spare' } },
    });
    expect(res.body.servers.map((s: { hostname: string }) => s.hostname)).toEqual([
      'soc-mail-1',
      'soc-mail-2',
    ]);
    expect(res.body.steps.filter((s: { firstStep: boolean }) => s.firstStep)).toHaveLength(2);
    const events = await w.api.app
      .get(DataSource)
      .query(`SELECT seq, type, data FROM events WHERE stream = $1 ORDER BY seq`, [
        `critical-service:${serviceId}`,
      ]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['critical_service.created']);
    expect(events[0].data.service.steps).toHaveLength(4);
  });

  it('changes it from the version read, each change an event; a stale version is 409', async () => {
    const body = {
      ...w.mailService(),
      serverIds: [w.device.mail1],
      steps: [{ text: 'Switch to the standby', firstStep: true }],
      version: 1,
    };
    const res = await owner().put(`critical-services/${serviceId}`, body).expect(200);
    expect(res.body).toMatchObject({ version: 2, steps: [{ text: 'Switch to the standby' }] });
    expect(res.body.servers).toHaveLength(1);
    const stale = await owner().put(`critical-services/${serviceId}`, body).expect(409);
    expect(stale.body).toMatchObject({ code: 'conflict', version: 2 });
    const back = { ...w.mailService(), version: 2 };
    await as(w.api, w.command.token).put(`critical-services/${serviceId}`, back).expect(200);
    const events = await w.api.app
      .get(DataSource)
      .query(`SELECT seq, type, data FROM events WHERE stream = $1 ORDER BY seq`, [
        `critical-service:${serviceId}`,
      ]);
    expect(events.map((e: { seq: number; type: string }) => `${e.seq} ${e.type}`)).toEqual([
      '1 critical_service.created',
      '2 critical_service.updated',
      '3 critical_service.updated',
    ]);
    expect(events[1].data.before.servers).toHaveLength(2);
    expect(events[1].data.service.servers).toHaveLength(1);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: ' ' }, 'name'],
      [{ serverIds: [] }, 'serverIds'],
      [{ serverIds: ['not-a-uuid'] }, 'serverIds'],
      [{ serverIds: ['00000000-0000-4000-8000-000000000001'] }, 'serverIds'],
      [{ standbyDeviceId: w.device.files }, 'standbyDeviceId'],
      [{ deciderId: w.soc.id }, 'deciderId'],
      [{ steps: [{ text: '  ', firstStep: true }] }, 'steps.0.text'],
      [{ steps: [{ text: 'x' }] }, 'steps.0.firstStep'],
      [{ lastReviewedOn: '2026-02-30' }, 'lastReviewedOn'],
      [{ lastReviewedOn: '2999-01-01' }, 'lastReviewedOn'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [change, field] of cases) {
      const body = { ...w.mailService(), name: 'Payroll', serverIds: [w.device.files], ...change };
      const res = await owner().post('critical-services', body);
      expect([res.status, fields(res.body)]).toEqual([400, expect.arrayContaining([field])]);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('refuses a taken name (409) and a server that hosts another service (400)', async () => {
    const dup = await owner().post('critical-services', {
      ...w.mailService(),
      serverIds: [w.device.files],
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'conflict', field: 'name' });
    const taken = await owner().post('critical-services', { ...w.mailService(), name: 'Web' });
    expect([taken.status, fields(taken.body)]).toEqual([400, ['serverIds']]);
    expect(taken.body.errors[0].message).toMatch(/soc-mail-1 already hosts Mail scanning/);
  });

  it('warns when the plan was last reviewed more than six months ago', async () => {
    const res = await owner()
      .post('critical-services', {
        ...w.mailService(),
        name: 'File service',
        serverIds: [w.device.files],
        lastReviewedOn: '2025-01-15',
      })
      .expect(201);
    expect(res.body.reviewOverdue).toBe(true);
    await del(w.owner.token, `critical-services/${res.body.id}`).expect(204);
    await owner().get(`critical-services/${res.body.id}`).expect(404);
  });

  it('lets ITU members read the services on their department’s servers only, and write none', async () => {
    const soc = (await as(w.api, w.soc.token).get('critical-services').expect(200)).body;
    expect(soc.items.map((s: { name: string }) => s.name)).toEqual(['Mail scanning']);
    const edu = (await as(w.api, w.edu.token).get('critical-services').expect(200)).body;
    expect(edu).toEqual({ items: [], nextCursor: null });
    await as(w.api, w.edu.token).get(`critical-services/${serviceId}`).expect(404);
    await as(w.api, w.soc.token).post('critical-services', w.mailService()).expect(403);
    await del(w.soc.token, `critical-services/${serviceId}`).expect(403);
    await as(w.api, w.staff.token).get('critical-services').expect(403);
    await w.api.http().get('/api/v1/critical-services').expect(401);
    const deciders = (await owner().get('critical-services/deciders').expect(200)).body.items;
    const ids = deciders.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([w.owner.id, w.command.id]));
    expect(ids).not.toContain(w.soc.id);
    await as(w.api, w.soc.token).get('critical-services/deciders').expect(403);
    const bad = await owner().get('critical-services/nope').expect(400);
    expect(fields(bad.body)).toEqual(['id']);
  });
});
