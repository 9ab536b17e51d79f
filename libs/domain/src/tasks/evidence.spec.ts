import { assessCompliance, Baseline } from '../compliance/compliance';
import { deviceAfterEvidence, evidenceMeetsBaseline, evidenceShortfall } from './evidence';

const BASELINE: Baseline = {
  requiredPatches: ['MS03-026', 'MS03-039', 'MS03-007'],
  minAvSignatureDate: '2026-02-01',
};
const GOOD = {
  patches: ['ms03-026', 'MS03-039', 'MS03-007'],
  avSignatureDate: '2026-02-10',
  scanClean: true,
  avProduct: 'Sophos',
};

describe(evidenceShortfall.name, () => {
  it.each<[string, Partial<typeof GOOD>, string | null, string[]]>([
    ['complete evidence', {}, null, []],
    ['signatures dated exactly the minimum', { avSignatureDate: '2026-02-01' }, null, []],
    ['no product in the evidence but one on record', { avProduct: undefined }, 'McAfee', []],
    ['the RPC patch forgotten', { patches: ['MS03-039', 'MS03-007'] }, null, ['MS03-026']],
    ['no patches at all', { patches: [] }, null, ['MS03-026', 'MS03-039', 'MS03-007']],
    [
      'old signatures',
      { avSignatureDate: '2026-01-31' },
      null,
      ['avSignatureDate 2026-02-01 or later'],
    ],
    ['a dirty scan', { scanClean: false }, null, ['scanClean']],
    ['no anti-virus anywhere', { avProduct: ' ' }, null, ['avProduct']],
    [
      'everything wrong',
      { patches: ['MS03-007'], avSignatureDate: '2025-12-01', scanClean: false, avProduct: '' },
      null,
      ['MS03-026', 'MS03-039', 'avProduct', 'avSignatureDate 2026-02-01 or later', 'scanClean'],
    ],
  ])('%s: missing %j', (_what, change, recorded, missing) => {
    const evidence = { ...GOOD, ...change };
    expect(evidenceShortfall(evidence, BASELINE, recorded).missing).toEqual(missing);
    expect(evidenceMeetsBaseline(evidence, BASELINE, recorded)).toBe(missing.length === 0);
  });

  it('accepts any signature date when the baseline sets no minimum', () => {
    expect(
      evidenceShortfall(
        { ...GOOD, avSignatureDate: '2001-01-01' },
        { requiredPatches: [], minAvSignatureDate: null },
      ).missing,
    ).toEqual([]);
  });

  it('lists the missing patches on their own too', () => {
    expect(evidenceShortfall({ ...GOOD, patches: ['MS03-007'] }, BASELINE).missingPatches).toEqual([
      'MS03-026',
      'MS03-039',
    ]);
  });
});

describe(deviceAfterEvidence.name, () => {
  it('adds the evidenced patches, takes the evidenced AV and marks the device clean, so it complies', () => {
    const before = {
      patches: ['MS02-039', 'MS03-007'],
      avProduct: null,
      avSignatureDate: '2025-06-01',
      health: 'infected' as const,
    };
    expect(assessCompliance(before, BASELINE).compliant).toBe(false);
    const after = deviceAfterEvidence(before, GOOD);
    expect(after).toEqual({
      patches: ['MS02-039', 'MS03-007', 'MS03-026', 'MS03-039'],
      avProduct: 'Sophos',
      avSignatureDate: '2026-02-10',
      health: 'clean',
    });
    expect(assessCompliance(after, BASELINE).compliant).toBe(true);
  });

  it('keeps the recorded product when the evidence names none', () => {
    const after = deviceAfterEvidence(
      { patches: [], avProduct: 'McAfee', avSignatureDate: null, health: 'unknown' },
      { ...GOOD, avProduct: undefined },
    );
    expect(after.avProduct).toBe('McAfee');
  });
});
