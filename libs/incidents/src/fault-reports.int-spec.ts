import { FAULT_REPORTS_STREAM, FaultReportsService } from './fault-reports.service';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { LanPlansService } from './lan-plans.service';
import { LanTransitionsService } from './lan-transitions.service';
import { IncidentWorld } from './testing/incident-world';

/** Fault reports against the real PostgreSQL: matched to the incident, answered, listed. */
describe(FaultReportsService.name, () => {
  let world: IncidentWorld;
  let faults: FaultReportsService;

  beforeAll(async () => {
    world = await IncidentWorld.start();
    faults = world.get(FaultReportsService);
  });
  afterAll(() => world?.stop());

  /** A member of staff on a LAN; with `shutDown`, that LAN is down in an open incident. */
  const staffOn = async (shutDown: boolean) => {
    const departmentId = await world.department();
    const lan = await world.lan(departmentId);
    const [{ site_id: siteId }] = await world.ds.query(`SELECT site_id FROM lans WHERE id = $1`, [
      lan.id,
    ]);
    const [{ id: staffId }] = await world.ds.query(
      `INSERT INTO staff (name, email, department_id, site_id, lan_id)
       VALUES ('Pat', $1, $2, $3, $4) RETURNING id`,
      [`${world.unique('pat')}@council.example`, departmentId, siteId, lan.id],
    );
    const owner = await world.user(['owner']);
    let incidentId: string | null = null;
    if (shutDown) {
      const incident = await world
        .get(IncidentLifecycleService)
        .create({ title: 'Welchia', severity: 1, summary: 's' }, owner);
      incidentId = incident.id;
      await world.get(LanPlansService).add(incident.id, { lanIds: [lan.id] }, owner);
      await world
        .get(LanTransitionsService)
        .transition(incident.id, lan.id, { to: 'shut_down' }, owner);
    }
    return { staffId, lan, siteId, owner, incidentId };
  };

  it('matches a report to the open incident on the caller’s LAN and answers with its phase', async () => {
    const { staffId, lan, siteId, owner, incidentId } = await staffOn(true);
    const answer = await faults.report({ staffId, description: 'my PC is slow' }, null);
    expect(answer).toMatchObject({
      lanId: lan.id,
      siteId,
      staffId,
      incidentId,
      incident: { id: incidentId, status: 'active' },
      lans: [{ lanId: lan.id, code: lan.code, phase: 'shut_down' }],
    });
    expect(answer.incident?.nextUpdateDueAt).not.toBeNull();
    expect(answer.message).toContain(`Network ${lan.code}`);
    const reported = (await world.events(incidentId!)).filter((e) => e.type === 'fault.reported');
    expect(reported.map((e) => e.data['faultReportId'])).toEqual([answer.id]);
    const [board] = (await world.get(LanPlansService).list(incidentId!, {}, owner)).items;
    expect(board.faultReports).toBe(1);
  });

  it('logs a report outside any incident on its own stream', async () => {
    const { staffId } = await staffOn(false);
    const answer = await faults.report({ staffId, description: 'printer jammed' }, null);
    expect(answer).toMatchObject({ incidentId: null, incident: null, lans: [] });
    expect(answer.message).toContain('not part of a known incident');
    const [event] = await world.ds.query(
      `SELECT type FROM events WHERE stream = $1 AND data->>'faultReportId' = $2`,
      [FAULT_REPORTS_STREAM, answer.id],
    );
    expect(event).toEqual({ type: 'fault.reported' });
  });

  it('refuses a report it cannot place, naming the field', async () => {
    await expect(
      faults.report({ staffId: '00000000-0000-4000-8000-000000000000', description: 'x' }, null),
    ).rejects.toMatchObject({ extra: { errors: [{ field: 'staffId' }] } });
    await expect(
      faults.report({ siteId: '00000000-0000-4000-8000-000000000000', description: 'x' }, null),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      extra: { errors: [{ field: 'siteId', message: 'no such site' }] },
    });
  });

  it('lists a LAN’s reports newest first to command staff and owners only', async () => {
    const { staffId, lan, owner } = await staffOn(true);
    const ids = [];
    for (const description of ['one', 'two', 'three']) {
      ids.push((await faults.report({ staffId, description }, null)).id);
    }
    const first = await faults.list({ lanId: lan.id, limit: 2 }, owner);
    const rest = await faults.list({ lanId: lan.id, limit: 2, cursor: first.nextCursor! }, owner);
    const listed = [...first.items, ...rest.items];
    expect(listed.map((f) => f.id).sort()).toEqual([...ids].sort());
    expect(listed.map((f) => f.createdAt)).toEqual(
      listed
        .map((f) => f.createdAt)
        .sort()
        .reverse(),
    );
    const itu = await world.user(['itu'], await world.department());
    await expect(faults.list({ lanId: lan.id }, itu)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
