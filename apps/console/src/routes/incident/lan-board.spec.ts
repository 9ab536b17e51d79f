import type { LanPlanView, LanView } from '../../api/types';
import { blockedTotal, blockerSummary, byPhase, lansToAdd, nextStep } from './lan-board';

const counts = (c: Partial<LanPlanView['devices']['blocked']>) =>
  ({
    infected: 0,
    isolated: 0,
    unclaimed: 0,
    claimed: 0,
    below_baseline: 0,
    no_task: 0,
    cancelled: 0,
    ...c,
  }) as LanPlanView['devices']['blocked'];

describe('nextStep', () => {
  it.each([
    ['planned', 'shut_down', 'Shut down'],
    ['shut_down', 'cleaning', 'Start cleaning'],
    ['cleaning', 'reopened', 'Reopen'],
  ] as const)('offers %s → %s as "%s"', (phase, to, label) => {
    expect(nextStep(phase)).toEqual({ to, label });
  });

  it('offers nothing once reopened', () => {
    expect(nextStep('reopened')).toBeNull();
  });
});

describe('blockerSummary', () => {
  it('says the counts in words, most first, leaving out the states with none', () => {
    expect(blockerSummary(counts({ infected: 12, unclaimed: 240, claimed: 60 }))).toBe(
      '240 unclaimed, 60 in progress, 12 infected',
    );
  });

  it('names the states a person would not guess from the code', () => {
    expect(blockerSummary(counts({ below_baseline: 2, no_task: 1 }))).toBe(
      '2 below the standard build, 1 with no cleanup task',
    );
  });

  it('is empty when nothing blocks, or no counts came', () => {
    expect(blockerSummary(counts({}))).toBe('');
    expect(blockerSummary(undefined)).toBe('');
    expect(blockedTotal(counts({ infected: 2, claimed: 3 }))).toBe(5);
  });
});

describe('byPhase', () => {
  it('puts each LAN in its phase column, by code', () => {
    const cols = byPhase([
      { code: 'SOC-HALL', phase: 'cleaning' },
      { code: 'EDU-LIB', phase: 'planned' },
      { code: 'EDU-ARK', phase: 'planned' },
    ] as LanPlanView[]);
    expect(cols.planned.map((l) => l.code)).toEqual(['EDU-ARK', 'EDU-LIB']);
    expect(cols.cleaning.map((l) => l.code)).toEqual(['SOC-HALL']);
    expect(cols.shut_down).toEqual([]);
    expect(cols.reopened).toEqual([]);
  });
});

describe('lansToAdd', () => {
  const lan = (id: string, code: string, departmentId: string, siteId: string): LanView => ({
    id,
    code,
    name: code,
    departmentId,
    siteId,
    cidr: null,
  });

  it('offers the LANs not in the plan, by department and site names', () => {
    const groups = lansToAdd(
      [
        lan('1', 'SOC-HALL', 'soc', 'hall'),
        lan('2', 'SOC-ELM', 'soc', 'elm'),
        lan('3', 'EDU-LIB', 'edu', 'lib'),
      ],
      [{ lanId: '3' }],
      [
        { id: 'soc', code: 'SOC', name: 'Social Services' },
        { id: 'edu', code: 'EDU', name: 'Education' },
      ],
      [
        { id: 'hall', code: 'HALL', name: 'Civic Hall', address: null },
        { id: 'elm', code: 'ELM', name: 'Elm Street', address: null },
      ],
    );
    expect(groups).toEqual([
      {
        department: { id: 'soc', label: 'Social Services (SOC)' },
        sites: [
          {
            id: 'hall',
            label: 'Civic Hall',
            lans: [expect.objectContaining({ code: 'SOC-HALL' })],
          },
          { id: 'elm', label: 'Elm Street', lans: [expect.objectContaining({ code: 'SOC-ELM' })] },
        ].sort((a, b) => a.label.localeCompare(b.label)),
      },
    ]);
  });
});
