import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionTasksService } from '@cordon/incidents';
import { FallbackWorld, MAIL_STEPS, startFallbackWorld } from '../testing/fallback-world';
import { as } from '../testing/incident-fixture';

describe('Fall-back incidents for failed patches (e2e)', () => {
  let w: FallbackWorld;
  const owner = () => as(w.api, w.owner.token);
  const events = async (incidentId: string) =>
    (await owner().get(`incidents/${incidentId}/events`).expect(200)).body.items as {
      type: string;
      data: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    w = await startFallbackWorld();
    await owner().post('critical-services', w.mailService()).expect(201);
  }, 60_000);
  afterAll(() => w.api.close());

  it('opens one incident owned by the decider, with the plan attached and its first steps as tasks, however often it is asked', async () => {
    const campaignId = randomUUID();
    // twice at once, then once more: one incident
    const [a, b] = await Promise.all([
      w.failPatch('mail1', campaignId),
      w.failPatch('mail1', campaignId),
    ]);
    const c = await w.failPatch('mail1', campaignId);
    expect(a).not.toBeNull();
    expect([b, c]).toEqual([a, a]);
    const id = a!.incidentId;

    const incident = (await owner().get(`incidents/${id}`).expect(200)).body;
    expect(incident).toMatchObject({
      reference: a!.reference,
      severity: 2,
      title: 'Mail scanning: patch MS03-026 failed on soc-mail-1',
      owner: { id: w.owner.id, name: 'Margaret Hale' },
    });
    const listed = (await owner().get('incidents?limit=100').expect(200)).body.items;
    expect(listed.filter((i: { title: string }) => i.title.includes('soc-mail-1'))).toHaveLength(1);

    const log = await events(id);
    expect(log.map((e) => e.type)).toEqual([
      'incident.created',
      'incident.fallback_attached',
      'task.created',
      'task.created',
    ]);
    const attached = log[1].data as { plan: { steps: unknown[] }; campaignId: string };
    expect(attached.campaignId).toBe(campaignId);
    expect(attached.plan.steps).toEqual(MAIL_STEPS);

    const tasks = (await owner().get(`tasks?incidentId=${id}`).expect(200)).body.items;
    expect(tasks).toHaveLength(2);
    for (const t of tasks) {
      expect(t).toMatchObject({
        kind: 'action',
        status: 'open',
        departmentId: w.council.departments.SOC,
      });
    }

    // the SOC ITU member, whose department owns the server, sees the incident and its plan
    const view = (await as(w.api, w.soc.token).get(`incidents/${id}/fallback`).expect(200)).body;
    expect(view).toMatchObject({
      campaignId,
      identifier: 'MS03-026',
      device: { hostname: 'soc-mail-1' },
      noPlan: null,
      plan: {
        name: 'Mail scanning',
        version: 1,
        decider: { id: w.owner.id },
        standby: { hostname: 'soc-spare' },
      },
    });
    const withTasks = view.plan.steps.map(
      (s: { task: { status: string } | null }) => s.task?.status ?? null,
    );
    expect(withTasks).toEqual(['open', 'open', null, null]);
  });

  it('shows a task’s state on the panel once it is claimed', async () => {
    const ref = await w.failPatch('mail2');
    const view = (await owner().get(`incidents/${ref!.incidentId}/fallback`).expect(200)).body;
    const taskId = view.plan.steps[0].task.id;
    await as(w.api, w.soc.token).post(`tasks/${taskId}/claim`).expect(200);
    const after = (await owner().get(`incidents/${ref!.incidentId}/fallback`).expect(200)).body;
    expect(after.plan.steps[0].task).toMatchObject({
      status: 'claimed',
      claimedBy: { id: w.soc.id },
    });
  });

  it('opens one for a server in no critical service all the same, saying there is no fall-back plan', async () => {
    for (const server of ['files', 'noos'] as const) {
      const ref = await w.failPatch(server);
      if (server === 'noos') {
        // no OS recorded and no critical service: nothing says it is a server
        expect(ref).toBeNull();
        continue;
      }
      const incident = (await owner().get(`incidents/${ref!.incidentId}`).expect(200)).body;
      expect(incident.title).toBe('Server patch MS03-026 failed on soc-files (NO FALL-BACK PLAN)');
      expect(incident.summary).toMatch(/NO FALL-BACK PLAN/);
      expect(incident.owner.id).toBe(w.owner.id);
      const view = (await owner().get(`incidents/${ref!.incidentId}/fallback`).expect(200)).body;
      expect(view).toMatchObject({ plan: null, noPlan: 'no_critical_service' });
      expect(view.ownerNote).toMatch(/no fall-back plan/);
      expect(view.otherTasks).toEqual([
        expect.objectContaining({
          status: 'open',
          title: expect.stringMatching(/^NO FALL-BACK PLAN for soc-files/),
        }),
      ]);
    }
  });

  /** What a failure on soc-mail-2 left behind: incidents, their events and jobs, and keys. */
  const traces = async () => {
    const db = w.api.app.get(DataSource);
    const [row] = await db.query(
      `SELECT
         (SELECT count(*)::int FROM incidents WHERE title LIKE '%failed on soc-mail-2') AS incidents,
         (SELECT count(*)::int FROM events e JOIN incidents i ON i.id = e.incident_id
            WHERE i.title LIKE '%failed on soc-mail-2') AS events,
         (SELECT count(*)::int FROM events WHERE type = 'incident.created'
            AND data->>'title' LIKE '%failed on soc-mail-2') AS declared,
         (SELECT count(*)::int FROM outbox WHERE job_id LIKE 'owner-assigned:%') AS jobs,
         (SELECT count(*)::int FROM fallback_incidents WHERE hostname = 'soc-mail-2') AS keys`,
    );
    return row as Record<'incidents' | 'events' | 'declared' | 'jobs' | 'keys', number>;
  };

  it('declares, attaches and makes the tasks in one transaction: a failure after the declaration leaves nothing', async () => {
    const campaignId = randomUUID();
    const before = await traces();
    // the second step's task fails: the incident is declared and the first task made by then
    const actions = w.api.app.get(ActionTasksService, { strict: false });
    const createIn = actions.createIn.bind(actions);
    const spy = jest
      .spyOn(actions, 'createIn')
      .mockImplementationOnce(createIn)
      .mockRejectedValueOnce(new Error('injected after the declaration'));
    await expect(w.failPatch('mail2', campaignId)).rejects.toThrow(
      'injected after the declaration',
    );
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect(await traces()).toEqual(before);

    // a department that does not exist: its task's insert fails, after the declaration
    await expect(w.failPatch('mail2', campaignId, randomUUID())).rejects.toThrow();
    expect(await traces()).toEqual(before);

    // the retry opens it once, whole
    const ref = await w.failPatch('mail2', campaignId);
    const after = await traces();
    expect(after).toMatchObject({
      incidents: before.incidents + 1,
      declared: before.declared + 1,
      jobs: before.jobs + 1,
      keys: before.keys + 1,
    });
    const log = await events(ref!.incidentId);
    expect(log.map((e) => e.type)).toEqual([
      'incident.created',
      'incident.fallback_attached',
      'task.created',
      'task.created',
    ]);
    expect(await w.failPatch('mail2', campaignId)).toEqual(ref);
  });

  it('opens none for a desktop', async () => {
    expect(await w.failPatch('desk')).toBeNull();
  });

  it('answers 404 for an incident without a plan attached, 403 to an ITU member it does not involve', async () => {
    const plain = (
      await owner().post('incidents', { title: 'Other', severity: 3, summary: 's' }).expect(201)
    ).body.id;
    const res = await owner().get(`incidents/${plain}/fallback`).expect(404);
    expect(res.body.code).toBe('not_found');
    const ref = await w.failPatch('mail1');
    await as(w.api, w.edu.token).get(`incidents/${ref!.incidentId}/fallback`).expect(403);
    await as(w.api, w.staff.token).get(`incidents/${ref!.incidentId}/fallback`).expect(403);
  });
});
