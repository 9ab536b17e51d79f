import { DataSource } from 'typeorm';
import type { ApiHarness } from '../testing/api-harness';
import type { CouncilFixture } from '../testing/council-fixture';
import { as } from '../testing/incident-fixture';
import { startIncidentsWorld, IncidentsWorld } from '../testing/incidents-world';

describe('incidents over HTTP: ownership', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: IncidentsWorld['owner'];
  let deputy: IncidentsWorld['owner'];
  let command: IncidentsWorld['owner'];
  let staff: IncidentsWorld['owner'];
  let declare: IncidentsWorld['declare'];
  let outbox: IncidentsWorld['outbox'];

  beforeAll(async () => {
    ({ api, council, owner, deputy, command, staff, declare, outbox } =
      await startIncidentsWorld());
  });
  afterAll(async () => {
    await api?.close();
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
});
