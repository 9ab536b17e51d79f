import { duration } from './durations';

describe('duration', () => {
  it.each([
    [null, '—'],
    [0, '0 s'],
    [59_400, '59 s'],
    [60_000, '1 min'],
    [59 * 60_000, '59 min'],
    [65 * 60_000, '1 h 05 min'],
    [47 * 3_600_000, '47 h 00 min'],
    [52 * 3_600_000, '2 d 4 h'],
  ])('writes %p ms as %p', (ms, text) => {
    expect(duration(ms)).toBe(text);
  });
});
