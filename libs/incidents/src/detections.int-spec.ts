import { actorOf } from '@cordon/auth';
import { DETECTIONS_STREAM, DetectionsService } from './detections.service';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { LanPlansService } from './lan-plans.service';
import { LanTransitionsService } from './lan-transitions.service';
import { IncidentWorld } from './testing/incident-world';

/** Detections against the real PostgreSQL: what a sighting does, by the LAN's phase. */
describe(DetectionsService.name, () => {
  let world: IncidentWorld;
  let detections: DetectionsService;

  beforeAll(async () => {
    world = await IncidentWorld.start();
    detections = world.get(DetectionsService);
  });
  afterAll(() => world?.stop());

  let block = 10;
  /** A LAN (10.<n>.1.0/24) in an open incident's plan, moved through `phases`. */
  const lanIn = async (phases: ('shut_down' | 'cleaning' | 'reopened')[]) => {
    const departmentId = await world.department();
    const owner = await world.user(['owner']);
    block += 1;
    const lan = await world.lan(departmentId, `10.${block}.1.0/24`);
    const incident = await world
      .get(IncidentLifecycleService)
      .create({ title: 'Welchia', severity: 1, summary: 's' }, owner);
    await world.get(LanPlansService).add(incident.id, { lanIds: [lan.id] }, owner);
    for (const to of phases) {
      await world.get(LanTransitionsService).transition(incident.id, lan.id, { to }, owner);
    }
    return { incidentId: incident.id, lan, departmentId, owner, block };
  };

  const health = async (deviceId: string): Promise<string> =>
    (await world.ds.query(`SELECT health FROM devices WHERE id = $1`, [deviceId]))[0].health;

  it('marks a device on a shut-down LAN infected, on the incident’s timeline', async () => {
    const { incidentId, lan, departmentId, owner } = await lanIn(['shut_down']);
    const device = await world.device(lan, departmentId);
    const seen = await detections.record(
      { hostname: device.hostname.toUpperCase(), signature: 'TCP 135 sweep', source: 'ids' },
      actorOf(owner),
    );
    expect(seen).toMatchObject({
      deviceId: device.id,
      incidentId,
      phase: 'shut_down',
      action: 'marked_infected',
      taskId: null,
      unknownDevice: false,
    });
    expect(await health(device.id)).toBe('infected');
    const types = (await world.events(incidentId)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['detection.recorded', 'device.infected']);
  });

  it('isolates a device on a reopened LAN with one task, however often it is seen', async () => {
    const { incidentId, lan, departmentId, owner } = await lanIn([
      'shut_down',
      'cleaning',
      'reopened',
    ]);
    const device = await world.device(lan, departmentId);
    const body = { hostname: device.hostname, signature: 'TCP 135 sweep', source: 'ids' };
    const first = await detections.record(body, actorOf(owner));
    const again = await detections.record(body, actorOf(owner));
    expect(first).toMatchObject({ action: 'isolated', phase: 'reopened' });
    expect(first.taskId).not.toBeNull();
    expect(again.taskId).toBe(first.taskId);
    expect(await health(device.id)).toBe('isolated');
    const tasks = await world.ds.query(
      `SELECT kind, department_id FROM tasks WHERE incident_id = $1 AND device_id = $2`,
      [incidentId, device.id],
    );
    expect(tasks).toEqual([{ kind: 'isolate_and_clean', department_id: departmentId }]);
    expect(await world.outbox(`device-isolated:${first.taskId}`)).toHaveLength(1);
    const [plan] = await world.ds.query(`SELECT phase FROM incident_lans WHERE lan_id = $1`, [
      lan.id,
    ]);
    expect(plan.phase).toBe('reopened');
  });

  it('records an unknown host on the LAN whose block holds its address, and refuses one it cannot place', async () => {
    const { incidentId, lan, owner, block } = await lanIn(['shut_down']);
    const seen = await detections.record(
      { ip: `10.${block}.1.99`, signature: 'TCP 135 sweep', source: 'ids' },
      actorOf(owner),
    );
    expect(seen).toMatchObject({ lanId: lan.id, incidentId, unknownDevice: true });
    expect(await health(seen.deviceId)).toBe('infected');
    await expect(
      detections.record(
        { hostname: 'nowhere-pc', signature: 'TCP 135 sweep', source: 'ids' },
        actorOf(owner),
      ),
    ).rejects.toMatchObject({ code: 'unprocessable', extra: { field: 'ip' } });
  });

  it('puts a detection outside any incident on the detections stream', async () => {
    const departmentId = await world.department();
    const owner = await world.user(['command']);
    const lan = await world.lan(departmentId);
    const device = await world.device(lan, departmentId);
    const seen = await detections.record(
      { hostname: device.hostname, signature: 'TCP 135 sweep', source: 'ids' },
      actorOf(owner),
    );
    expect(seen).toMatchObject({ incidentId: null, phase: null, action: 'marked_infected' });
    const events = await world.ds.query(
      `SELECT type FROM events WHERE stream = $1 AND data->>'deviceId' = $2 ORDER BY seq`,
      [DETECTIONS_STREAM, device.id],
    );
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'detection.recorded',
      'device.infected',
    ]);
  });

  it('lists an incident’s detections newest first, a page at a time', async () => {
    const { incidentId, lan, departmentId, owner } = await lanIn(['shut_down']);
    const devices = [
      await world.device(lan, departmentId),
      await world.device(lan, departmentId),
      await world.device(lan, departmentId),
    ];
    for (const d of devices) {
      await detections.record(
        { hostname: d.hostname, signature: 'sweep', source: 'ids' },
        actorOf(owner),
      );
    }
    const first = await detections.list({ incidentId, limit: 2 });
    const rest = await detections.list({ incidentId, limit: 2, cursor: first.nextCursor! });
    const listed = [...first.items, ...rest.items];
    expect(listed.map((d) => d.deviceId).sort()).toEqual(devices.map((d) => d.id).sort());
    expect(listed.map((d) => d.at)).toEqual(
      listed
        .map((d) => d.at)
        .sort()
        .reverse(),
    );
    expect(rest.nextCursor).toBeNull();
  });
});
