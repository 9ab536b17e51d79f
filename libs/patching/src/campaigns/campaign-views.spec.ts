import type { AdvisoryView } from '@cordon/contracts';
import { buildsWithDevices, CampaignFacts, countsOf, departmentViews } from './campaign-views';
import type { CampaignEntity } from './entities/campaign.entity';
import type { AffectedDeviceRow } from './rollout.repository';

const advisory = { affectedBuilds: ['XP', 'W2K', 'NT4'] } as AdvisoryView;
const device = (id: string, os: string, departmentId: string): AffectedDeviceRow => ({
  id,
  hostname: id,
  os,
  patches: [],
  health: 'unknown',
  departmentId,
  lanId: 'lan',
});
const facts = (extra: Partial<CampaignFacts>): CampaignFacts => ({
  campaign: {} as CampaignEntity,
  advisory,
  tests: [],
  affected: [device('a', 'xp', 'soc'), device('b', 'W2K', 'soc'), device('c', 'XP', 'edu')],
  departments: [
    { id: 'edu', code: 'EDU', name: 'Education' },
    { id: 'hr', code: 'HR', name: 'Human Resources' },
    { id: 'soc', code: 'SOC', name: 'Social Services' },
  ],
  stages: [],
  counts: [],
  lastSeq: 0,
  ...extra,
});

describe(buildsWithDevices.name, () => {
  it('keeps the advisory’s builds some device runs, in the advisory’s order', () => {
    expect(buildsWithDevices(advisory, facts({}).affected)).toEqual(['XP', 'W2K']);
  });
});

describe(countsOf.name, () => {
  it('adds grouped rows up', () => {
    expect(
      countsOf([
        { status: 'pending', n: 2 },
        { status: 'failed', n: 1 },
      ]),
    ).toEqual({ total: 3, pending: 2, claimed: 0, patched: 0, failed: 1 });
  });
});

describe(departmentViews.name, () => {
  const started = facts({
    stages: [
      { departmentId: 'soc', startedAt: new Date(0), startedById: 'o', startedByName: 'Olive' },
    ],
    counts: [
      { departmentId: 'soc', status: 'patched', n: 1 },
      { departmentId: 'soc', status: 'claimed', n: 1 },
    ],
  });

  it('lists departments with affected devices, a stage with its counts', () => {
    const views = departmentViews(started, null);
    expect(views.map((d) => [d.code, d.affected, d.stage?.total ?? null])).toEqual([
      ['EDU', 1, null],
      ['SOC', 2, 2],
    ]);
    expect(views[1].stage).toMatchObject({ patched: 1, claimed: 1, startedBy: { name: 'Olive' } });
  });

  it('gives an ITU member their own department only', () => {
    expect(departmentViews(started, 'edu').map((d) => d.code)).toEqual(['EDU']);
  });
});
