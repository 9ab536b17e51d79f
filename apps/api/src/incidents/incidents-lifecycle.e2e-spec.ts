import type { ApiHarness } from '../testing/api-harness';
import type { CouncilFixture } from '../testing/council-fixture';
import { as, GOOD_EVIDENCE } from '../testing/incident-fixture';
import { startIncidentsWorld, IncidentsWorld } from '../testing/incidents-world';

describe('incidents over HTTP: status, updates and edits', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: IncidentsWorld['owner'];
  let deputy: IncidentsWorld['owner'];
  let command: IncidentsWorld['owner'];
  let itu: IncidentsWorld['owner'];
  let declare: IncidentsWorld['declare'];

  beforeAll(async () => {
    ({ api, council, owner, deputy, command, itu, declare } = await startIncidentsWorld());
  });
  afterAll(async () => {
    await api?.close();
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
});
