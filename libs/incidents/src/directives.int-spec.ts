import { DirectiveEscalationService } from './directive-escalation.service';
import { DirectiveSummaries } from './directive-summaries.service';
import { DirectivesService } from './directives.service';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { IncidentWorld } from './testing/incident-world';

/** The owner's directives against the real PostgreSQL: issued, acknowledged, escalated. */
describe(DirectivesService.name, () => {
  let world: IncidentWorld;
  let directives: DirectivesService;

  beforeAll(async () => {
    world = await IncidentWorld.start();
    directives = world.get(DirectivesService);
  });
  afterAll(() => world?.stop());

  /** An incident, two departments each with an ITU member, and a directive to both. */
  const issued = async (dueInMs = 3600_000) => {
    const owner = await world.user(['owner']);
    const departments = [await world.department(), await world.department()];
    const itu = [
      await world.user(['itu'], departments[0]),
      await world.user(['itu'], departments[0]),
      await world.user(['itu'], departments[1]),
    ];
    const incident = await world
      .get(IncidentLifecycleService)
      .create({ title: 'Welchia', severity: 1, summary: 's' }, owner);
    const directive = await directives.issue(
      incident.id,
      {
        text: 'install the RPC patch on every machine',
        departmentIds: departments,
        dueAt: new Date(Date.now() + dueInMs).toISOString(),
      },
      owner,
    );
    return { incidentId: incident.id, owner, departments, itu, directive };
  };

  it('issues a directive to its departments, involving them, with each told', async () => {
    const { incidentId, departments, directive } = await issued();
    expect(directive).toMatchObject({ incidentId, text: 'install the RPC patch on every machine' });
    expect(directive.departments.map((d) => d.departmentId).sort()).toEqual(
      [...departments].sort(),
    );
    expect(directive.departments.every((d) => d.acknowledgedAt === null)).toBe(true);
    const involved = await world.ds.query(
      `SELECT department_id FROM incident_departments WHERE incident_id = $1`,
      [incidentId],
    );
    expect(involved.map((r: { department_id: string }) => r.department_id).sort()).toEqual(
      [...departments].sort(),
    );
    expect(await world.outbox(`directive-issued:${directive.id}`)).toHaveLength(1);
    expect(await world.get(DirectiveSummaries).get(directive.id)).toMatchObject({
      id: directive.id,
      incidentId,
      departmentIds: [...departments].sort(),
    });
  });

  it('is acknowledged once per department, by any one of its ITU members, and by no one else', async () => {
    const { incidentId, owner, departments, itu, directive } = await issued();
    const [first, second] = await Promise.all([
      directives.acknowledge(directive.id, itu[0]),
      directives.acknowledge(directive.id, itu[1]),
    ]);
    const mine = (v: typeof first) => v.departments.find((d) => d.departmentId === departments[0]);
    expect(mine(first)?.acknowledgedAt).not.toBeNull();
    expect(mine(second)?.acknowledgedBy).toEqual(mine(first)?.acknowledgedBy);
    await expect(directives.acknowledge(directive.id, owner)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const acks = (await world.events(incidentId)).filter(
      (e) => e.type === 'directive.acknowledged',
    );
    expect(acks.map((e) => [e.data['departmentId'], e.data['late']])).toEqual([
      [departments[0], false],
    ]);
    const seen = await directives.list(incidentId, {}, itu[2]);
    expect(seen.items.map((d) => d.id)).toEqual([directive.id]);
  });

  it('escalates an overdue acknowledgement to the owner once, with the time it was due', async () => {
    const { incidentId, owner, departments, itu, directive } = await issued(60_000);
    await directives.acknowledge(directive.id, itu[2]);
    const later = new Date(Date.now() + 120_000);
    const escalation = world.get(DirectiveEscalationService);
    expect(await escalation.escalateOverdue(later)).toBe(1);
    expect(await escalation.escalateOverdue(later)).toBe(0);
    const [notice] = await world.outbox(`directive-overdue:${directive.id}:`);
    expect(notice.payload).toMatchObject({
      incidentId,
      departmentId: departments[0],
      ownerId: owner.id,
      dueAt: directive.dueAt,
    });
    const escalated = (await world.events(incidentId)).filter(
      (e) => e.type === 'directive.escalated',
    );
    expect(escalated.map((e) => e.data['departmentId'])).toEqual([departments[0]]);
  });

  it('refuses a directive on a closed incident with invalid_transition', async () => {
    const { incidentId, owner, departments } = await issued();
    await world.get(IncidentLifecycleService).changeStatus(incidentId, { to: 'closed' }, owner);
    await expect(
      directives.issue(
        incidentId,
        {
          text: 'x',
          departmentIds: departments,
          dueAt: new Date(Date.now() + 60_000).toISOString(),
        },
        owner,
      ),
    ).rejects.toMatchObject({ code: 'invalid_transition' });
  });
});
