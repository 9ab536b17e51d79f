import { Spine, SpineTransaction, SYSTEM_ACTOR } from '@cordon/platform';
import { IncidentTasks } from './incident-tasks.service';
import { TaskClaimsService } from './task-claims.service';
import { TaskCompletionService } from './task-completion.service';
import { eventsOf, GOOD_EVIDENCE, startTasks, TasksTestApp, taskWorld } from './testing/task-world';

/** What the incidents feature asks of tasks, inside its own transaction. */
describe(IncidentTasks.name, () => {
  let tasks: TasksTestApp;
  let incidentTasks: IncidentTasks;
  const inTx = <T>(work: (tx: SpineTransaction) => Promise<T>): Promise<T> =>
    tasks.app.get(Spine).run(SYSTEM_ACTOR, work);

  beforeAll(async () => {
    tasks = await startTasks();
    incidentTasks = tasks.app.get(IncidentTasks);
  });
  afterAll(() => tasks?.close());

  const statuses = async (ids: string[]) =>
    (
      (await tasks.ds.query(`SELECT id, status FROM tasks WHERE id = ANY($1::uuid[])`, [ids])) as {
        id: string;
        status: string;
      }[]
    ).reduce<Record<string, string>>((m, r) => ({ ...m, [r.id]: r.status }), {});

  it('creates one cleanup task per device, ever: a repeated shutdown creates none', async () => {
    const w = await taskWorld(tasks, 2);
    const [row] = await tasks.ds.query(`SELECT lan_id FROM tasks WHERE id = $1`, [w.taskIds[0]]);
    const again = await inTx((tx) =>
      incidentTasks.createForDevices(tx, {
        incidentId: w.incidentId,
        kind: 'clean_device',
        devices: w.deviceIds.map((deviceId, i) => ({
          deviceId,
          hostname: `again-${i}`,
          lanId: row.lan_id,
          departmentId: w.soc,
        })),
        dueAt: null,
      }),
    );
    expect(again).toEqual([]);
    const created = (await eventsOf(tasks, w.incidentId)).filter((e) => e.type === 'task.created');
    expect(created.map((e) => e.data['taskId'])).toEqual(w.taskIds);
    expect(await incidentTasks.liveCount(tasks.ds.manager, w.incidentId)).toBe(2);
  });

  it('cancels every live task of a forced close in one statement and one event, finished work kept', async () => {
    const w = await taskWorld(tasks, 3);
    const [open, claimed, done] = w.taskIds;
    await tasks.app.get(TaskClaimsService).claim(claimed, w.sam);
    await tasks.app.get(TaskCompletionService).complete(done, { evidence: GOOD_EVIDENCE }, w.sue);
    expect(await inTx((tx) => incidentTasks.cancelLive(tx, w.incidentId, 'closed'))).toBe(2);
    expect(await statuses(w.taskIds)).toEqual({
      [open]: 'cancelled',
      [claimed]: 'cancelled',
      [done]: 'done',
    });
    const [event] = (await eventsOf(tasks, w.incidentId)).filter(
      (e) => e.type === 'tasks.cancelled',
    );
    expect(event.data).toEqual({
      count: 2,
      taskIds: [open, claimed].sort(),
      reason: 'closed',
    });
    expect(await incidentTasks.liveCount(tasks.ds.manager, w.incidentId)).toBe(0);
    expect(await inTx((tx) => incidentTasks.cancelLive(tx, w.incidentId, 'again'))).toBe(0);
  });

  it("cancels a waived device's cleanup while it needs work, and not once it is done", async () => {
    const w = await taskWorld(tasks, 2);
    const [live, done] = w.deviceIds;
    await tasks.app.get(TaskClaimsService).claim(w.taskIds[0], w.sam);
    await tasks.app
      .get(TaskCompletionService)
      .complete(w.taskIds[1], { evidence: GOOD_EVIDENCE }, w.sue);
    const cancelled = await inTx((tx) =>
      incidentTasks.cancelCleanup(tx, w.incidentId, live, 'waived'),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', claimedBy: null, claimedAt: null });
    expect(await inTx((tx) => incidentTasks.cancelCleanup(tx, w.incidentId, done, 'x'))).toBeNull();
    const events = (await eventsOf(tasks, w.incidentId)).filter((e) => e.type === 'task.cancelled');
    expect(events.map((e) => e.data)).toEqual([
      expect.objectContaining({ taskId: w.taskIds[0], reason: 'waived' }),
    ]);
  });

  it('reopens a finished cleanup when its device is detected again, never a cancelled one', async () => {
    const w = await taskWorld(tasks, 2);
    const [doneDevice, cancelledDevice] = w.deviceIds;
    await tasks.app
      .get(TaskCompletionService)
      .complete(w.taskIds[0], { evidence: GOOD_EVIDENCE }, w.sam);
    await inTx((tx) => incidentTasks.cancelCleanup(tx, w.incidentId, cancelledDevice, 'waived'));
    const reopened = await inTx((tx) =>
      incidentTasks.reopenCleanup(tx, w.incidentId, doneDevice, 'detected again'),
    );
    expect(reopened).toMatchObject({ status: 'open', evidence: null, completedBy: null });
    expect(
      await inTx((tx) => incidentTasks.reopenCleanup(tx, w.incidentId, cancelledDevice, 'x')),
    ).toBeNull();
    const gate = await incidentTasks.cleanupByDevice(tasks.ds.manager, w.incidentId, w.deviceIds);
    expect(Object.fromEntries(gate)).toEqual({
      [doneDevice]: { status: 'open', evidence: null, claimedByName: null },
      [cancelledDevice]: { status: 'cancelled', evidence: null, claimedByName: null },
    });
    expect(
      await incidentTasks.liveTaskFor(tasks.ds.manager, w.incidentId, doneDevice, 'clean_device'),
    ).toMatchObject({ id: w.taskIds[0], status: 'open' });
  });

  it('writes a hand-made task for a department, open, with its event', async () => {
    const w = await taskWorld(tasks, 0);
    const task = await inTx((tx) =>
      incidentTasks.createAction(tx, {
        incidentId: w.incidentId,
        departmentId: w.edu,
        title: 'Check the lab machines',
        deviceId: null,
        lanId: null,
        dueAt: new Date('2030-01-01T00:00:00Z'),
      }),
    );
    expect(task).toMatchObject({ kind: 'action', status: 'open', departmentId: w.edu });
    const [event] = (await eventsOf(tasks, w.incidentId)).filter((e) => e.type === 'task.created');
    expect(event.data).toMatchObject({ taskId: task.id, dueAt: '2030-01-01T00:00:00.000Z' });
  });
});
