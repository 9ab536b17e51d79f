import { UsersService } from '@cordon/auth';
import { TaskAssignmentService } from './task-assignment.service';
import { TaskClaimsService } from './task-claims.service';
import { eventsOf, startTasks, TasksTestApp, taskWorld } from './testing/task-world';

describe(TaskAssignmentService.name, () => {
  let tasks: TasksTestApp;
  let assignment: TaskAssignmentService;
  let claims: TaskClaimsService;

  beforeAll(async () => {
    tasks = await startTasks();
    assignment = tasks.app.get(TaskAssignmentService);
    claims = tasks.app.get(TaskClaimsService);
  });
  afterAll(() => tasks?.close());

  const reassigned = async (incidentId: string) =>
    (await eventsOf(tasks, incidentId)).filter((e) => e.type === 'task.reassigned');

  it('moves only the due time of a claimed task: it stays with its claimer, claimed since the same time', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    const claimed = await claims.claim(id, w.sam);
    const moved = await assignment.reassign(
      id,
      { reason: 'the vendor is late', dueAt: '2030-06-01T09:00:00Z' },
      w.owner,
    );
    expect(moved).toMatchObject({
      status: 'claimed',
      departmentId: w.soc,
      claimedBy: { id: w.sam.id, name: 'Sam' },
      claimedAt: claimed.claimedAt,
      dueAt: '2030-06-01T09:00:00.000Z',
    });
    expect((await reassigned(w.incidentId))[0].data).toMatchObject({
      reason: 'the vendor is late',
      from: { departmentId: w.soc, claimedBy: { id: w.sam.id, name: 'Sam' }, dueAt: null },
      to: {
        departmentId: w.soc,
        claimedBy: { id: w.sam.id, name: 'Sam' },
        dueAt: '2030-06-01T09:00:00.000Z',
      },
    });
  });

  it("moves a claimed task to another department's queue, open there and no longer Sam's", async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await claims.claim(id, w.sam);
    const moved = await assignment.reassign(
      id,
      { reason: 'spare hands', departmentId: w.edu },
      w.owner,
    );
    expect(moved).toMatchObject({ status: 'open', departmentId: w.edu, claimedBy: null });
    expect((await reassigned(w.incidentId))[0].data).toMatchObject({
      to: { departmentId: w.edu, claimedBy: null, dueAt: null },
    });
    // now EDU's: its member may claim it, SOC's may not
    await expect(claims.claim(id, w.sue)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await claims.claim(id, w.eve)).toMatchObject({ claimedBy: { id: w.eve.id } });
  });

  it('gives a task straight to a person who may work on it, claimed for them', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await claims.claim(id, w.sam);
    await expect(
      assignment.reassign(id, { reason: 'x', toUserId: w.eve.id }, w.owner),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(
      await assignment.reassign(id, { reason: 'x', toUserId: w.sue.id }, w.owner),
    ).toMatchObject({
      status: 'claimed',
      claimedBy: { id: w.sue.id, name: 'Sue' },
    });
  });

  it('lets only the owner reassign, never finished work, never to a department that does not exist', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await expect(
      assignment.reassign(id, { reason: 'x', departmentId: w.edu }, w.command),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      assignment.reassign(
        id,
        { reason: 'x', departmentId: '00000000-0000-4000-8000-000000000000' },
        w.owner,
      ),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      extra: { errors: [{ field: 'departmentId', message: 'no such department' }] },
    });
    await tasks.ds.query(`UPDATE tasks SET status = 'cancelled' WHERE id = $1`, [id]);
    await expect(
      assignment.reassign(id, { reason: 'x', departmentId: w.edu }, w.owner),
    ).rejects.toMatchObject({ code: 'invalid_transition' });
    expect(await reassigned(w.incidentId)).toEqual([]);
  });

  it('refuses, changing nothing, when the task was claimed between reading and writing', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    // Sue's claim lands while the owner's reassignment, decided on the open task, looks Sam up
    const users = tasks.app.get(UsersService);
    const findActive = users.findActive.bind(users);
    const spy = jest.spyOn(users, 'findActive').mockImplementationOnce(async (userId) => {
      await claims.claim(id, w.sue);
      return findActive(userId);
    });
    await expect(
      assignment.reassign(id, { reason: 'x', toUserId: w.sam.id }, w.owner),
    ).rejects.toMatchObject({ code: 'conflict' });
    spy.mockRestore();
    expect(await claims.claim(id, w.sue)).toMatchObject({ claimedBy: { id: w.sue.id } });
    expect(await reassigned(w.incidentId)).toEqual([]);
  });
});
