import { PROGRESS_MIN_INTERVAL_MS, progressDue, progressIntervalMs } from './progress';

describe('progressIntervalMs', () => {
  it.each([
    [0, 500],
    [2_000, 500],
    [20_000, 500],
    [40_000, 1_000],
    [200_000, 5_000],
  ])('spaces the progress of %i deliveries by %i ms', (deliveries, ms) => {
    expect(progressIntervalMs(deliveries)).toBe(ms);
  });

  it('keeps the number of counts per broadcast bounded as the audience grows', () => {
    // a broadcast lasts in proportion to its deliveries (here 1,000 a second): past
    // 20,000 deliveries the number of progress counts stops growing
    const counts = (deliveries: number) =>
      deliveries / 1_000 / (progressIntervalMs(deliveries) / 1000);
    expect(counts(200_000)).toBe(counts(40_000));
    expect(counts(20_000)).toBe(40);
  });
});

describe('progressDue', () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
  it('is due the first time and once the interval has passed', () => {
    expect(progressDue(null, at(0))).toBe(true);
    expect(progressDue(at(0), at(PROGRESS_MIN_INTERVAL_MS - 1))).toBe(false);
    expect(progressDue(at(0), at(PROGRESS_MIN_INTERVAL_MS))).toBe(true);
    expect(progressDue(at(0), at(1_000), progressIntervalMs(200_000))).toBe(false);
  });
});
