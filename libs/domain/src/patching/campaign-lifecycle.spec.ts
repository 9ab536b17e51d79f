import { CAMPAIGN_STATUSES, CampaignStatus } from '@cordon/contracts';
import {
  approvalBlockers,
  CAMPAIGN_COMMANDS,
  CAMPAIGN_TRANSITIONS,
  campaignFinished,
  decideApproval,
  decideCampaign,
  TestDeviceState,
} from './campaign-lifecycle';

const XP = 'Windows XP Professional SP1';
const W2K = 'Windows 2000 Professional SP4';
const test = (hostname: string, os: string, result: TestDeviceState['result']) => ({
  deviceId: hostname,
  hostname,
  os,
  result,
});

describe(decideCampaign.name, () => {
  const expected: Record<string, CampaignStatus> = {
    'testing set_test_devices': 'testing',
    'testing record_test': 'testing',
    'testing approve': 'approved',
    'approved start_stage': 'rolling_out',
    'rolling_out start_stage': 'rolling_out',
    'rolling_out complete_device': 'rolling_out',
    'rolling_out complete': 'completed',
  };
  const cases = CAMPAIGN_STATUSES.flatMap((status) =>
    CAMPAIGN_COMMANDS.map((command) => [status, command] as const),
  );

  it.each(cases)('%s campaign, %s', (status, command) => {
    const to = expected[`${status} ${command}`];
    if (to) expect(decideCampaign(status, command)).toBe(to);
    else
      expect(() => decideCampaign(status, command)).toThrow(
        expect.objectContaining({
          code: 'invalid_transition',
          extra: { campaignStatus: status, allowedFrom: CAMPAIGN_TRANSITIONS[command].from },
        }),
      );
  });
});

describe(approvalBlockers.name, () => {
  it('names an untested build, a test without a result and a failed test, build by build', () => {
    expect(
      approvalBlockers(
        [XP, W2K, 'Windows Server 2003'],
        [test('xp-1', XP, 'passed'), test('xp-2', XP, null), test('w2k-1', W2K, 'failed')],
      ),
    ).toEqual([
      { why: 'no_result', build: XP, deviceId: 'xp-2', hostname: 'xp-2' },
      { why: 'failed', build: W2K, deviceId: 'w2k-1', hostname: 'w2k-1' },
      { why: 'untested_build', build: 'Windows Server 2003', deviceId: null, hostname: null },
    ]);
  });

  it('has nothing to say when every build passed', () => {
    expect(approvalBlockers([XP], [test('xp-1', XP, 'passed')])).toEqual([]);
  });
});

describe(decideApproval.name, () => {
  const blocker = { why: 'failed' as const, build: XP, deviceId: 'xp-1', hostname: 'xp-1' };

  it('approves when nothing blocks', () => {
    expect(decideApproval('testing', [], undefined)).toEqual({
      overrideReason: null,
      overridden: [],
    });
  });

  it('refuses over blockers without a reason, naming them', () => {
    expect(() => decideApproval('testing', [blocker], '  short ')).toThrow(
      expect.objectContaining({ code: 'approval_blocked', extra: { blockers: [blocker] } }),
    );
  });

  it('approves over blockers with a reason and keeps what it overrode', () => {
    expect(decideApproval('testing', [blocker], 'Vendor confirmed the rollback works')).toEqual({
      overrideReason: 'Vendor confirmed the rollback works',
      overridden: [blocker],
    });
  });

  it('approves only once', () => {
    expect(() => decideApproval('approved', [], undefined)).toThrow(
      expect.objectContaining({ code: 'invalid_transition' }),
    );
  });
});

describe(campaignFinished.name, () => {
  const stage = (pending: number, claimed: number) => ({ pending, claimed });
  it.each([
    ['every stage started and nothing pending', [{ affected: 2, stage: stage(0, 0) }], true],
    ['a device still claimed', [{ affected: 2, stage: stage(0, 1) }], false],
    [
      'a department not started',
      [
        { affected: 2, stage: stage(0, 0) },
        { affected: 1, stage: null },
      ],
      false,
    ],
    [
      'a department without devices needs no stage',
      [
        { affected: 2, stage: stage(0, 0) },
        { affected: 0, stage: null },
      ],
      true,
    ],
    ['no affected devices at all', [{ affected: 0, stage: null }], false],
  ])('%s: %s', (_, departments, finished) => {
    expect(campaignFinished(departments)).toBe(finished);
  });
});
