import { findTip, TipProbe } from './find-tip';

/** A log of `tip` gap-free events, read as the api does (`sinceSeq`, `limit`). */
function log(tip: number, window: number) {
  const calls: number[] = [];
  const probe: TipProbe = async (since) => {
    calls.push(since);
    const count = Math.max(0, Math.min(window, tip - since));
    return { count, last: count ? since + count : null };
  };
  return { probe, calls };
}

describe('findTip', () => {
  it.each([0, 1, 24, 25, 26, 49, 50, 51, 777, 10_000, 123_457])(
    'finds a start at most one window before the latest of %i events',
    async (tip) => {
      const { probe } = log(tip, 25);
      const start = await findTip(probe, 25);
      expect(start).toBeLessThanOrEqual(tip);
      expect(tip - start).toBeLessThanOrEqual(25);
    },
  );

  it('answers the exact latest seq of a small log in one read', async () => {
    const { probe, calls } = log(12, 25);
    await expect(findTip(probe, 25)).resolves.toBe(12);
    expect(calls).toEqual([0]);
  });

  it('reads a large log a few times, not page by page', async () => {
    const { probe, calls } = log(10_000, 25);
    await findTip(probe, 25);
    expect(calls.length).toBeLessThan(25);
  });
});
