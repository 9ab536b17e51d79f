import type { ApiHarness } from '../testing/api-harness';
import type { CouncilFixture } from '../testing/council-fixture';
import { as } from '../testing/incident-fixture';
import { startTasksWorld, TasksWorld } from '../testing/tasks-world';

describe('tasks over HTTP: reassigning and hand-made tasks', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: TasksWorld['owner'];
  let deputy: TasksWorld['owner'];
  let command: TasksWorld['owner'];
  let soc1: TasksWorld['owner'];
  let edu: TasksWorld['owner'];
  let incidentId: string;
  let task: Record<string, string>;

  beforeAll(async () => {
    ({ api, council, owner, deputy, command, soc1, edu, incidentId, task } =
      await startTasksWorld());
  });
  afterAll(async () => {
    await api?.close();
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
