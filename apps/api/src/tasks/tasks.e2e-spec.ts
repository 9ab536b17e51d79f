import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from '../testing/incident-fixture';

describe('tasks over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let deputy: { token: string; id: string };
  let command: { token: string; id: string };
  let soc1: { token: string; id: string };
  let soc2: { token: string; id: string };
  let edu: { token: string; id: string };
  let staff: { token: string; id: string };
  let incidentId: string;
  const task: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const lines = [DEVICE_HEADER];
    for (let i = 1; i <= 6; i++)
      lines.push(`SOC-T-${i},10.20.1.${60 + i},SOC-HALL,SOC,XP,,Sophos,2025-01-01`);
    lines.push('SOC-NOAV,10.20.1.90,SOC-HALL,SOC,XP,,,');
    lines.push('EDU-T-1,10.30.1.61,EDU-HALL,EDU,XP,,McAfee,2025-01-01');
    await admin.csv('devices/import', lines.join('\n')).expect(200);
    owner = await api.login(['owner'], { name: 'Olive' });
    deputy = await api.login(['owner'], { name: 'Dan' });
    command = await api.login(['command'], { name: 'Carl' });
    soc1 = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sam' });
    soc2 = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sue' });
    edu = await api.login(['itu'], { departmentId: council.departments.EDU, name: 'Ed' });
    staff = await api.login(['staff'], { departmentId: council.departments.SOC });
    const o = as(api, owner.token);
    incidentId = (
      await o
        .post('incidents', { title: 'Welchia', severity: 1, summary: 's', ownerId: owner.id })
        .expect(201)
    ).body.id;
    const lans = [council.lans['SOC-HALL'], council.lans['EDU-HALL']];
    await o.post(`incidents/${incidentId}/lans`, { lanIds: lans }).expect(201);
    for (const lan of lans) {
      await o
        .post(`incidents/${incidentId}/lans/${lan}/transitions`, {
          to: 'shut_down',
          taskDueAt: '2030-01-01T00:00:00Z',
        })
        .expect(200);
    }
    for (const t of (await o.get(`tasks?incidentId=${incidentId}&limit=500`)).body.items) {
      task[t.device.hostname] = t.id;
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('queues', () => {
    it('shows ITU members their department only, newest first, with the machine and what it lacks', async () => {
      const mine = await as(api, soc1.token).get('tasks').expect(200);
      expect(mine.body.items).toHaveLength(7);
      expect(
        mine.body.items.every(
          (t: { departmentId: string }) => t.departmentId === council.departments.SOC,
        ),
      ).toBe(true);
      const noav = mine.body.items.find(
        (t: { device: { hostname: string } }) => t.device.hostname === 'soc-noav',
      );
      expect(noav).toMatchObject({
        kind: 'clean_device',
        status: 'open',
        title: 'Clean soc-noav: patch, update anti-virus, scan',
        overdue: false,
        device: {
          ip: '10.20.1.90',
          lanCode: 'SOC-HALL',
          compliant: false,
          missingPatches: ['MS03-026', 'MS03-039'],
          issues: ['missing_patch', 'no_av'],
        },
      });
      expect(
        (await as(api, soc1.token).get(`tasks?departmentId=${council.departments.EDU}`)).status,
      ).toBe(403);
      expect((await as(api, soc1.token).get(`tasks/${task['edu-t-1']}`)).status).toBe(403);
      expect((await as(api, staff.token).get('tasks')).status).toBe(403);
      const all = await as(api, command.token).get('tasks?limit=500').expect(200);
      expect(all.body.items).toHaveLength(8);
    });

    it('filters by incident, department, status, kind, device, claimer and overdue, and pages', async () => {
      const c = as(api, command.token);
      expect(
        (await c.get(`tasks?departmentId=${council.departments.EDU}`)).body.items,
      ).toHaveLength(1);
      expect((await c.get('tasks?kind=isolate_and_clean')).body.items).toHaveLength(0);
      expect(
        (await c.get(`tasks?deviceId=${(await c.get(`tasks/${task['soc-t-1']}`)).body.deviceId}`))
          .body.items,
      ).toHaveLength(1);
      const p1 = await c.get('tasks?limit=3').expect(200);
      const p2 = await c.get(`tasks?limit=3&cursor=${p1.body.nextCursor}`).expect(200);
      const p3 = await c.get(`tasks?limit=3&cursor=${p2.body.nextCursor}`).expect(200);
      const ids = [...p1.body.items, ...p2.body.items, ...p3.body.items].map(
        (t: { id: string }) => t.id,
      );
      expect(new Set(ids).size).toBe(8);
      expect(p3.body.nextCursor).toBeNull();
      await api.app
        .get(DataSource)
        .query(`UPDATE tasks SET due_at = now() - interval '1 hour' WHERE id = $1`, [
          task['soc-t-6'],
        ]);
      const overdue = await c.get('tasks?overdue=true').expect(200);
      expect(
        overdue.body.items.map((t: { id: string; overdue: boolean }) => [t.id, t.overdue]),
      ).toEqual([[task['soc-t-6'], true]]);
      expect((await c.get('tasks?overdue=false')).body.items).toHaveLength(7);
      for (const bad of [
        'status=lost',
        'kind=x',
        'overdue=maybe',
        'incidentId=1',
        'claimedBy=you',
        'limit=0',
      ]) {
        const res = await c.get(`tasks?${bad}`);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].field).toBe(bad.split('=')[0]);
      }
      await as(api, soc1.token).post(`tasks/${task['soc-t-5']}/claim`).expect(200);
      const claimed = await as(api, soc1.token)
        .get('tasks?claimedBy=me&status=claimed')
        .expect(200);
      expect(claimed.body.items.map((t: { id: string }) => t.id)).toEqual([task['soc-t-5']]);
      await as(api, soc1.token).post(`tasks/${task['soc-t-5']}/unclaim`).expect(200);
    });
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

  describe('reassigning', () => {
    it('lets only the owner move a task to another department, a person or a new due time', async () => {
      const id = task['soc-t-4'];
      const r = (token: string, body: object) => as(api, token).post(`tasks/${id}/reassign`, body);
      expect(
        (await r(deputy.token, { reason: 'x', departmentId: council.departments.EDU })).status,
      ).toBe(403);
      expect(
        (await r(command.token, { reason: 'x', departmentId: council.departments.EDU })).status,
      ).toBe(403);
      expect((await r(owner.token, { reason: 'x' })).body.errors[0].field).toBe('departmentId');
      expect(
        (await r(owner.token, { departmentId: council.departments.EDU })).body.errors[0].field,
      ).toBe('reason');
      const unknown = await r(owner.token, {
        reason: 'x',
        departmentId: '00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.body.errors).toEqual([
        { field: 'departmentId', message: 'no such department' },
      ]);
      const wrongPerson = await r(owner.token, { reason: 'x', toUserId: edu.id });
      expect(wrongPerson.body.errors).toEqual([
        { field: 'toUserId', message: "cannot work on that department's tasks" },
      ]);

      await as(api, soc1.token).post(`tasks/${id}/claim`).expect(200);
      const moved = await r(owner.token, {
        reason: 'Education’s unit has the spare hands',
        departmentId: council.departments.EDU,
        dueAt: '2030-06-01T09:00:00Z',
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        status: 'open',
        departmentId: council.departments.EDU,
        claimedBy: null,
        dueAt: '2030-06-01T09:00:00.000Z',
      });
      const toPerson = await r(owner.token, { reason: 'Ed knows this machine', toUserId: edu.id });
      expect(toPerson.body).toMatchObject({
        status: 'claimed',
        claimedBy: { id: edu.id, name: 'Ed' },
      });
      const dueOnly = await r(owner.token, { reason: 'more time', dueAt: null });
      expect(dueOnly.body).toMatchObject({
        status: 'claimed',
        claimedBy: { id: edu.id },
        dueAt: null,
      });
      expect((await as(api, soc1.token).get(`tasks/${id}`)).status).toBe(403);
      const events = (
        await as(api, owner.token).get(`incidents/${incidentId}/events?limit=500`)
      ).body.items.filter(
        (e: { type: string; data: { taskId: string } }) =>
          e.type === 'task.reassigned' && e.data.taskId === id,
      );
      expect(events[0].data).toMatchObject({
        reason: 'Education’s unit has the spare hands',
        from: { departmentId: council.departments.SOC, claimedBy: { id: soc1.id, name: 'Sam' } },
        to: {
          departmentId: council.departments.EDU,
          claimedBy: null,
          dueAt: '2030-06-01T09:00:00.000Z',
        },
      });
    });
  });

  describe('hand-made tasks', () => {
    it('lets the owner or command staff hand a department a task that needs no device evidence', async () => {
      const create = (token: string, body: object) =>
        as(api, token).post(`incidents/${incidentId}/tasks`, body);
      expect(
        (await create(soc1.token, { departmentId: council.departments.SOC, title: 'x' })).status,
      ).toBe(403);
      const bad = await create(owner.token, {
        departmentId: '00000000-0000-4000-8000-000000000000',
        title: 'x',
      });
      expect(bad.body.errors).toEqual([{ field: 'departmentId', message: 'does not exist' }]);
      const made = await create(command.token, {
        departmentId: council.departments.SOC,
        title: 'Check the specialist group’s lab machines',
        dueAt: '2030-01-01T00:00:00Z',
      });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ kind: 'action', status: 'open', deviceId: null });
      const done = await as(api, soc1.token).post(`tasks/${made.body.id}/complete`, {
        note: 'Checked: all four patched',
      });
      expect(done.body).toMatchObject({
        status: 'done',
        evidence: null,
        note: 'Checked: all four patched',
      });
    });
  });
});
