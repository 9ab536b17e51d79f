import {
  blockerWords,
  campaignSteps,
  deviceActions,
  resultWords,
  stageBars,
} from './campaign-board';
import type { RolloutDeviceView } from './campaign-types';

const device = (status: RolloutDeviceView['status'], claimer: string | null = null) =>
  ({
    deviceId: 'd',
    hostname: 'soc-pc-1',
    os: 'XP',
    lanId: 'l',
    departmentId: 'soc',
    status,
    claimedBy: claimer ? { id: claimer, name: claimer } : null,
    claimedAt: null,
    completedBy: null,
    completedAt: null,
    note: null,
    linkedIncident: null,
  }) as RolloutDeviceView;

describe(campaignSteps.name, () => {
  it.each([
    ['testing', ['current', 'todo', 'todo', 'todo']],
    ['approved', ['done', 'done', 'current', 'todo']],
    ['rolling_out', ['done', 'done', 'current', 'todo']],
    ['completed', ['done', 'done', 'done', 'done']],
  ] as const)('%s', (status, states) => {
    expect(campaignSteps(status).map((s) => s.state)).toEqual(states);
  });
});

describe(blockerWords.name, () => {
  it('names the machine and build, or the build without one', () => {
    expect(blockerWords({ why: 'failed', build: 'XP', deviceId: 'd', hostname: 'soc-pc-1' })).toBe(
      'soc-pc-1 (XP): the test failed',
    );
    expect(
      blockerWords({ why: 'no_result', build: 'XP', deviceId: 'd', hostname: 'soc-pc-1' }),
    ).toBe('soc-pc-1 (XP): no result yet');
    expect(
      blockerWords({ why: 'untested_build', build: 'NT 4', deviceId: null, hostname: null }),
    ).toBe('NT 4: no like machine chosen');
  });
});

describe(resultWords.name, () => {
  it('says who recorded the result', () => {
    const t = {
      deviceId: 'd',
      hostname: 'h',
      os: 'XP',
      departmentId: 's',
      note: null,
      recordedAt: null,
    };
    expect(resultWords({ ...t, result: null, recordedBy: null })).toBe('Waiting for a result');
    expect(resultWords({ ...t, result: 'failed', recordedBy: { id: 'm', name: 'Meg' } })).toBe(
      'Failed by Meg',
    );
  });
});

describe(stageBars.name, () => {
  it('writes each count out', () => {
    expect(
      stageBars({ total: 6, pending: 1, claimed: 2, patched: 2, failed: 1 }).map((b) => b.value),
    ).toEqual([2, 1, 2, 1]);
  });
});

describe(deviceActions.name, () => {
  it.each([
    ['pending', null, true, ['claim', 'patched', 'failed']],
    ['claimed', 'me', true, ['patched', 'failed', 'release']],
    ['claimed', 'bob', true, []],
    ['patched', 'me', true, []],
    ['failed', null, true, []],
    ['pending', null, false, []],
  ] as const)('%s held by %s (may work: %s)', (status, claimer, may, actions) => {
    expect(deviceActions(device(status, claimer), 'me', may)).toEqual(actions);
  });
});
