import { buildMetrics, incidentMilestones, startCompliance } from './metrics';
import { ALICE, at, BOB, ITU, log } from './report-test-events';

const MIN = 60_000;

describe(incidentMilestones.name, () => {
  it('times acknowledge (owner of the moment acts), contain (all LANs shut, last detection) and recover (all reopened)', () => {
    const l = log().created(0);
    l.add(3, 'incident.owner_changed', { from: ALICE, to: BOB, reason: 'shift' }, ITU);
    l.add(7, 'lan.planned', { lanId: 'lan-a', code: 'A', departmentId: 'd', siteId: 's' }, BOB);
    l.planned(8, 'lan-b')
      .phase(10, 'lan-a', 'planned', 'shut_down')
      .phase(20, 'lan-b', 'planned', 'shut_down');
    l.add(25, 'detection.recorded', {
      detectionId: 'x',
      deviceId: 'pc',
      hostname: 'PC',
      lanId: 'lan-a',
      departmentId: 'd',
      ip: null,
      signature: 'W',
      source: 's',
      phase: 'shut_down',
      action: 'recorded' as never,
      unknownDevice: false,
    });
    l.phase(60, 'lan-a', 'shut_down', 'reopened').phase(90, 'lan-b', 'shut_down', 'cleaning');
    const live = incidentMilestones('i', l.events, at(100));
    expect(live).toMatchObject({
      acknowledgeMs: 7 * MIN,
      containMs: 25 * MIN,
      recoverMs: null,
      startCompliance: null,
    });
    l.phase(120, 'lan-b', 'cleaning', 'reopened');
    l.add(130, 'detection.recorded', {
      detectionId: 'y',
      deviceId: 'pc',
      hostname: 'PC',
      lanId: 'lan-a',
      departmentId: 'd',
      ip: null,
      signature: 'W',
      source: 's',
      phase: 'reopened',
      action: 'isolated' as never,
      unknownDevice: false,
    });
    expect(incidentMilestones('i', l.events, at(200))).toMatchObject({
      containMs: 25 * MIN,
      recoverMs: 120 * MIN,
    });
  });

  it('without LANs, contains and recovers by status; nothing measured stays null', () => {
    const l = log().created(0);
    expect(incidentMilestones('i', l.events, at(5))).toMatchObject({
      acknowledgeMs: null,
      containMs: null,
      recoverMs: null,
    });
    l.add(15, 'incident.status_changed', {
      from: 'active',
      to: 'recovered',
      reason: null,
      forced: false,
      overridden: null,
      cancelledTasks: 0,
      nextUpdateDueAt: at(75),
    });
    expect(incidentMilestones('i', l.events, at(20))).toMatchObject({
      acknowledgeMs: 15 * MIN,
      containMs: 15 * MIN,
      recoverMs: 15 * MIN,
    });
  });
});

describe(startCompliance.name, () => {
  it('counts no anti-virus, old signatures and missing patches against the standard build', () => {
    const base = {
      patches: ['KB1'],
      avProduct: 'AV',
      avSignatureDate: '2026-03-01',
      health: 'unknown' as const,
    };
    const devices = [
      base,
      { ...base, avProduct: null },
      { ...base, avSignatureDate: '2025-01-01' },
      { ...base, patches: [], avProduct: '' },
      { ...base, health: 'infected' as const },
    ];
    expect(
      startCompliance(devices, { requiredPatches: ['KB1'], minAvSignatureDate: '2026-02-01' }),
    ).toEqual({
      devices: 5,
      noAntivirus: 2,
      avOutOfDate: 1,
      missingPatches: 1,
      belowStandardBuild: 3,
    });
  });
});

describe(buildMetrics.name, () => {
  it('averages over the incidents that reached each milestone and pools tasks per department', () => {
    const a = log().created(0);
    a.add(20, 'incident.update_posted', { message: 'm', nextUpdateDueAt: at(80) });
    a.task(20, 't1', 'd-soc', 'pc1').claim(30, 't1', 'd-soc');
    a.add(31, 'lan.planned', {
      lanId: 'l',
      code: 'L',
      departmentId: 'd-soc',
      siteId: 's',
      compliance: {
        devices: 3,
        noAntivirus: 1,
        avOutOfDate: 1,
        missingPatches: 0,
        belowStandardBuild: 2,
      },
    });
    const b = log().created(0);
    b.add(40, 'incident.update_posted', { message: 'm', nextUpdateDueAt: at(100) });
    b.task(40, 't2', 'd-soc', 'pc2').claim(70, 't2', 'd-soc');
    const m = buildMetrics(
      [
        { incidentId: 'a', events: a.events },
        { incidentId: 'b', events: b.events },
      ],
      at(200),
      { 'd-soc': { code: 'SOC', name: 'Social' } },
    );
    expect(m).toMatchObject({
      incidents: 2,
      meanTimeToAcknowledgeMs: 30 * MIN,
      meanTimeToContainMs: null,
      meanTimeToRecoverMs: null,
    });
    expect(m.departments).toHaveLength(1);
    expect(m.departments[0]).toMatchObject({
      tasks: 2,
      claimed: 2,
      timeToClaim: { medianMs: 20 * MIN, p90Ms: 30 * MIN },
    });
    expect(m.startCompliance).toEqual({
      incidents: 1,
      devices: 3,
      noAntivirus: 1,
      avOutOfDate: 1,
      missingPatches: 0,
      belowStandardBuild: 2,
    });
  });
});
