import { DeviceRecordsService } from '@cordon/inventory';
import { CompleteTaskDto } from './dto/task-commands.dto';
import { TaskClaimsService } from './task-claims.service';
import { TaskCompletionService } from './task-completion.service';
import { eventsOf, GOOD_EVIDENCE, startTasks, TasksTestApp, taskWorld } from './testing/task-world';

describe(TaskCompletionService.name, () => {
  let tasks: TasksTestApp;
  let completion: TaskCompletionService;
  let claims: TaskClaimsService;

  beforeAll(async () => {
    tasks = await startTasks();
    completion = tasks.app.get(TaskCompletionService);
    claims = tasks.app.get(TaskClaimsService);
  });
  afterAll(() => tasks?.close());

  it('refuses evidence short of the standard build, naming what is missing, and changes nothing', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await claims.claim(id, w.sam);
    const short = { ...GOOD_EVIDENCE, patches: ['MS03-026'], avSignatureDate: '2025-06-01' };
    await expect(completion.complete(id, { evidence: short }, w.sam)).rejects.toMatchObject({
      code: 'evidence_below_baseline',
      extra: { missingPatches: ['MS03-039'] },
    });
    const [device] = await tasks.app.get(DeviceRecordsService).byIds(tasks.ds.manager, w.deviceIds);
    expect(device.health).toBe('infected');
    await expect(completion.complete(id, new CompleteTaskDto(), w.sam)).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('completes a claimed task with evidence: done, the device record clean, one event', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    const claimed = await claims.claim(id, w.sam);
    const done = await completion.complete(id, { evidence: GOOD_EVIDENCE, note: 'rebuilt' }, w.sam);
    expect(done).toMatchObject({
      status: 'done',
      evidence: GOOD_EVIDENCE,
      note: 'rebuilt',
      completedBy: { id: w.sam.id, name: 'Sam' },
      // who took it on, and when, stays beside who finished it
      claimedBy: { id: w.sam.id },
      claimedAt: claimed.claimedAt,
    });
    const [device] = await tasks.app.get(DeviceRecordsService).byIds(tasks.ds.manager, w.deviceIds);
    expect(device).toMatchObject({ health: 'clean', patches: ['MS03-026', 'MS03-039'] });
    const completed = (await eventsOf(tasks, w.incidentId)).filter(
      (e) => e.type === 'task.completed',
    );
    expect(completed).toEqual([
      {
        type: 'task.completed',
        data: expect.objectContaining({
          taskId: id,
          completedBy: { id: w.sam.id, name: 'Sam' },
          device: { hostname: expect.any(String), health: 'clean' },
        }),
      },
    ]);
  });

  it('claims and completes an open task in one step for whoever completes it', async () => {
    const w = await taskWorld(tasks, 1);
    const done = await completion.complete(w.taskIds[0], { evidence: GOOD_EVIDENCE }, w.sue);
    expect(done).toMatchObject({
      status: 'done',
      claimedBy: { id: w.sue.id },
      claimedAt: expect.any(String),
      completedBy: { id: w.sue.id },
    });
  });

  it("refuses to complete a task someone else holds, or another department's", async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await claims.claim(id, w.sam);
    await expect(completion.complete(id, { evidence: GOOD_EVIDENCE }, w.sue)).rejects.toMatchObject(
      { code: 'already_claimed', extra: { claimedBy: { id: w.sam.id } } },
    );
    await expect(completion.complete(id, { evidence: GOOD_EVIDENCE }, w.eve)).rejects.toMatchObject(
      { code: 'forbidden' },
    );
  });

  it('is verified by command staff, then reopened with its claim, evidence and verification erased', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await completion.complete(id, { evidence: GOOD_EVIDENCE, note: 'kept' }, w.sam);
    await expect(completion.verify(id, w.sam)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await completion.verify(id, w.command)).toMatchObject({
      status: 'verified',
      verifiedBy: { id: w.command.id, name: 'Carl' },
    });
    const reopened = await completion.reopen(id, 'found infected again', w.owner);
    expect(reopened).toMatchObject({
      status: 'open',
      claimedBy: null,
      evidence: null,
      completedAt: null,
      completedBy: null,
      verifiedAt: null,
      verifiedBy: null,
      note: 'kept',
    });
    const [event] = (await eventsOf(tasks, w.incidentId)).filter((e) => e.type === 'task.reopened');
    expect(event.data).toMatchObject({
      reason: 'found infected again',
      previousStatus: 'verified',
    });
    await expect(completion.verify(id, w.command)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });

  it('refuses verifying or reopening on a closed incident', async () => {
    const w = await taskWorld(tasks, 1);
    const [id] = w.taskIds;
    await completion.complete(id, { evidence: GOOD_EVIDENCE }, w.sam);
    await tasks.ds.query(`UPDATE incidents SET status = 'closed' WHERE id = $1`, [w.incidentId]);
    await expect(completion.verify(id, w.command)).rejects.toMatchObject({
      code: 'invalid_transition',
      message: 'The incident is closed',
    });
    await expect(completion.reopen(id, 'x', w.owner)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });
});
