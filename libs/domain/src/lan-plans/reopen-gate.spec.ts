import { REOPEN_BLOCKER_STATES, type ReopenBlockerState } from '@cordon/contracts';
import type { Baseline } from '../compliance/compliance';
import {
  describeBlockers,
  GateCleanup,
  GateDevice,
  noBlockers,
  reopenGate,
  verifyDevice,
} from './reopen-gate';

const BASELINE: Baseline = {
  requiredPatches: ['MS03-026', 'MS03-039'],
  minAvSignatureDate: '2026-02-01',
};
const EVIDENCE = {
  patches: ['MS03-026', 'MS03-039'],
  avSignatureDate: '2026-02-10',
  scanClean: true,
};
const device = (change: Partial<GateDevice> = {}): GateDevice => ({
  id: 'd1',
  hostname: 'soc-pc-001',
  health: 'clean',
  avProduct: 'Sophos',
  ...change,
});
const done = (change: Partial<GateCleanup> = {}): GateCleanup => ({
  status: 'done',
  evidence: EVIDENCE,
  claimedByName: 'Ann',
  ...change,
});

type Expected = 'verified' | 'waived' | [ReopenBlockerState, string];

describe(verifyDevice.name, () => {
  const open = done({ status: 'open', evidence: null });
  const claimed = done({ status: 'claimed', evidence: null });
  it.each<[string, GateDevice, GateCleanup | undefined, boolean, Expected]>([
    ['done with good evidence', device(), done(), false, 'verified'],
    ['verified by command staff', device(), done({ status: 'verified' }), false, 'verified'],
    ['waived, whatever else', device({ health: 'infected' }), undefined, true, 'waived'],
    ['no task', device(), undefined, false, ['no_task', 'no cleanup task for this incident']],
    ['open', device(), open, false, ['unclaimed', 'cleanup task not claimed yet']],
    [
      'claimed',
      device(),
      claimed,
      false,
      ['claimed', 'cleanup task claimed by Ann but not completed'],
    ],
    [
      'claimed by nobody named',
      device(),
      done({ status: 'claimed', evidence: null, claimedByName: null }),
      false,
      ['claimed', 'cleanup task claimed but not completed'],
    ],
    [
      'cancelled',
      device(),
      done({ status: 'cancelled' }),
      false,
      ['cancelled', 'cleanup task was cancelled'],
    ],
    [
      'done without evidence',
      device(),
      done({ evidence: null }),
      false,
      ['below_baseline', 'cleanup task completed without evidence'],
    ],
    [
      'evidence short of a baseline raised since',
      device(),
      done({ evidence: { ...EVIDENCE, patches: ['MS03-039'] } }),
      false,
      ['below_baseline', 'evidence falls short of the baseline: missing MS03-026'],
    ],
    [
      'infected again after cleanup',
      device({ health: 'infected' }),
      done(),
      false,
      ['infected', 'detected infected after its cleanup'],
    ],
    [
      'infected, task verified',
      device({ health: 'infected' }),
      done({ status: 'verified' }),
      false,
      ['infected', 'detected infected after its cleanup'],
    ],
    [
      'infected, task not claimed yet',
      device({ health: 'infected' }),
      open,
      false,
      ['infected', 'detected infected'],
    ],
    [
      'infected, task in progress',
      device({ health: 'infected' }),
      claimed,
      false,
      ['infected', 'detected infected'],
    ],
    [
      'infected, no task',
      device({ health: 'infected' }),
      undefined,
      false,
      ['infected', 'detected infected'],
    ],
    [
      'isolated after cleanup',
      device({ health: 'isolated' }),
      done(),
      false,
      ['isolated', 'isolated from the network'],
    ],
    [
      'isolated, task open',
      device({ health: 'isolated' }),
      open,
      false,
      ['isolated', 'isolated from the network'],
    ],
    [
      'isolated, task cancelled',
      device({ health: 'isolated' }),
      done({ status: 'cancelled' }),
      false,
      ['isolated', 'isolated from the network'],
    ],
    [
      'record says patched but nobody evidenced it',
      device({ health: 'clean' }),
      undefined,
      false,
      ['no_task', 'no cleanup task for this incident'],
    ],
  ])('%s', (_what, d, cleanup, waived, expected) => {
    const result = verifyDevice(d, cleanup, waived, BASELINE);
    if (expected === 'verified' || expected === 'waived')
      expect(result).toEqual({ state: expected });
    else expect(result).toEqual({ state: 'blocked', blocker: expected[0], why: expected[1] });
  });
});

describe(reopenGate.name, () => {
  it('counts verified and waived devices, counts the rest per state and lists every blocker, infected and isolated first', () => {
    const devices = [
      device({ id: 'a', hostname: 'soc-pc-003' }),
      device({ id: 'b', hostname: 'soc-pc-001' }),
      device({ id: 'c', hostname: 'soc-pc-002' }),
      device({ id: 'd', hostname: 'soc-pc-004' }),
      device({ id: 'e', hostname: 'soc-pc-009', health: 'infected' }),
      device({ id: 'f', hostname: 'soc-pc-008', health: 'isolated' }),
      device({ id: 'g', hostname: 'soc-pc-005' }),
      device({ id: 'h', hostname: 'soc-pc-000' }),
    ];
    const cleanups = new Map<string, GateCleanup>([
      ['a', done({ status: 'open', evidence: null })],
      ['b', done()],
      ['c', done({ status: 'claimed', evidence: null, claimedByName: 'Bo' })],
      ['e', done({ status: 'open', evidence: null })],
      ['f', done({ status: 'claimed', evidence: null })],
      ['g', done({ evidence: { ...EVIDENCE, scanClean: false } })],
    ]);
    expect(reopenGate(devices, cleanups, new Set(['d']), BASELINE)).toEqual({
      total: 8,
      verified: 1,
      waived: 1,
      blocked: {
        infected: 1,
        isolated: 1,
        unclaimed: 1,
        claimed: 1,
        below_baseline: 1,
        no_task: 1,
        cancelled: 0,
      },
      blockers: [
        { deviceId: 'e', hostname: 'soc-pc-009', state: 'infected', why: 'detected infected' },
        {
          deviceId: 'f',
          hostname: 'soc-pc-008',
          state: 'isolated',
          why: 'isolated from the network',
        },
        {
          deviceId: 'h',
          hostname: 'soc-pc-000',
          state: 'no_task',
          why: 'no cleanup task for this incident',
        },
        {
          deviceId: 'c',
          hostname: 'soc-pc-002',
          state: 'claimed',
          why: 'cleanup task claimed by Bo but not completed',
        },
        {
          deviceId: 'a',
          hostname: 'soc-pc-003',
          state: 'unclaimed',
          why: 'cleanup task not claimed yet',
        },
        {
          deviceId: 'g',
          hostname: 'soc-pc-005',
          state: 'below_baseline',
          why: expect.stringMatching(/^evidence falls short of the baseline/),
        },
      ],
    });
  });

  it('opens an empty LAN', () => {
    expect(reopenGate([], new Map(), new Set(), BASELINE)).toEqual({
      total: 0,
      verified: 0,
      waived: 0,
      blocked: noBlockers(),
      blockers: [],
    });
  });
});

describe(noBlockers.name, () => {
  it('names every state once, at 0', () => {
    expect(Object.keys(noBlockers())).toEqual([...REOPEN_BLOCKER_STATES]);
    expect(Object.values(noBlockers()).every((n) => n === 0)).toBe(true);
  });
});

describe(describeBlockers.name, () => {
  it.each<[Partial<Record<ReopenBlockerState, number>>, string]>([
    [{}, ''],
    [{ unclaimed: 240, claimed: 60, infected: 12 }, '12 infected, 240 not claimed, 60 in progress'],
    [{ isolated: 1, below_baseline: 2 }, '1 isolated, 2 below the baseline'],
    [{ no_task: 3, cancelled: 1 }, '3 without a cleanup task, 1 with the task cancelled'],
  ])('%j → %s', (counts, expected) => {
    expect(describeBlockers({ ...noBlockers(), ...counts })).toBe(expected);
  });
});
