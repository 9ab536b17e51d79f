import {
  addToTally,
  assessCompliance,
  Baseline,
  ComplianceFacts,
  emptyTally,
  EMPTY_BASELINE,
} from './compliance';

const BASELINE: Baseline = {
  requiredPatches: ['MS03-026', 'MS03-039', 'MS03-007'],
  minAvSignatureDate: '2026-02-01',
};

const GOOD: ComplianceFacts = {
  patches: ['MS03-007', 'MS03-026', 'MS03-039', 'MS02-039'],
  avProduct: 'Sophos Anti-Virus',
  avSignatureDate: '2026-02-10',
  health: 'clean',
};

describe(assessCompliance.name, () => {
  it.each<[string, Partial<ComplianceFacts>, Baseline, boolean, string[], string[]]>([
    ['a fully patched device with current AV is compliant', {}, BASELINE, true, [], []],
    [
      'AV dated exactly the minimum is current',
      { avSignatureDate: '2026-02-01' },
      BASELINE,
      true,
      [],
      [],
    ],
    [
      'health unknown does not by itself fail the record',
      { health: 'unknown' },
      BASELINE,
      true,
      [],
      [],
    ],
    [
      'patch names compare without case or spaces',
      { patches: [' ms03-026', 'Ms03-039', 'ms03-007 '] },
      BASELINE,
      true,
      [],
      [],
    ],
    [
      'missing the RPC patch',
      { patches: ['MS03-007', 'MS03-039'] },
      BASELINE,
      false,
      ['MS03-026'],
      ['missing_patch'],
    ],
    [
      'missing every required patch',
      { patches: [] },
      BASELINE,
      false,
      ['MS03-026', 'MS03-039', 'MS03-007'],
      ['missing_patch'],
    ],
    [
      'AV a day too old',
      { avSignatureDate: '2026-01-31' },
      BASELINE,
      false,
      [],
      ['av_out_of_date'],
    ],
    [
      'AV with no signature date once a minimum is set',
      { avSignatureDate: null },
      BASELINE,
      false,
      [],
      ['av_out_of_date'],
    ],
    ['no AV at all', { avProduct: null, avSignatureDate: null }, BASELINE, false, [], ['no_av']],
    ['a blank AV product is no AV', { avProduct: '  ' }, BASELINE, false, [], ['no_av']],
    [
      'infected, though patched and current',
      { health: 'infected' },
      BASELINE,
      false,
      [],
      ['infected'],
    ],
    [
      'isolated, though patched and current',
      { health: 'isolated' },
      BASELINE,
      false,
      [],
      ['isolated'],
    ],
    [
      'vulnerable health with a good record stays compliant',
      { health: 'vulnerable' },
      BASELINE,
      true,
      [],
      [],
    ],
    [
      'every rule broken at once',
      { patches: ['MS03-039'], avProduct: null, health: 'infected' },
      BASELINE,
      false,
      ['MS03-026', 'MS03-007'],
      ['missing_patch', 'no_av', 'infected'],
    ],
    [
      'no baseline: any AV date and no patch needed',
      { patches: [], avSignatureDate: null },
      EMPTY_BASELINE,
      true,
      [],
      [],
    ],
    ['no baseline: no AV still fails', { avProduct: null }, EMPTY_BASELINE, false, [], ['no_av']],
  ])('%s', (_name, change, baseline, compliant, missingPatches, issues) => {
    expect(assessCompliance({ ...GOOD, ...change }, baseline)).toEqual({
      compliant,
      missingPatches,
      issues,
    });
  });
});

describe(addToTally.name, () => {
  it('counts devices, issues and each missing patch', () => {
    const tally = emptyTally(BASELINE);
    addToTally(tally, assessCompliance(GOOD, BASELINE));
    addToTally(tally, assessCompliance({ ...GOOD, patches: [], avProduct: null }, BASELINE));
    addToTally(
      tally,
      assessCompliance({ ...GOOD, patches: ['MS03-026'], health: 'infected' }, BASELINE),
    );
    expect(tally).toEqual({
      devices: 3,
      compliant: 1,
      nonCompliant: 2,
      issues: { missing_patch: 2, no_av: 1, av_out_of_date: 0, infected: 1, isolated: 0 },
      missingPatches: { 'MS03-026': 1, 'MS03-039': 2, 'MS03-007': 2 },
    });
  });
});
