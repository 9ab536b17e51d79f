import { formatIncidentReference, parseIncidentReference } from './reference';

describe(formatIncidentReference.name, () => {
  it.each([
    [2026, 1, 'INC-2026-0001'],
    [2026, 7, 'INC-2026-0007'],
    [2026, 42, 'INC-2026-0042'],
    [2026, 9999, 'INC-2026-9999'],
    [2027, 10000, 'INC-2027-10000'],
  ])('year %i number %i is %s', (year, number, reference) => {
    expect(formatIncidentReference(year, number)).toBe(reference);
    expect(parseIncidentReference(reference)).toEqual({ year, number });
  });

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [26, 1],
  ])('refuses year %i number %i', (year, number) => {
    expect(() => formatIncidentReference(year, number)).toThrow(RangeError);
  });

  it.each(['INC-2026-001', 'INC-26-0001', 'INC-2026-0000', 'X-2026-0001', ''])(
    'does not parse %j',
    (value) => {
      expect(parseIncidentReference(value)).toBeNull();
    },
  );
});
