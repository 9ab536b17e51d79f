import { isDomainError } from '../errors/domain-error';
import { denyList, nameTerms } from './identifiers';
import { WarpLogBuilder } from './warp-fixture';
import { renderWarpMarkdown } from './warp-markdown';
import { buildWarpSummary, departmentLetter, WarpSummaryInput } from './warp-summary';

const deny = denyList([
  ...nameTerms('Margaret Hale (Incident Owner)').map((text) => ({ text, kind: 'name' as const })),
  { text: 'soc-hall-pc-001', kind: 'hostname' },
  { text: '10.11.0.11', kind: 'ip' },
  { text: 'Social Services', kind: 'department' },
  { text: 'Education', kind: 'department' },
  { text: 'Civic Hall', kind: 'site' },
  { text: 'ids-core-1', kind: 'hostname' },
]);

/** Education's LAN planned first, then two of Social Services'; one shut, cleaned, reopened. */
function welchiaLog(): WarpLogBuilder {
  return new WarpLogBuilder()
    .declared(0)
    .planned(1, 'edu-1', 'edu')
    .planned(1, 'soc-1', 'soc')
    .planned(1, 'soc-2', 'soc')
    .detection(10, 'd1', 'soc', 'W32.Welchia.Worm: ICMP sweep, then TCP 135 (RPC DCOM)')
    .detection(12, 'd2', 'soc', 'W32.Welchia.Worm: seen from 10.11.0.11 on soc-hall-pc-001')
    .phase(20, 'soc-1', 'planned', 'shut_down')
    .phase(35, 'soc-1', 'shut_down', 'cleaning')
    .task(35, 't1', 'd1', 'soc')
    .task(35, 't2', 'd3', 'soc')
    .add(50, 'task.completed', {
      taskId: 't1',
      kind: 'clean_device',
      deviceId: 'd1',
      departmentId: 'soc',
      completedBy: { id: 'u', name: 'Ann Lee' },
      evidence: null,
      note: 'Ann cleaned it',
      device: null,
    })
    .add(55, 'device.isolated', {
      deviceId: 'd4',
      hostname: 'edu-pc-9',
      lanId: 'edu-1',
      departmentId: 'edu',
      previousHealth: 'infected',
    })
    .phase(95, 'soc-1', 'cleaning', 'reopened');
}

const input = (log: WarpLogBuilder, over: Partial<WarpSummaryInput> = {}): WarpSummaryInput => ({
  events: log.events,
  devicesPerLan: new Map([
    ['edu-1', 40],
    ['soc-1', 30],
    ['soc-2', 20],
  ]),
  departmentNames: null,
  narrative: null,
  denyList: deny,
  generatedAt: new Date('2026-09-01T11:00:00Z'),
  ...over,
});

describe(buildWarpSummary.name, () => {
  it('names the threat, its ports, protocols and patches from the signatures and what is known', () => {
    const s = buildWarpSummary(input(welchiaLog()));
    expect(s.threat).toMatchObject({ name: 'W32.Welchia.Worm', aliases: ['W32/Nachi.worm'] });
    expect(s.indicators.ports).toEqual(
      expect.arrayContaining([
        { protocol: 'TCP', port: '135' },
        { protocol: 'TCP', port: '666-765' },
      ]),
    );
    expect(s.indicators.protocols).toEqual(['ICMP', 'RPC DCOM', 'TFTP', 'WebDAV']);
    expect(s.indicators.patches).toEqual(['MS03-026', 'MS03-039', 'MS03-007']);
    expect(s.indicators.signatures).toEqual([
      'W32.Welchia.Worm: ICMP sweep, then TCP 135 (RPC DCOM)',
      'W32.Welchia.Worm: seen from [removed] on [removed]',
    ]);
  });

  it('counts devices, LANs and tasks from the log, and devices per LAN from the rows', () => {
    expect(buildWarpSummary(input(welchiaLog())).counts).toEqual({
      departments: 2,
      lans: 3,
      lansReopened: 1,
      devicesOnPlannedLans: 90,
      devicesAffected: 4,
      devicesInfected: 3,
      devicesIsolated: 1,
      devicesCleaned: 1,
      detections: 2,
      tasks: 2,
      tasksDone: 1,
      directives: 0,
      broadcasts: 0,
      decisions: 0,
    });
  });

  it('letters the departments in the order they appear in the log, LANs by letter and number', () => {
    const s = buildWarpSummary(input(welchiaLog()));
    expect(s.departments.map((d) => [d.label, d.lans, d.devicesAffected, d.tasks])).toEqual([
      ['A', 1, 1, 0],
      ['B', 2, 3, 2],
    ]);
    expect(s.phases.lans.map((l) => l.label)).toEqual(['A1', 'B1', 'B2']);
  });

  it('times each phase from the declaration', () => {
    const s = buildWarpSummary(input(welchiaLog()));
    expect(s.phases.firstDetectionAfterMinutes).toBe(10);
    expect(s.phases.lans[1]).toMatchObject({
      phase: 'reopened',
      devices: 30,
      shutDownAfterMinutes: 20,
      cleaningAfterMinutes: 35,
      reopenedAfterMinutes: 95,
      closedForMinutes: 75,
    });
    expect(s.phases.allLansReopenedAfterMinutes).toBeNull();
    expect(s.timeline.map((t) => `${t.afterMinutes} ${t.what}`)).toEqual([
      '0 Incident declared, severity 1',
      '10 First detection of the threat on a machine',
      '20 LAN B1 shut down',
      '35 LAN B1 being cleaned',
      '95 LAN B1 reopened',
    ]);
  });

  it('names departments only when the owner allows it', () => {
    const names = new Map([
      ['soc', 'Social Services'],
      ['edu', 'Education'],
    ]);
    const s = buildWarpSummary(input(welchiaLog(), { departmentNames: names }));
    expect(s.departmentNames).toBe(true);
    expect(s.departments.map((d) => d.label)).toEqual(['Education', 'Social Services']);
    expect(s.phases.lans[0].label).toBe('Education LAN 1');
  });

  it('keeps nothing of the log’s names, hosts, addresses or free text, in JSON or Markdown', () => {
    const s = buildWarpSummary(input(welchiaLog()));
    for (const text of [JSON.stringify(s), renderWarpMarkdown(s)]) {
      for (const secret of [
        'Margaret',
        'Ann',
        'soc-hall-pc-001',
        'edu-pc-9',
        '10.11.0.11',
        'Civic Hall',
        'ids-core-1',
        'Hosts scanning',
        'Social Services',
      ])
        expect(text).not.toContain(secret);
    }
  });

  it('carries a clean narrative and refuses one that names a person, as 422 on the field', () => {
    const ok = buildWarpSummary(input(welchiaLog(), { narrative: '  Two LANs closed.  ' }));
    expect(ok.narrative).toBe('Two LANs closed.');
    let error: unknown;
    try {
      buildWarpSummary(input(welchiaLog(), { narrative: 'Margaret Hale closed Civic Hall' }));
    } catch (err) {
      error = err;
    }
    expect(isDomainError(error) && [error.code, error.extra['kinds']]).toEqual([
      'unprocessable',
      ['name', 'site'],
    ]);
  });

  it('allows department names in the narrative only when names are allowed', () => {
    const narrative = 'Education was hit first';
    expect(() => buildWarpSummary(input(welchiaLog(), { narrative }))).toThrow(/department/);
    const names = new Map([['edu', 'Education']]);
    expect(
      buildWarpSummary(input(welchiaLog(), { narrative, departmentNames: names })).narrative,
    ).toBe(narrative);
  });

  it('names an unknown threat by its signature', () => {
    const log = new WarpLogBuilder().declared().detection(3, 'd', 'x', 'Evil.Worm: UDP 1434');
    log.events[0].data = { ...(log.events[0].data as object), title: 'Worm', summary: '' };
    const s = buildWarpSummary(input(log));
    expect(s.threat).toEqual({ name: 'Evil.Worm', aliases: [], kind: null, description: null });
    expect(s.indicators.ports).toEqual([{ protocol: 'UDP', port: '1434' }]);
  });
});

describe(departmentLetter.name, () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
  ])('%i is %s', (n, letter) => expect(departmentLetter(n)).toBe(letter));
});

describe(renderWarpMarkdown.name, () => {
  it('writes every section, the LAN table with its times', () => {
    const md = renderWarpMarkdown(buildWarpSummary(input(welchiaLog())));
    expect(md).toContain('# WARP summary: INC-2026-0007');
    expect(md).toContain('Threat: W32.Welchia.Worm (also known as W32/Nachi.worm), a worm.');
    expect(md).toContain('- Ports: TCP 135, TCP 666-765, UDP 69, TCP 80');
    expect(md).toContain('| B1 | B | 30 | reopened | +0h 20m | +0h 35m | +1h 35m | 1h 15m |');
    expect(md).toContain('- +0h 10m (2026-09-01T09:10:00.000Z): First detection');
  });
});
