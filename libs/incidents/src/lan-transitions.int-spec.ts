import { IncidentTasks, TaskClaimsService, TaskCompletionService } from '@cordon/tasks';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { LanPlansService } from './lan-plans.service';
import { LanTransitionsService } from './lan-transitions.service';
import { GOOD_EVIDENCE, IncidentWorld } from './testing/incident-world';

/** A LAN's way through the plan against the real PostgreSQL, gate and all. */
describe(LanTransitionsService.name, () => {
  let world: IncidentWorld;
  let moves: LanTransitionsService;

  beforeAll(async () => {
    world = await IncidentWorld.start();
    await world.seedBaseline();
    moves = world.get(LanTransitionsService);
  });
  afterAll(() => world?.stop());

  /** An incident with one planned LAN of `devices` machines, and the people who work on it. */
  const planned = async (devices: number) => {
    const departmentId = await world.department();
    const owner = await world.user(['owner']);
    const command = await world.user(['command']);
    const itu = await world.user(['itu'], departmentId);
    const lan = await world.lan(departmentId);
    const machines = [];
    for (let i = 0; i < devices; i++) machines.push(await world.device(lan, departmentId));
    const incident = await world
      .get(IncidentLifecycleService)
      .create({ title: 'Welchia', severity: 1, summary: 's' }, owner);
    await world.get(LanPlansService).add(incident.id, { lanIds: [lan.id] }, owner);
    return { id: incident.id, owner, command, itu, lan, machines };
  };

  const cleanupTasks = async (incidentId: string) =>
    (
      await world.ds.query(
        `SELECT id, device_id, status FROM tasks WHERE incident_id = $1 AND kind = 'clean_device'
         ORDER BY device_id`,
        [incidentId],
      )
    ).map((t: { id: string; device_id: string; status: string }) => t);

  it('shuts a LAN down with one cleanup task per device, exactly once however often it is asked', async () => {
    const { id, command, lan, machines } = await planned(3);
    const [a, b] = await Promise.all([
      moves.transition(id, lan.id, { to: 'shut_down', reason: 'scanning' }, command),
      moves.transition(id, lan.id, { to: 'shut_down', reason: 'scanning' }, command),
    ]);
    expect([a.phase, b.phase]).toEqual(['shut_down', 'shut_down']);
    expect(a.devices).toMatchObject({ total: 3, verified: 0, waived: 0 });
    const tasks = await cleanupTasks(id);
    expect(tasks.map((t: { device_id: string }) => t.device_id).sort()).toEqual(
      machines.map((m) => m.id).sort(),
    );
    const types = (await world.events(id)).map((e) => e.type);
    expect(types.filter((t) => t === 'lan.phase_changed')).toHaveLength(1);
    expect(types.filter((t) => t === 'task.created')).toHaveLength(3);
    const notices = await world.outbox(`lan-phase:`);
    expect(notices.filter((n) => n.payload['incidentId'] === id)).toHaveLength(1);
  });

  it('refuses a reopen with every blocker, then reopens once each device is verified or waived', async () => {
    const { id, owner, command, itu, lan, machines } = await planned(2);
    await moves.transition(id, lan.id, { to: 'shut_down' }, command);
    await moves.transition(id, lan.id, { to: 'cleaning' }, command);
    await expect(moves.transition(id, lan.id, { to: 'reopened' }, command)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const refused = moves.transition(id, lan.id, { to: 'reopened' }, owner);
    await expect(refused).rejects.toMatchObject({
      code: 'reopen_blocked',
      extra: {
        lanId: lan.id,
        blockers: expect.arrayContaining(
          machines.map((m) => expect.objectContaining({ deviceId: m.id, hostname: m.hostname })),
        ),
      },
    });

    const [done, unplugged] = machines;
    const task = (await cleanupTasks(id)).find(
      (t: { device_id: string }) => t.device_id === done.id,
    );
    await world.get(TaskClaimsService).claim(task.id, itu);
    await world.get(TaskCompletionService).complete(task.id, { evidence: GOOD_EVIDENCE }, itu);
    await expect(moves.transition(id, lan.id, { to: 'reopened' }, owner)).rejects.toMatchObject({
      code: 'reopen_blocked',
      extra: { blockers: [expect.objectContaining({ deviceId: unplugged.id })] },
    });
    const waiver = await moves.waive(id, unplugged.id, { reason: 'unplugged for good' }, owner);
    expect(waiver).toMatchObject({ deviceId: unplugged.id, waivedBy: { id: owner.id } });

    const reopened = await moves.transition(id, lan.id, { to: 'reopened' }, owner);
    expect(reopened).toMatchObject({
      phase: 'reopened',
      devices: { total: 2, verified: 1, waived: 1 },
    });
    const phases = (await world.events(id))
      .filter((e) => e.type === 'lan.phase_changed')
      .map((e) => [e.data['to'], e.data['gate'] ?? null]);
    expect(phases).toEqual([
      ['shut_down', null],
      ['cleaning', null],
      ['reopened', 'passed'],
    ]);
    expect(await world.get(IncidentTasks).liveCount(world.ds.manager, id)).toBe(0);
  });

  it('refuses a move the phase table forbids and one on a closed incident, with invalid_transition', async () => {
    const { id, owner, command, lan } = await planned(0);
    await expect(moves.transition(id, lan.id, { to: 'cleaning' }, command)).rejects.toMatchObject({
      code: 'invalid_transition',
      extra: { allowed: ['shut_down'] },
    });
    await world.get(IncidentLifecycleService).changeStatus(id, { to: 'closed' }, owner);
    await expect(moves.transition(id, lan.id, { to: 'shut_down' }, command)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });

  it('lists the plan by LAN code a page at a time', async () => {
    const { id, owner } = await planned(0);
    const departmentId = await world.department();
    const more = [await world.lan(departmentId), await world.lan(departmentId)];
    const plans = world.get(LanPlansService);
    await plans.add(id, { lanIds: more.map((l) => l.id) }, owner);
    const first = await plans.list(id, { limit: 2 }, owner);
    const rest = await plans.list(id, { limit: 2, cursor: first.nextCursor! }, owner);
    const codes = [...first.items, ...rest.items].map((p) => p.code);
    expect(codes).toHaveLength(3);
    expect(codes).toEqual([...codes].sort());
    expect(rest.nextCursor).toBeNull();
  });
});
