import { stamp } from './stamp';

describe('stamp', () => {
  const now = new Date('2026-12-03T15:00:00.000Z');
  it('gives the time alone today and the day too before', () => {
    expect(stamp('2026-12-03T14:02:00.000Z', now)).toBe('14:02');
    expect(stamp('2026-12-02T14:02:00.000Z', now)).toBe('Wed 2 Dec, 14:02');
  });
  it('counts the day on the council clock (00:30 BST is the next day)', () => {
    expect(stamp('2026-07-01T23:30:00.000Z', new Date('2026-07-02T09:00:00.000Z'))).toBe('00:30');
  });
});
