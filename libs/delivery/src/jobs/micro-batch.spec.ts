import { MicroBatch } from './micro-batch';

describe(MicroBatch.name, () => {
  it('answers calls made in one turn with one run, each its own result', async () => {
    const runs: number[][] = [];
    const batch = new MicroBatch<number, number>(async (keys) => {
      runs.push(keys);
      return keys.map((k) => k * 10);
    });
    const answers = await Promise.all([1, 2, 3].map((k) => batch.load(k)));
    expect(answers).toEqual([10, 20, 30]);
    expect(runs).toEqual([[1, 2, 3]]);
    expect(await batch.load(4)).toBe(40);
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it('splits at the maximum size and fails every caller of a failed run', async () => {
    const batch = new MicroBatch<number, number>(async (keys) => {
      if (keys.includes(3)) throw new Error('boom');
      return keys;
    }, 2);
    const settled = await Promise.allSettled([1, 2, 3, 4].map((k) => batch.load(k)));
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
  });

  it('gathers calls made while the runs in flight are busy into the next run', async () => {
    const runs: number[][] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const batch = new MicroBatch<number, number>(
      async (keys) => {
        runs.push(keys);
        if (runs.length === 1) await gate;
        return keys;
      },
      200,
      1,
    );
    const first = batch.load(1);
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map((k) => batch.load(k));
    await new Promise((r) => setImmediate(r));
    expect(runs).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(runs).toEqual([[1], [2, 3, 4]]);
  });
});
