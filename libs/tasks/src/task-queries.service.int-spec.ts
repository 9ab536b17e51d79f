import type { TaskStatus } from '@cordon/contracts';
import { isTaskOverdue } from '@cordon/domain';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { IncidentTasks } from './incident-tasks.service';
import { TaskQueriesService } from './task-queries.service';
import { TaskQueryRepository } from './task-query.repository';
import { startTasks, TasksTestApp, taskWorld } from './testing/task-world';

describe(TaskQueriesService.name, () => {
  let tasks: TasksTestApp;
  let queries: TaskQueriesService;

  beforeAll(async () => {
    tasks = await startTasks();
    queries = tasks.app.get(TaskQueriesService);
  });
  afterAll(() => tasks?.close());

  describe('the overdue rule', () => {
    const now = new Date('2030-01-01T12:00:00.000Z');
    const at = (ms: number | null) => (ms === null ? null : new Date(now.getTime() + ms));
    // every status against due times either side of now, at now, and none
    const cases: (readonly [TaskStatus, number | null])[] = (
      ['open', 'claimed', 'done', 'verified', 'cancelled'] as const
    ).flatMap((status) => [-1, 0, 1, -86_400_000, null].map((ms) => [status, ms] as const));

    it('is the same in SQL as in the domain, on the boundary and either side of it', async () => {
      const w = await taskWorld(tasks, cases.length);
      const expected = new Map<string, boolean>();
      for (const [i, [status, ms]] of cases.entries()) {
        const id = w.taskIds[i];
        await tasks.ds.query(
          `UPDATE tasks SET status = $2, due_at = $3,
             claimed_by_id = CASE WHEN $2 = 'claimed' THEN $4::uuid END
           WHERE id = $1`,
          [id, status, at(ms), w.sam.id],
        );
        expected.set(id, isTaskOverdue({ status, dueAt: at(ms) }, now));
      }
      // the domain's own answers on the boundary, so the comparison means something
      expect(isTaskOverdue({ status: 'open', dueAt: at(-1) }, now)).toBe(true);
      expect(isTaskOverdue({ status: 'open', dueAt: at(0) }, now)).toBe(false);

      const repo = tasks.app.get(TaskQueryRepository);
      const list = async (overdue: boolean) =>
        (await repo.list({ incidentId: w.incidentId, overdue }, { limit: 100 }, now)).items
          .map((t) => t.id)
          .sort();
      const overdueIds = [...expected].filter(([, o]) => o).map(([id]) => id);
      expect(overdueIds).toHaveLength(4);
      expect(await list(true)).toEqual(overdueIds.sort());
      expect(await list(false)).toEqual(
        [...expected]
          .filter(([, o]) => !o)
          .map(([id]) => id)
          .sort(),
      );
      const [row] = await repo.summary(w.incidentId, null, now);
      expect(row).toMatchObject({
        departmentId: w.soc,
        open: 5,
        claimed: 5,
        done: 5,
        verified: 5,
        cancelled: 5,
        overdue: 4,
      });
    });
  });

  it('lists newest first in pages, each task with its machine and what it lacks', async () => {
    const w = await taskWorld(tasks, 3);
    const page = (cursor?: string) =>
      queries.list({ incidentId: w.incidentId, limit: 2, cursor }, w.sam);
    const first = await page();
    const second = await page(first.nextCursor ?? undefined);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((t) => t.id);
    expect(new Set(ids)).toEqual(new Set(w.taskIds));
    expect(ids).toHaveLength(3);
    expect(first.items[0].device).toMatchObject({
      health: 'infected',
      compliant: false,
      missingPatches: ['MS03-026', 'MS03-039'],
    });
  });

  it("shows an ITU member of another department none of SOC's tasks, and refuses to show one", async () => {
    const w = await taskWorld(tasks, 2);
    const eduTask = await tasks.app.get(Spine).run(SYSTEM_ACTOR, (tx) =>
      tasks.app.get(IncidentTasks).createAction(tx, {
        incidentId: w.incidentId,
        departmentId: w.edu,
        title: 'Check the lab',
        deviceId: null,
        lanId: null,
        dueAt: null,
      }),
    );
    const mine = await queries.list({ incidentId: w.incidentId }, w.eve);
    expect(mine.items.map((t) => t.id)).toEqual([eduTask.id]);
    await expect(
      queries.list({ incidentId: w.incidentId, departmentId: w.soc }, w.eve),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(queries.get(w.taskIds[0], w.eve)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await queries.summary({ incidentId: w.incidentId }, w.eve)).items).toEqual([
      expect.objectContaining({ departmentId: w.edu, open: 1 }),
    ]);
    // command staff see every department's
    const all = await queries.summary({ incidentId: w.incidentId }, w.command);
    expect(all.items.map((r) => [r.departmentId, r.open])).toEqual([
      [w.edu, 1],
      [w.soc, 2],
    ]);
  });

  it('filters by claimer: "me" is the caller', async () => {
    const w = await taskWorld(tasks, 2);
    await tasks.ds.query(
      `UPDATE tasks SET status = 'claimed', claimed_by_id = $2, claimed_by_name = 'Sue' WHERE id = $1`,
      [w.taskIds[1], w.sue.id],
    );
    const mine = await queries.list({ incidentId: w.incidentId, claimedBy: 'me' }, w.sue);
    expect(mine.items.map((t) => t.id)).toEqual([w.taskIds[1]]);
    expect(
      (await queries.list({ incidentId: w.incidentId, claimedBy: 'me' }, w.sam)).items,
    ).toEqual([]);
  });
});
