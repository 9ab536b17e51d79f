import { isUpdateOverdue } from '@cordon/domain';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { IncidentQueriesService } from './incident-queries.service';
import { IncidentSummaries } from './incident-summaries.service';
import { LanPlansService } from './lan-plans.service';
import { LanTransitionsService } from './lan-transitions.service';
import { IncidentWorld } from './testing/incident-world';

/** An incident's life against the real PostgreSQL: declared, edited, handed over, closed. */
describe(IncidentLifecycleService.name, () => {
  let world: IncidentWorld;
  let lifecycle: IncidentLifecycleService;

  beforeAll(async () => {
    world = await IncidentWorld.start();
    lifecycle = world.get(IncidentLifecycleService);
  });
  afterAll(() => world?.stop());

  const declare = async (ownerRoles: ('owner' | 'command')[] = ['owner']) => {
    const owner = await world.user(ownerRoles);
    const incident = await lifecycle.create(
      {
        title: 'Welchia',
        severity: 1,
        summary: 'hosts scanning port 135',
        updateCadenceMinutes: 60,
      },
      owner,
    );
    return { owner, incident };
  };

  it('declares an incident owned by its declarer, numbered in the year, with its owner told', async () => {
    const { owner, incident } = await declare();
    const second = await declare();
    const year = new Date().getUTCFullYear();
    expect(incident).toMatchObject({
      reference: `INC-${year}-0001`,
      status: 'active',
      owner: { id: owner.id, name: owner.name },
      updateCadenceMinutes: 60,
      closedAt: null,
    });
    expect(second.incident.reference).toBe(`INC-${year}-0002`);
    expect(
      new Date(incident.nextUpdateDueAt!).getTime() - new Date(incident.lastUpdateAt).getTime(),
    ).toBe(60 * 60_000);
    expect((await world.events(incident.id)).map((e) => e.type)).toEqual(['incident.created']);
    const told = await world.outbox(`owner-assigned:${incident.id}`);
    expect(told.map((o) => o.payload)).toEqual([
      { incidentId: incident.id, userId: owner.id, reason: 'declared' },
    ]);
  });

  it('edits, posts an update that starts the clock again, and hands over with both owners told', async () => {
    const { owner, incident } = await declare();
    const deputy = await world.user(['owner']);
    const edited = await lifecycle.edit(incident.id, { title: 'W32.Welchia' }, owner);
    expect(edited.title).toBe('W32.Welchia');
    await world.ds.query(
      `UPDATE incidents SET last_update_at = now() - interval '50 minutes' WHERE id = $1`,
      [incident.id],
    );
    const updated = await lifecycle.postUpdate(incident.id, { message: 'LANs closing' }, owner);
    expect(new Date(updated.lastUpdateAt).getTime()).toBeGreaterThan(
      new Date(incident.lastUpdateAt).getTime(),
    );
    await expect(
      lifecycle.handover(incident.id, { toUserId: owner.id, reason: 'x' }, owner),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const handed = await lifecycle.handover(
      incident.id,
      { toUserId: deputy.id, reason: 'end of shift' },
      owner,
    );
    expect(handed.owner).toEqual({ id: deputy.id, name: deputy.name });
    await expect(
      lifecycle.handover(incident.id, { toUserId: owner.id, reason: 'back' }, owner),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const told = await world.outbox(`owner-changed:${incident.id}:`);
    expect(told.map((o) => [o.payload['userId'], o.payload['role']])).toEqual([
      [owner.id, 'previous_owner'],
      [deputy.id, 'new_owner'],
    ]);
    expect((await world.events(incident.id)).map((e) => e.type)).toEqual([
      'incident.created',
      'incident.updated',
      'incident.update_posted',
      'incident.owner_changed',
    ]);
  });

  it('refuses to close while a LAN is down, closes when forced, frees its LANs and then refuses every command with one code', async () => {
    const { owner, incident } = await declare();
    const departmentId = await world.department();
    const lan = await world.lan(departmentId);
    await world.device(lan, departmentId);
    await world.get(LanPlansService).add(incident.id, { lanIds: [lan.id] }, owner);
    await world
      .get(LanTransitionsService)
      .transition(incident.id, lan.id, { to: 'shut_down' }, owner);

    await expect(
      lifecycle.changeStatus(incident.id, { to: 'closed' }, owner),
    ).rejects.toMatchObject({ code: 'close_blocked' });
    const closed = await lifecycle.changeStatus(
      incident.id,
      { to: 'closed', force: true, reason: 'handed to the police' },
      owner,
    );
    expect(closed).toMatchObject({ status: 'closed', nextUpdateDueAt: null });
    expect(closed.closedAt).not.toBeNull();
    const [row] = await world.ds.query(
      `SELECT close_reason, (SELECT bool_or(incident_open) FROM incident_lans WHERE incident_id = $1) AS held
       FROM incidents WHERE id = $1`,
      [incident.id],
    );
    expect(row).toEqual({ close_reason: 'handed to the police', held: false });
    const changed = (await world.events(incident.id)).find(
      (e) => e.type === 'incident.status_changed',
    );
    expect(changed?.data).toMatchObject({ to: 'closed', forced: true, cancelledTasks: 1 });

    const refusals = [
      lifecycle.postUpdate(incident.id, { message: 'x' }, owner),
      lifecycle.edit(incident.id, { title: 'x' }, owner),
      lifecycle.changeStatus(incident.id, { to: 'active' }, owner),
      world.get(LanPlansService).add(incident.id, { lanIds: [lan.id] }, owner),
    ];
    for (const refusal of refusals) {
      await expect(refusal).rejects.toMatchObject({ code: 'invalid_transition' });
    }
    const other = await declare();
    const [planned] = (
      await world.get(LanPlansService).add(other.incident.id, { lanIds: [lan.id] }, other.owner)
    ).items;
    expect(planned).toMatchObject({ lanId: lan.id, phase: 'planned' });
  });

  it('finds an update overdue from the moment it falls due, as the domain rule says', async () => {
    const { incident } = await declare();
    await world.ds.query(
      `UPDATE incidents SET last_update_at = date_trunc('second', now()) - interval '2 hours'
       WHERE id = $1`,
      [incident.id],
    );
    const [{ due }] = await world.ds.query(
      `SELECT last_update_at + interval '60 minutes' AS due FROM incidents WHERE id = $1`,
      [incident.id],
    );
    const dueAt = new Date(due);
    const lastUpdateAt = new Date(dueAt.getTime() - 60 * 60_000);
    const summaries = world.get(IncidentSummaries);
    for (const offset of [-1, 0, 1]) {
      const now = new Date(dueAt.getTime() + offset);
      const found = (await summaries.overdue(now)).some((s) => s.id === incident.id);
      expect([offset, found]).toEqual([offset, isUpdateOverdue(lastUpdateAt, 60, 'active', now)]);
    }
    expect(isUpdateOverdue(lastUpdateAt, 60, 'active', dueAt)).toBe(true);
  });

  it('lists incidents newest first a page at a time, open or closed', async () => {
    const mine = [await declare(), await declare(), await declare()];
    const [last] = mine.slice(-1);
    await lifecycle.changeStatus(last.incident.id, { to: 'closed' }, last.owner);
    const admin = await world.user(['admin']);
    const queries = world.get(IncidentQueriesService);
    const first = await queries.list({ limit: 2 }, admin);
    const second = await queries.list({ limit: 2, cursor: first.nextCursor! }, admin);
    expect([...first.items, ...second.items].slice(0, 3).map((i) => i.id)).toEqual(
      mine.map((m) => m.incident.id).reverse(),
    );
    const closed = await queries.list({ open: false, limit: 500 }, admin);
    expect(closed.items.map((i) => i.id)).toContain(last.incident.id);
    expect(closed.items.every((i) => i.status === 'closed')).toBe(true);
    const open = await queries.list({ open: true, limit: 500 }, admin);
    expect(open.items.map((i) => i.id)).toContain(mine[0].incident.id);
    expect(open.items.every((i) => i.status !== 'closed')).toBe(true);
  });
});
