import { buildIncidentReport } from './incident-report';
import { ALICE, at, BOB, log } from './report-test-events';

const MIN = 60_000;
const build = (events: ReturnType<typeof log>['events'], now = at(600)) =>
  buildIncidentReport(events, {
    incidentId: 'i-1',
    now,
    departments: { 'd-soc': { code: 'SOC', name: 'Social care' } },
  });

describe(buildIncidentReport.name, () => {
  it('reports a just-declared incident as live with nothing to measure', () => {
    const r = build(log().created(0).events, at(30));
    expect(r).toMatchObject({ status: 'live', asOf: at(30), events: 1, lastSeq: 1, handovers: 0 });
    expect(r.owners).toEqual([
      { owner: ALICE, from: at(0), to: null, durationMs: 30 * MIN, reason: null },
    ]);
    expect(r.lans).toEqual([]);
    expect(r.departments).toEqual([]);
    expect(r.devices).toMatchObject({
      inPlan: 0,
      verified: 0,
      unverified: 0,
      burndown: [],
      verifiedPerDay: [],
    });
    expect(r.updates).toMatchObject({ given: 0, promised: 0, missed: 0 });
    expect(r.updates.items).toEqual([
      { promisedAt: at(0), dueAt: at(60), givenAt: null, onTime: null },
    ]);
  });

  it('refuses a log without a declaration', () => {
    expect(() => build([])).toThrow(/no declaration/);
  });

  it('spans owners across a handover', () => {
    const l = log().created(0);
    l.add(45, 'incident.owner_changed', { from: ALICE, to: BOB, reason: 'shift' });
    const r = build(l.events, at(100));
    expect(r.handovers).toBe(1);
    expect(r.owner).toEqual(BOB);
    expect(r.owners.map((o) => [o.owner.id, o.durationMs / MIN, o.reason])).toEqual([
      [ALICE.id, 45, null],
      [BOB.id, 55, 'shift'],
    ]);
  });

  it('times each LAN in its phases, running open stays to now', () => {
    const l = log().created(0).planned(1, 'lan-a').planned(1, 'lan-b');
    l.phase(10, 'lan-a', 'planned', 'shut_down').phase(40, 'lan-a', 'shut_down', 'cleaning');
    l.phase(100, 'lan-a', 'cleaning', 'reopened').phase(20, 'lan-b', 'planned', 'shut_down');
    const r = build(l.events, at(200));
    const [a, b] = r.lans;
    expect(a).toMatchObject({
      code: 'LAN-A',
      phase: 'reopened',
      shutDownMs: 30 * MIN,
      cleaningMs: 60 * MIN,
      toReopenMs: 90 * MIN,
      reopenedAt: at(100),
    });
    expect(b).toMatchObject({
      code: 'LAN-B',
      phase: 'shut_down',
      shutDownMs: 180 * MIN,
      cleaningMs: 0,
      toReopenMs: null,
      reopenedAt: null,
    });
  });

  it('takes median and p90 of claim and completion per department', () => {
    const l = log().created(0);
    for (const [i, claimAfter] of [10, 20, 30, 40].entries()) {
      l.task(0, `t${i}`, 'd-soc', `pc${i}`).claim(claimAfter, `t${i}`, 'd-soc');
    }
    l.complete(50, 't0', 'd-soc', 'pc0').complete(70, 't1', 'd-soc', 'pc1');
    l.task(5, 'tx', 'd-edu', null);
    const r = build(l.events);
    const soc = r.departments.find((d) => d.department.id === 'd-soc')!;
    expect(soc).toMatchObject({ tasks: 4, claimed: 4, completed: 2, department: { code: 'SOC' } });
    expect(soc.timeToClaim).toMatchObject({ medianMs: 25 * MIN, p90Ms: 40 * MIN });
    expect(soc.timeToComplete).toMatchObject({ medianMs: 60 * MIN, p90Ms: 70 * MIN });
    const edu = r.departments.find((d) => d.department.id === 'd-edu')!;
    expect(edu).toMatchObject({ tasks: 1, claimed: 0, timeToClaim: { count: 0, medianMs: null } });
  });

  it('counts verifications per day, the burndown and a re-infection of a verified machine', () => {
    const l = log().created(0).task(1, 't1', 'd-soc', 'pc1').task(1, 't2', 'd-soc', 'pc2');
    l.complete(60, 't1', 'd-soc', 'pc1').complete(24 * 60, 't2', 'd-soc', 'pc2');
    l.add(25 * 60, 'device.isolated', {
      deviceId: 'pc1',
      hostname: 'PC1',
      lanId: 'lan-a',
      departmentId: 'd-soc',
      previousHealth: 'clean',
    });
    const r = build(l.events, at(26 * 60));
    expect(r.devices.verifiedPerDay).toEqual([
      { day: '2026-03-02', verified: 1 },
      { day: '2026-03-03', verified: 1 },
    ]);
    expect(r.devices.burndown.map((p) => [p.unverified, p.isolated])).toEqual([
      [2, 0],
      [1, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(r.devices).toMatchObject({ inPlan: 2, verified: 2, isolations: 1, reinfections: 1 });
    expect(r.devices.reinfected).toEqual([{ deviceId: 'pc1', hostname: 'PC1', at: at(25 * 60) }]);
    expect(r.lans).toEqual([]);
  });

  it('times each department acknowledging a directive', () => {
    const l = log().created(0);
    l.add(10, 'directive.issued', {
      directiveId: 'dir',
      text: 'Unplug',
      dueAt: at(40),
      departmentIds: ['d-soc', 'd-edu'],
    });
    l.add(25, 'directive.acknowledged', {
      directiveId: 'dir',
      departmentId: 'd-soc',
      acknowledgedBy: BOB,
      late: false,
    });
    l.add(41, 'directive.escalated', {
      directiveId: 'dir',
      departmentId: 'd-edu',
      dueAt: at(40),
      ownerId: ALICE.id,
    });
    const [d] = build(l.events).directives;
    expect(d.acknowledged).toBe(1);
    expect(d.departments.map((x) => [x.department.id, x.afterMs, x.late, x.escalated])).toEqual([
      ['d-soc', 15 * MIN, false, false],
      ['d-edu', null, null, true],
    ]);
  });

  it('rates a broadcast and times 50% and 90% acknowledged', () => {
    const l = log().created(0);
    l.add(10, 'broadcast.created', {
      broadcastId: 'b',
      kind: 'broadcast',
      subject: 'S',
      subjectTemplate: 'S',
      channels: ['email'],
      requireAck: true,
      recipients: 4,
      deliveries: 5,
      skipped: 1,
    });
    const totals = {
      recipients: 4,
      deliveries: 5,
      queued: 0,
      sent: 3,
      delivered: 0,
      failed: 1,
      skipped: 1,
      acknowledged: 0,
      silent: 0,
      byChannel: {} as never,
      skippedReasons: {},
    };
    l.add(11, 'broadcast.completed', { broadcastId: 'b', status: 'completed', totals });
    for (const [i, min] of [12, 14, 14, 20].entries()) {
      l.add(min, 'broadcast.acknowledged', {
        broadcastId: 'b',
        recipientId: `r${i % 3}`,
        name: 'x',
        via: 'link',
      });
    }
    const [b] = build(l.events).broadcasts;
    expect(b).toMatchObject({
      acknowledged: 3,
      deliveryRate: 0.75,
      failureRate: 0.25,
      acknowledgementRate: 0.75,
      to50PercentMs: 4 * MIN,
      to90PercentMs: null,
      completedAt: at(11),
    });
  });

  it('counts updates on time, late at the due minute, and missed', () => {
    const l = log().created(0, 60);
    l.add(59, 'incident.update_posted', { message: 'a', nextUpdateDueAt: at(119) });
    l.add(119, 'incident.update_posted', { message: 'b', nextUpdateDueAt: at(179) });
    l.add(150, 'broadcast.created', {
      broadcastId: 'b',
      kind: 'broadcast',
      subject: 'S',
      subjectTemplate: 'S',
      channels: ['email'],
      requireAck: false,
      recipients: 1,
      deliveries: 1,
      skipped: 0,
      nextUpdateDueAt: at(210),
    });
    l.add(211, 'incident.update_overdue', { dueAt: at(210), owner: ALICE, broadcastId: 'n' });
    const r = build(l.events, at(300));
    expect(r.updates).toMatchObject({
      given: 3,
      promised: 4,
      onTime: 2,
      late: 1,
      missed: 1,
      overdueReminders: 1,
    });
    expect(r.updates.items.map((i) => [i.dueAt, i.givenAt, i.onTime])).toEqual([
      [at(60), at(59), true],
      [at(119), at(119), false],
      [at(179), at(150), true],
      [at(210), null, false],
    ]);
  });

  it('is final once closed, its figures run to the close', () => {
    const l = log().created(0).planned(1, 'lan-a').phase(5, 'lan-a', 'planned', 'shut_down');
    l.add(30, 'incident.status_changed', {
      from: 'active',
      to: 'closed',
      reason: 'done',
      forced: true,
      overridden: null,
      cancelledTasks: 0,
      nextUpdateDueAt: null,
    });
    const r = build(l.events, at(500));
    expect(r).toMatchObject({
      status: 'final',
      incidentStatus: 'closed',
      closedAt: at(30),
      asOf: at(30),
    });
    expect(r.lans[0].shutDownMs).toBe(25 * MIN);
    expect(r.updates).toMatchObject({ promised: 0, missed: 0 });
    expect(r.timeline.map((t) => t.type)).toEqual([
      'incident.created',
      'lan.planned',
      'lan.phase_changed',
      'incident.status_changed',
    ]);
  });
});
