import type { ApiHarness } from '../testing/api-harness';
import type { CouncilFixture } from '../testing/council-fixture';
import { as } from '../testing/incident-fixture';
import { startIncidentsWorld, IncidentsWorld } from '../testing/incidents-world';

describe('incidents over HTTP: reading', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: IncidentsWorld['owner'];
  let itu: IncidentsWorld['owner'];
  let ituEdu: IncidentsWorld['owner'];
  let staff: IncidentsWorld['owner'];
  let declare: IncidentsWorld['declare'];

  beforeAll(async () => {
    ({ api, council, owner, itu, ituEdu, staff, declare } = await startIncidentsWorld());
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('reading', () => {
    it('lets ITU members see only incidents that involve their department', async () => {
      const id = (await declare(owner.token, { title: 'SOC only' })).body.id;
      await as(api, owner.token)
        .post(`incidents/${id}/lans`, { lanIds: [council.lans['SOC-DEPOT']] })
        .expect(201);
      expect((await as(api, itu.token).get(`incidents/${id}`)).status).toBe(200);
      expect((await as(api, itu.token).get(`incidents/${id}/events`)).status).toBe(200);
      expect((await as(api, ituEdu.token).get(`incidents/${id}`)).status).toBe(403);
      expect((await as(api, ituEdu.token).get(`incidents/${id}/events`)).status).toBe(403);
      expect((await as(api, staff.token).get(`incidents/${id}`)).status).toBe(403);
      const socList = await as(api, itu.token).get('incidents?limit=500').expect(200);
      expect(socList.body.items.map((i: { id: string }) => i.id)).toContain(id);
      const eduList = await as(api, ituEdu.token).get('incidents?limit=500').expect(200);
      expect(eduList.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
      const got = await as(api, itu.token).get(`incidents/${id}`);
      expect(got.body.affectedDepartmentIds).toEqual([council.departments.SOC]);
    });

    it('lists newest first in pages, filtered by status, and 404s an unknown incident', async () => {
      const o = as(api, owner.token);
      const declared = await Promise.all(Array.from({ length: 10 }, () => declare(owner.token)));
      await o.post(`incidents/${declared[0].body.id}/status`, { to: 'closed' }).expect(200);
      const first = await o.get('incidents?limit=5&open=true').expect(200);
      expect(first.body.items).toHaveLength(5);
      const second = await o
        .get(`incidents?limit=5&open=true&cursor=${first.body.nextCursor}`)
        .expect(200);
      const all = [...first.body.items, ...second.body.items];
      expect(new Set(all.map((i: { id: string }) => i.id)).size).toBe(all.length);
      const times = all.map((i: { createdAt: string }) => i.createdAt);
      expect([...times].sort().reverse()).toEqual(times);
      expect(all.every((i: { status: string }) => i.status !== 'closed')).toBe(true);
      const closed = await o.get('incidents?status=closed&limit=500').expect(200);
      expect(closed.body.items.every((i: { status: string }) => i.status === 'closed')).toBe(true);
      expect((await o.get('incidents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await o.get('incidents/nope')).body.errors).toEqual([
        { field: 'id', message: 'must be a UUID' },
      ]);
      expect((await o.get('incidents?cursor=garbage')).status).toBe(400);
    });

    it('pages the timeline by seq and resumes after sinceSeq', async () => {
      const id = (await declare(owner.token)).body.id;
      const o = as(api, owner.token);
      for (let i = 0; i < 5; i++)
        await o.post(`incidents/${id}/updates`, { message: `u${i}` }).expect(201);
      const p1 = await o.get(`incidents/${id}/events?limit=4`).expect(200);
      expect(p1.body.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
      const p2 = await o
        .get(`incidents/${id}/events?limit=4&cursor=${p1.body.nextCursor}`)
        .expect(200);
      expect(p2.body.items.map((e: { seq: number }) => e.seq)).toEqual([5, 6]);
      expect(p2.body.nextCursor).toBeNull();
      const since = await o.get(`incidents/${id}/events?sinceSeq=4`).expect(200);
      expect(since.body.items.map((e: { seq: number }) => e.seq)).toEqual([5, 6]);
      expect(since.body.items[0]).toEqual({
        seq: 5,
        at: expect.any(String),
        type: 'incident.update_posted',
        actor: { id: owner.id, name: 'Olive Owner', kind: 'user' },
        data: { message: 'u3', nextUpdateDueAt: expect.any(String) },
      });
      expect((await o.get(`incidents/${id}/events?sinceSeq=-1`)).status).toBe(400);
    });
  });
});
