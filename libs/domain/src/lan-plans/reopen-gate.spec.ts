import type { Baseline } from '../compliance/compliance';
import { GateCleanup, GateDevice, reopenGate, verifyDevice } from './reopen-gate';

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

describe(verifyDevice.name, () => {
  it.each<[string, GateDevice, GateCleanup | undefined, boolean, string]>([
    ['done with good evidence', device(), done(), false, 'verified'],
    ['verified by command staff', device(), done({ status: 'verified' }), false, 'verified'],
    ['waived, whatever else', device({ health: 'infected' }), undefined, true, 'waived'],
    ['no task', device(), undefined, false, 'no cleanup task for this incident'],
    [
      'open',
      device(),
      done({ status: 'open', evidence: null }),
      false,
      'cleanup task not claimed yet',
    ],
    [
      'claimed',
      device(),
      done({ status: 'claimed', evidence: null }),
      false,
      'cleanup task claimed by Ann but not completed',
    ],
    ['cancelled', device(), done({ status: 'cancelled' }), false, 'cleanup task was cancelled'],
    [
      'done without evidence',
      device(),
      done({ evidence: null }),
      false,
      'cleanup task completed without evidence',
    ],
    [
      'evidence short of a baseline raised since',
      device(),
      done({ evidence: { ...EVIDENCE, patches: ['MS03-039'] } }),
      false,
      'evidence falls short of the baseline: missing MS03-026',
    ],
    [
      'infected again after cleanup',
      device({ health: 'infected' }),
      done(),
      false,
      'detected infected after its cleanup',
    ],
    ['isolated', device({ health: 'isolated' }), done(), false, 'isolated from the network'],
    [
      'record says patched but nobody evidenced it',
      device({ health: 'clean' }),
      undefined,
      false,
      'no cleanup task for this incident',
    ],
  ])('%s', (_what, d, cleanup, waived, expected) => {
    const result = verifyDevice(d, cleanup, waived, BASELINE);
    if (expected === 'verified' || expected === 'waived')
      expect(result).toEqual({ state: expected });
    else expect(result).toEqual({ state: 'blocked', why: expected });
  });
});

describe(reopenGate.name, () => {
  it('counts verified and waived devices and lists every blocker by host name', () => {
    const devices = [
      device({ id: 'a', hostname: 'soc-pc-003' }),
      device({ id: 'b', hostname: 'soc-pc-001' }),
      device({ id: 'c', hostname: 'soc-pc-002' }),
      device({ id: 'd', hostname: 'soc-pc-004' }),
    ];
    const cleanups = new Map<string, GateCleanup>([
      ['a', done({ status: 'open', evidence: null })],
      ['b', done()],
      ['c', done({ status: 'claimed', evidence: null, claimedByName: 'Bo' })],
    ]);
    expect(reopenGate(devices, cleanups, new Set(['d']), BASELINE)).toEqual({
      total: 4,
      verified: 1,
      waived: 1,
      blockers: [
        {
          deviceId: 'c',
          hostname: 'soc-pc-002',
          why: 'cleanup task claimed by Bo but not completed',
        },
        { deviceId: 'a', hostname: 'soc-pc-003', why: 'cleanup task not claimed yet' },
      ],
    });
  });

  it('opens an empty LAN', () => {
    expect(reopenGate([], new Map(), new Set(), BASELINE)).toEqual({
      total: 0,
      verified: 0,
      waived: 0,
      blockers: [],
    });
  });
});
