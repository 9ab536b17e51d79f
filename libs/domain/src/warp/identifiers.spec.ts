import { isDomainError } from '../errors/domain-error';
import {
  assertNarrativeClean,
  denyList,
  findIdentifiers,
  nameTerms,
  phoneDigits,
  scrubIdentifiers,
} from './identifiers';

const list = denyList([
  ...nameTerms('Margaret Hale (Incident Owner)').map((text) => ({ text, kind: 'name' as const })),
  { text: 'Ann Lee', kind: 'name' },
  { text: 'ann.lee@council.example', kind: 'email' },
  { text: '+447700900123', kind: 'mobile' },
  { text: 'soc-hall-pc-001', kind: 'hostname' },
  { text: '10.11.0.11', kind: 'ip' },
  { text: 'Social Services', kind: 'department' },
  { text: 'SOC', kind: 'department' },
  { text: 'Civic Hall', kind: 'site' },
  { text: 'Civic Hall Annex', kind: 'site' },
  { text: 'SOC-HALL', kind: 'lan' },
]);

describe(findIdentifiers.name, () => {
  it.each([
    ['Margaret Hale decided to shut the LAN', ['name']],
    ['margaret hale (incident owner) agreed', ['name']],
    ['Ask ANN LEE', ['name']],
    ['write to ann.lee@council.example', ['email']],
    ['or someone@elsewhere.example', ['email']],
    ['ring 07700 900123', ['mobile']],
    ['ring +44 (0)20 7946 0000', ['mobile']],
    ['soc-hall-pc-001 was first', ['hostname', 'lan']],
    ['seen from 10.11.0.11 and 192.0.2.7', ['ip']],
    ['the subnet 10.12.0.0/23', ['ip']],
    ['the Social Services LANs', ['department']],
    ['SOC first', ['department']],
    ['Civic Hall Annex was spared', ['site']],
    ['SOC-HALL closed', ['department', 'lan']],
  ])('finds what identifies in "%s"', (text, kinds) => {
    expect(findIdentifiers(text, list)).toEqual(kinds);
  });

  it.each([
    'Two departments were hit; their LANs were closed and cleaned.',
    'Hale storms and a hall: words are not names unless whole',
    'soc in lower case is a word, not the code; 10.11.0 is no address',
    'Patched MS03-026 on 2026-02-21 at 14:00, signature 2026022101',
  ])('passes prose that names nothing: "%s"', (text) => {
    expect(findIdentifiers(text, list)).toEqual([]);
  });

  it('does not take a longer hostname or address for a known one', () => {
    expect(findIdentifiers('soc-hall-pc-0012', list)).not.toContain('hostname');
    expect(findIdentifiers('10.11.0.110', list)).toEqual(['ip']);
    expect(findIdentifiers('Margaret Hales', list)).toEqual([]);
  });

  it('skips the kinds it is told to (department names the owner allowed)', () => {
    expect(findIdentifiers('Social Services', list, new Set(['department']))).toEqual([]);
  });
});

describe(scrubIdentifiers.name, () => {
  it('replaces each identifier, the longest known term whole', () => {
    expect(
      scrubIdentifiers('W32.Welchia from 10.11.0.11 (soc-hall-pc-001) at Civic Hall Annex', list),
    ).toBe('W32.Welchia from [removed] ([removed]) at [removed]');
  });
});

describe(assertNarrativeClean.name, () => {
  it('refuses a narrative naming someone and a machine, with the field and the kinds', () => {
    let error: unknown;
    try {
      assertNarrativeClean('Ann Lee found soc-hall-pc-001 scanning', list);
    } catch (err) {
      error = err;
    }
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'unprocessable',
      extra: {
        kinds: ['hostname', 'lan', 'name'],
        errors: [{ field: 'narrative', message: expect.stringContaining('a person’s name') }],
      },
    });
  });

  it('accepts a narrative that names nothing', () => {
    expect(() => assertNarrativeClean('Two LANs closed overnight.', list)).not.toThrow();
  });
});

describe(phoneDigits.name, () => {
  it('reads +44 and 0 numbers alike', () => {
    expect(phoneDigits('+44 7700 900123')).toBe(phoneDigits('07700900123'));
  });
});
