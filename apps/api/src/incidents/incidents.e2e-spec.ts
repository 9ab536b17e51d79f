import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from '../testing/incident-fixture';

describe('incidents over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let deputy: { token: string; id: string };
  let command: { token: string; id: string };
  let itu: { token: string; id: string };
  let ituEdu: { token: string; id: string };
  let staff: { token: string; id: string };
  const declare = (token: string, body: object = {}) =>
    as(api, token).post('incidents', {
      title: 'W32.Welchia',
      severity: 2,
      summary: 'Hosts scanning TCP 135',
      ownerId: owner.id,
      ...body,
    });
  const outbox = (like: string) =>
    api.app
      .get(DataSource)
      .query(
        `SELECT job_name, job_id, payload, delay_ms FROM outbox WHERE job_id LIKE $1 ORDER BY id`,
        [like],
      );

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    await as(api, council.admin).put('baseline', TEST_BASELINE).expect(200);
    await as(api, council.admin)
      .csv(
        'devices/import',
        [DEVICE_HEADER, 'SOC-X-1,10.20.1.50,SOC-HALL,SOC,XP,,Sophos,2026-02-10'].join('\n'),
      )
      .expect(200);
    owner = await api.login(['owner'], { name: 'Olive Owner' });
    deputy = await api.login(['owner'], { name: 'Dan Deputy' });
    command = await api.login(['command']);
    itu = await api.login(['itu'], { departmentId: council.departments.SOC });
    ituEdu = await api.login(['itu'], { departmentId: council.departments.EDU });
    staff = await api.login(['staff'], { departmentId: council.departments.SOC });
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('declaring', () => {
    it('numbers references INC-YYYY-NNNN gap-free under 20 concurrent declarations', async () => {
      const answers = await Promise.all(Array.from({ length: 20 }, () => declare(owner.token)));
      expect(answers.every((a) => a.status === 201)).toBe(true);
      const year = new Date().getUTCFullYear();
      const numbers = answers.map((a) => {
        const match = /^INC-(\d{4})-(\d{4})$/.exec(a.body.reference);
        expect(match?.[1]).toBe(String(year));
        return Number(match?.[2]);
      });
      const all = (
        await api.app.get(DataSource).query(`SELECT number FROM incidents ORDER BY number`)
      ).map((r: { number: number }) => r.number);
      expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
      expect(new Set(numbers).size).toBe(20);
    });

    it('answers the incident with its owner, status and next update time', async () => {
      const res = await declare(command.token, { updateCadenceMinutes: 30 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'active',
        severity: 2,
        owner: { id: owner.id, name: 'Olive Owner' },
        updateCadenceMinutes: 30,
        closedAt: null,
      });
      const due =
        new Date(res.body.nextUpdateDueAt).getTime() - new Date(res.body.lastUpdateAt).getTime();
      expect(due).toBe(30 * 60_000);
      const got = await as(api, owner.token).get(`incidents/${res.body.id}`).expect(200);
      expect(got.body).toEqual({ ...res.body, lastSeq: 1 }); // reads carry the seq to subscribe from
      const [reminder] = await outbox(`update-due:${res.body.id}:%`);
      expect(reminder).toMatchObject({ job_name: 'notify.update_due' });
      expect(reminder.delay_ms).toBeGreaterThan(29 * 60_000);
    });

    it('names every bad field with 400, and refuses an owner who may not own', async () => {
      const bad = await as(api, owner.token).post('incidents', {
        title: '',
        severity: 5,
        ownerId: 'x',
      });
      expect(bad.status).toBe(400);
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(
        new Set(['ownerId', 'severity', 'summary', 'title']),
      );
      const notOwner = await declare(owner.token, { ownerId: itu.id });
      expect(notOwner.status).toBe(400);
      expect(notOwner.body.errors).toEqual([
        { field: 'ownerId', message: 'must be an active user with the owner or command role' },
      ]);
      expect(
        (await declare(owner.token, { ownerId: '00000000-0000-4000-8000-000000000000' })).status,
      ).toBe(400);
      expect((await declare(itu.token)).status).toBe(403);
      expect((await declare(staff.token)).status).toBe(403);
    });
  });

  describe('ownership', () => {
    it('hands over only from the current owner or an admin, to an active owner, with a reason; both are told', async () => {
      const id = (await declare(owner.token)).body.id;
      const h = (token: string, body: object) =>
        as(api, token).post(`incidents/${id}/handover`, body);
      expect((await h(deputy.token, { toUserId: deputy.id, reason: 'mine now' })).status).toBe(403);
      expect((await h(command.token, { toUserId: deputy.id, reason: 'x' })).status).toBe(403);
      const noReason = await h(owner.token, { toUserId: deputy.id });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors[0].field).toBe('reason');
      expect((await h(owner.token, { toUserId: staff.id, reason: 'x' })).status).toBe(400);
      expect((await h(owner.token, { toUserId: owner.id, reason: 'x' })).body.errors).toEqual([
        { field: 'toUserId', message: 'is already the owner' },
      ]);
      await api.app
        .get(DataSource)
        .query(`UPDATE users SET active = false WHERE id = $1`, [command.id]);
      const inactive = await h(owner.token, { toUserId: command.id, reason: 'x' });
      await api.app
        .get(DataSource)
        .query(`UPDATE users SET active = true WHERE id = $1`, [command.id]);
      expect(inactive.status).toBe(400);

      const res = await h(owner.token, { toUserId: deputy.id, reason: 'End of my shift' });
      expect(res.status).toBe(200);
      expect(res.body.owner).toEqual({ id: deputy.id, name: 'Dan Deputy' });
      // the previous owner has no owner powers left
      expect((await h(owner.token, { toUserId: owner.id, reason: 'back' })).status).toBe(403);
      const back = await h(council.admin, { toUserId: owner.id, reason: 'admin puts it back' });
      expect(back.status).toBe(200);

      const events = await as(api, owner.token).get(`incidents/${id}/events`).expect(200);
      const changed = events.body.items.filter(
        (e: { type: string }) => e.type === 'incident.owner_changed',
      );
      expect(changed.map((e: { data: unknown }) => e.data)).toEqual([
        {
          from: { id: owner.id, name: 'Olive Owner' },
          to: { id: deputy.id, name: 'Dan Deputy' },
          reason: 'End of my shift',
        },
        {
          from: { id: deputy.id, name: 'Dan Deputy' },
          to: { id: owner.id, name: 'Olive Owner' },
          reason: 'admin puts it back',
        },
      ]);
      const told = await outbox(`owner-changed:${id}:%`);
      expect(
        told.map((t: { payload: { userId: string; role: string } }) => [
          t.payload.userId,
          t.payload.role,
        ]),
      ).toEqual([
        [owner.id, 'previous_owner'],
        [deputy.id, 'new_owner'],
        [deputy.id, 'previous_owner'],
        [owner.id, 'new_owner'],
      ]);
    });

    it('lets command staff own an incident and use every owner power on it', async () => {
      const id = (await declare(owner.token, { ownerId: command.id })).body.id;
      const c = as(api, command.token);
      await c.patch(`incidents/${id}`, { severity: 1 }).expect(200);
      await c.post(`incidents/${id}/status`, { to: 'contained' }).expect(200);
      const handed = await c.post(`incidents/${id}/handover`, {
        toUserId: owner.id,
        reason: 'back to the owner',
      });
      expect(handed.status).toBe(200);
      expect((await c.post(`incidents/${id}/status`, { to: 'active' })).status).toBe(403);
    });

    it('keeps exactly one owner when two handovers race', async () => {
      const id = (await declare(owner.token)).body.id;
      const [a, b] = await Promise.all([
        as(api, owner.token).post(`incidents/${id}/handover`, { toUserId: deputy.id, reason: 'a' }),
        as(api, owner.token).post(`incidents/${id}/handover`, {
          toUserId: command.id,
          reason: 'b',
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 403]);
      const events = (await as(api, owner.token).get(`incidents/${id}/events`)).body.items;
      expect(
        events.filter((e: { type: string }) => e.type === 'incident.owner_changed'),
      ).toHaveLength(1);
    });
  });

  describe('status', () => {
    it('moves through its statuses, resets the update clock, and refuses what the table forbids', async () => {
      const created = (await declare(owner.token)).body;
      const s = (token: string, body: object) =>
        as(api, token).post(`incidents/${created.id}/status`, body);
      expect((await s(command.token, { to: 'contained' })).status).toBe(403);
      expect((await s(owner.token, { to: 'active' })).body.code).toBe('invalid_transition');
      expect((await s(owner.token, { to: 'sideways' })).status).toBe(400);
      const contained = await s(owner.token, {
        to: 'contained',
        reason: 'no new infections for a day',
      });
      expect(contained.status).toBe(200);
      expect(contained.body.status).toBe('contained');
      expect(new Date(contained.body.nextUpdateDueAt).getTime()).toBeGreaterThanOrEqual(
        new Date(created.nextUpdateDueAt).getTime(),
      );
      expect((await s(owner.token, { to: 'active', reason: 'spreading again' })).status).toBe(200);
      expect((await s(owner.token, { to: 'closed' })).status).toBe(200);
      const closed = await as(api, owner.token).get(`incidents/${created.id}`);
      expect(closed.body).toMatchObject({ status: 'closed', nextUpdateDueAt: null });
      expect((await s(owner.token, { to: 'active' })).body.code).toBe('invalid_transition');
      expect(
        (await as(api, owner.token).post(`incidents/${created.id}/updates`, { message: 'x' }))
          .status,
      ).toBe(409);
    });

    it('refuses to close while a LAN is down or a task open, unless the owner forces it with a reason', async () => {
      const id = (await declare(owner.token)).body.id;
      const o = as(api, owner.token);
      const lan = council.lans['SOC-HALL'];
      await o.post(`incidents/${id}/lans`, { lanIds: [lan] }).expect(201);
      await o.post(`incidents/${id}/lans/${lan}/transitions`, { to: 'shut_down' }).expect(200);
      const refused = await o.post(`incidents/${id}/status`, { to: 'closed' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'close_blocked',
        blockers: { lans: [{ lanId: lan, code: 'SOC-HALL', phase: 'shut_down' }], openTasks: 1 },
      });
      const noReason = await o.post(`incidents/${id}/status`, { to: 'closed', force: true });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors[0].field).toBe('reason');
      expect(
        (
          await as(api, council.admin).post(`incidents/${id}/status`, {
            to: 'closed',
            force: true,
            reason: 'x',
          })
        ).status,
      ).toBe(403);
      const forced = await o.post(`incidents/${id}/status`, {
        to: 'closed',
        force: true,
        reason: 'Merged into the council-wide incident',
      });
      expect(forced.status).toBe(200);
      const tasks = await o.get(`tasks?incidentId=${id}`).expect(200);
      expect(tasks.body.items.map((t: { status: string }) => t.status)).toEqual(['cancelled']);
      const events = (await o.get(`incidents/${id}/events`)).body.items;
      expect(events.map((e: { type: string }) => e.type).slice(-2)).toEqual([
        'tasks.cancelled',
        'incident.status_changed',
      ]);
      expect(events[events.length - 1].data).toMatchObject({
        to: 'closed',
        forced: true,
        cancelledTasks: 1,
      });
      // the LAN is free for another incident's plan now
      const next = (await declare(owner.token)).body.id;
      expect((await o.post(`incidents/${next}/lans`, { lanIds: [lan] })).status).toBe(201);
      await as(api, council.admin).post(`incidents/${next}/status`, { to: 'closed' }).expect(200);
    });

    it('closes once every LAN is reopened and every task done', async () => {
      const id = (await declare(owner.token)).body.id;
      const o = as(api, owner.token);
      const lan = council.lans['SOC-HALL'];
      await o.post(`incidents/${id}/lans`, { lanIds: [lan] }).expect(201);
      await o.post(`incidents/${id}/lans/${lan}/transitions`, { to: 'shut_down' }).expect(200);
      const [task] = (await o.get(`tasks?incidentId=${id}`)).body.items;
      await as(api, itu.token)
        .post(`tasks/${task.id}/complete`, { evidence: GOOD_EVIDENCE })
        .expect(200);
      await o.post(`incidents/${id}/lans/${lan}/transitions`, { to: 'reopened' }).expect(200);
      expect((await o.post(`incidents/${id}/status`, { to: 'recovered' })).status).toBe(200);
      const closed = await o.post(`incidents/${id}/status`, { to: 'closed', reason: 'all clean' });
      expect(closed.status).toBe(200);
      expect(closed.body.closedAt).not.toBeNull();
    });
  });

  describe('updates and edits', () => {
    it('posts an update to staff, which starts the update clock again', async () => {
      const created = (await declare(owner.token, { updateCadenceMinutes: 15 })).body;
      await new Promise((r) => setTimeout(r, 20));
      const res = await as(api, command.token).post(`incidents/${created.id}/updates`, {
        message: 'SOC-HALL is being cleaned; 22 of 30 machines done',
      });
      expect(res.status).toBe(201);
      expect(new Date(res.body.nextUpdateDueAt).getTime()).toBeGreaterThan(
        new Date(created.nextUpdateDueAt).getTime(),
      );
      expect(
        (await as(api, itu.token).post(`incidents/${created.id}/updates`, { message: 'x' })).status,
      ).toBe(403);
      const edited = await as(api, owner.token).patch(`incidents/${created.id}`, {
        severity: 1,
        updateCadenceMinutes: 120,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ severity: 1, updateCadenceMinutes: 120 });
      expect((await as(api, owner.token).patch(`incidents/${created.id}`, {})).status).toBe(400);
      expect(
        (await as(api, deputy.token).patch(`incidents/${created.id}`, { severity: 3 })).status,
      ).toBe(403);
    });
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
