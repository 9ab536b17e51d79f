import type { ApiHarness } from '../testing/api-harness';
import { as, GOOD_EVIDENCE } from '../testing/incident-fixture';
import { startTasksWorld, TasksWorld } from '../testing/tasks-world';

describe('tasks over HTTP: claiming and completing', () => {
  let api: ApiHarness;
  let owner: TasksWorld['owner'];
  let deputy: TasksWorld['owner'];
  let command: TasksWorld['owner'];
  let soc1: TasksWorld['owner'];
  let soc2: TasksWorld['owner'];
  let edu: TasksWorld['owner'];
  let task: Record<string, string>;

  beforeAll(async () => {
    ({ api, owner, deputy, command, soc1, soc2, edu, task } = await startTasksWorld());
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('claiming', () => {
    it('claims once, lets the claimer, the owner or command staff release it, and nobody else', async () => {
      const id = task['soc-t-1'];
      expect((await as(api, owner.token).post(`tasks/${id}/claim`)).status).toBe(403);
      expect((await as(api, edu.token).post(`tasks/${id}/claim`)).status).toBe(403);
      const claimed = await as(api, soc1.token).post(`tasks/${id}/claim`);
      expect(claimed.body).toMatchObject({
        status: 'claimed',
        claimedBy: { id: soc1.id, name: 'Sam' },
      });
      const taken = await as(api, soc2.token).post(`tasks/${id}/claim`);
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({
        code: 'already_claimed',
        claimedBy: { id: soc1.id, name: 'Sam' },
      });
      expect((await as(api, soc2.token).post(`tasks/${id}/unclaim`)).status).toBe(403);
      expect((await as(api, deputy.token).post(`tasks/${id}/unclaim`)).status).toBe(403);
      const released = await as(api, soc1.token).post(`tasks/${id}/unclaim`);
      expect(released.status).toBe(200);
      expect(released.body).toMatchObject({ status: 'open', claimedBy: null });
      expect((await as(api, soc1.token).post(`tasks/${id}/unclaim`)).body.code).toBe(
        'invalid_transition',
      );
      await as(api, soc2.token).post(`tasks/${id}/claim`).expect(200);
      await as(api, owner.token).post(`tasks/${id}/unclaim`).expect(200);
      await as(api, soc2.token).post(`tasks/${id}/claim`).expect(200);
      await as(api, command.token).post(`tasks/${id}/unclaim`).expect(200);
      expect(
        (await as(api, soc1.token).post('tasks/00000000-0000-4000-8000-000000000000/claim')).status,
      ).toBe(404);
      expect((await as(api, soc1.token).post('tasks/nope/claim')).body.errors).toEqual([
        { field: 'id', message: 'must be a UUID' },
      ]);
    });
  });

  describe('completing', () => {
    it('refuses evidence short of the baseline naming exactly what is missing, then takes it and updates the record', async () => {
      const id = task['soc-noav'];
      const c = (token: string, body: object) => as(api, token).post(`tasks/${id}/complete`, body);
      await as(api, soc1.token).post(`tasks/${id}/claim`).expect(200);
      expect((await c(soc2.token, { evidence: GOOD_EVIDENCE })).body.code).toBe('already_claimed');
      const noEvidence = await c(soc1.token, { note: 'done' });
      expect(noEvidence.status).toBe(400);
      expect(noEvidence.body.errors).toEqual([
        { field: 'evidence', message: 'is required to complete a device task' },
      ]);
      const malformed = await c(soc1.token, {
        evidence: { patches: 'MS03-026', avSignatureDate: '10/02/2026' },
      });
      expect(malformed.status).toBe(400);
      expect(new Set(malformed.body.errors.map((e: { field: string }) => e.field))).toEqual(
        new Set(['evidence.patches', 'evidence.avSignatureDate', 'evidence.scanClean']),
      );
      const unreal = await c(soc1.token, {
        evidence: { ...GOOD_EVIDENCE, avSignatureDate: '2026-02-30' },
      });
      expect(unreal.body.errors).toEqual([
        { field: 'evidence.avSignatureDate', message: 'is not a real date' },
      ]);
      const short = await c(soc1.token, {
        evidence: { patches: ['MS03-039'], avSignatureDate: '2026-01-15', scanClean: false },
      });
      expect(short.status).toBe(422);
      expect(short.body).toMatchObject({
        code: 'evidence_below_baseline',
        missing: ['MS03-026', 'avProduct', 'avSignatureDate 2026-02-01 or later', 'scanClean'],
        missingPatches: ['MS03-026'],
      });
      expect((await as(api, command.token).get(`tasks/${id}`)).body.status).toBe('claimed');
      const done = await c(soc1.token, {
        note: 'Installed Sophos, patched, full scan clean',
        evidence: { ...GOOD_EVIDENCE, avProduct: 'Sophos Anti-Virus' },
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        status: 'done',
        completedBy: { id: soc1.id },
        evidence: { ...GOOD_EVIDENCE, avProduct: 'Sophos Anti-Virus' },
      });
      const device = (await as(api, command.token).get(`tasks/${id}`)).body.device;
      expect(device).toMatchObject({
        compliant: true,
        health: 'clean',
        missingPatches: [],
        issues: [],
      });
      expect((await c(soc1.token, { evidence: GOOD_EVIDENCE })).body.code).toBe(
        'invalid_transition',
      );
    });

    it('lets an ITU member claim and complete an open task in one step', async () => {
      const res = await as(api, soc2.token).post(`tasks/${task['soc-t-2']}/complete`, {
        evidence: GOOD_EVIDENCE,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'done',
        claimedBy: { id: soc2.id },
        completedBy: { id: soc2.id },
      });
      expect(
        (
          await as(api, edu.token).post(`tasks/${task['soc-t-3']}/complete`, {
            evidence: GOOD_EVIDENCE,
          })
        ).status,
      ).toBe(403);
    });

    it('is verified by command staff and reopened by command staff or the owner, with a reason', async () => {
      const id = task['soc-t-2'];
      expect((await as(api, owner.token).post(`tasks/${id}/verify`)).status).toBe(403);
      expect((await as(api, soc1.token).post(`tasks/${id}/verify`)).status).toBe(403);
      const verified = await as(api, command.token).post(`tasks/${id}/verify`);
      expect(verified.body).toMatchObject({
        status: 'verified',
        verifiedBy: { id: command.id, name: 'Carl' },
      });
      expect((await as(api, command.token).post(`tasks/${id}/verify`)).body.code).toBe(
        'invalid_transition',
      );
      expect((await as(api, owner.token).post(`tasks/${id}/reopen`, {})).status).toBe(400);
      expect((await as(api, soc1.token).post(`tasks/${id}/reopen`, { reason: 'x' })).status).toBe(
        403,
      );
      const reopened = await as(api, owner.token).post(`tasks/${id}/reopen`, {
        reason: 'Scan log shows a second infection',
      });
      expect(reopened.body).toMatchObject({
        status: 'open',
        claimedBy: null,
        evidence: null,
        verifiedAt: null,
      });
      expect(
        (await as(api, owner.token).post(`tasks/${id}/reopen`, { reason: 'x' })).body.code,
      ).toBe('invalid_transition');
    });
  });
});
