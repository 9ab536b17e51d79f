import { durationStats } from './stats';

describe(durationStats.name, () => {
  it.each([
    [[], { count: 0, medianMs: null, p90Ms: null, meanMs: null }],
    [[7], { count: 1, medianMs: 7, p90Ms: 7, meanMs: 7 }],
    [[4, 1, 3, 2], { count: 4, medianMs: 2.5, p90Ms: 4, meanMs: 2.5 }],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], { count: 10, medianMs: 5.5, p90Ms: 9, meanMs: 5.5 }],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100], { count: 11, medianMs: 6, p90Ms: 10, meanMs: 155 / 11 }],
  ])(
    'takes the median (middle pair averaged) and p90 by nearest rank of %j',
    (values, expected) => {
      expect(durationStats(values)).toEqual(expected);
    },
  );
});
