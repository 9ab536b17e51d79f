import { fromCouncilLocal, toCouncilLocal } from './council-time';

describe('council wall-clock times', () => {
  it.each([
    ['2026-12-03T18:00', '2026-12-03T18:00:00.000Z'], // GMT
    ['2026-07-01T18:00', '2026-07-01T17:00:00.000Z'], // BST
    ['2026-03-29T03:30', '2026-03-29T02:30:00.000Z'], // the morning the clocks go forward
  ])('reads %s on the council clock as %s', (local, iso) => {
    expect(fromCouncilLocal(local)).toBe(iso);
    expect(toCouncilLocal(iso)).toBe(local);
  });

  it('answers null for what is not a time', () => {
    expect(fromCouncilLocal('')).toBeNull();
    expect(fromCouncilLocal('2026-13-40T99:00')).toBeNull();
  });
});
