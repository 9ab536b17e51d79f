import { DataSource } from 'typeorm';
import type { ApiHarness } from '../testing/api-harness';
import type { CouncilFixture } from '../testing/council-fixture';
import { as } from '../testing/incident-fixture';
import { startTasksWorld, TasksWorld } from '../testing/tasks-world';

describe('tasks over HTTP: queues', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let command: TasksWorld['owner'];
  let soc1: TasksWorld['owner'];
  let staff: TasksWorld['owner'];
  let task: Record<string, string>;

  beforeAll(async () => {
    ({ api, council, command, soc1, staff, task } = await startTasksWorld());
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
});
