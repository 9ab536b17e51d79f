import { TaskClaimsService } from './task-claims.service';
import { TaskQueriesService } from './task-queries.service';
import { TaskRepository } from './task.repository';
import { eventsOf, startTasks, TasksTestApp, taskWorld } from './testing/task-world';

describe(TaskClaimsService.name, () => {
  let tasks: TasksTestApp;
  let claims: TaskClaimsService;

  beforeAll(async () => {
    tasks = await startTasks();
    claims = tasks.app.get(TaskClaimsService);
  });
  afterAll(() => tasks?.close());

  it('claims an open task for an ITU member of its department, once, with one event', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    const claimed = await claims.claim(id, w.sam);
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: { id: w.sam.id, name: 'Sam' } });
    // claiming what you hold answers it as it is, and writes nothing
    expect(await claims.claim(id, w.sam)).toEqual(claimed);
    const events = (await eventsOf(tasks, w.incidentId)).filter((e) => e.type === 'task.claimed');
    expect(events).toEqual([
      {
        type: 'task.claimed',
        data: expect.objectContaining({ taskId: id, claimedBy: { id: w.sam.id, name: 'Sam' } }),
      },
    ]);
  });

  it('lets exactly one of two concurrent claims win; the other is told who holds it', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    // both transactions are open and about to write before either writes: a true race
    // for the row (the loser's UPDATE waits for the winner's commit, then finds it claimed)
    const repo = tasks.app.get(TaskRepository);
    const apply = repo.apply.bind(repo);
    let release!: () => void;
    const bothReady = new Promise<void>((resolve) => (release = resolve));
    let ready = 0;
    const spy = jest.spyOn(repo, 'apply').mockImplementation(async (manager, taskId, d) => {
      if (++ready === 2) release();
      await bothReady;
      return apply(manager, taskId, d);
    });
    const results = await Promise.allSettled([claims.claim(id, w.sam), claims.claim(id, w.sue)]);
    spy.mockRestore();
    expect(ready).toBe(2);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ claimedBy: { id: string } }>).value
      .claimedBy;
    const winnerName = winner.id === w.sam.id ? 'Sam' : 'Sue';
    expect(lost[0].reason).toMatchObject({
      code: 'already_claimed',
      message: `This task is already claimed by ${winnerName}`,
      extra: { claimedBy: { id: winner.id, name: winnerName } },
    });
    const claimedEvents = (await eventsOf(tasks, w.incidentId)).filter(
      (e) => e.type === 'task.claimed',
    );
    expect(claimedEvents).toHaveLength(1);
  });

  it('refuses a claim by an ITU member of another department and leaves the task open', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await expect(claims.claim(id, w.eve)).rejects.toMatchObject({ code: 'forbidden' });
    const task = await tasks.app.get(TaskQueriesService).get(id, w.sam);
    expect(task).toMatchObject({ status: 'open', claimedBy: null });
  });

  it('lets command staff claim a task of any department', async () => {
    const w = await taskWorld(tasks, 1);
    expect(await claims.claim(w.taskIds[0], w.command)).toMatchObject({
      status: 'claimed',
      claimedBy: { id: w.command.id },
    });
  });

  it('refuses a claim of finished work as an invalid transition', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await tasks.ds.query(`UPDATE tasks SET status = 'cancelled' WHERE id = $1`, [id]);
    await expect(claims.claim(id, w.sam)).rejects.toMatchObject({
      code: 'invalid_transition',
      extra: { taskStatus: 'cancelled', allowedFrom: ['open'] },
    });
  });

  it('releases a claim back to the queue, saying whose it was', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await claims.claim(id, w.sam);
    expect(await claims.unclaim(id, w.sam)).toMatchObject({
      status: 'open',
      claimedBy: null,
      claimedAt: null,
    });
    const [released] = (await eventsOf(tasks, w.incidentId)).filter(
      (e) => e.type === 'task.unclaimed',
    );
    expect(released.data).toMatchObject({
      taskId: id,
      previousClaimer: { id: w.sam.id, name: 'Sam' },
    });
    // released: anyone of the department may claim it now
    expect(await claims.claim(id, w.sue)).toMatchObject({ claimedBy: { id: w.sue.id } });
  });

  it("lets the owner release someone's claim, but not a colleague of the claimer", async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await claims.claim(id, w.sam);
    await expect(claims.unclaim(id, w.sue)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(claims.unclaim(id, w.eve)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await claims.unclaim(id, w.owner)).toMatchObject({ status: 'open' });
    await expect(claims.unclaim(id, w.owner)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });
});
