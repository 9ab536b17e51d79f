import { DataSource } from 'typeorm';
import type { ApiHarness } from '../testing/api-harness';
import { as } from '../testing/incident-fixture';
import { startIncidentsWorld, IncidentsWorld } from '../testing/incidents-world';

describe('incidents over HTTP: declaring', () => {
  let api: ApiHarness;
  let owner: IncidentsWorld['owner'];
  let command: IncidentsWorld['owner'];
  let itu: IncidentsWorld['owner'];
  let staff: IncidentsWorld['owner'];
  let declare: IncidentsWorld['declare'];
  let outbox: IncidentsWorld['outbox'];

  beforeAll(async () => {
    ({ api, owner, command, itu, staff, declare, outbox } = await startIncidentsWorld());
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
});
