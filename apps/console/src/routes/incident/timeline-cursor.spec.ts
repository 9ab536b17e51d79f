import { findHeadSeq } from './timeline-cursor';

/** A log whose events have these seqs; counts the reads. */
function log(seqs: number[]) {
  const reads: number[] = [];
  const hasAfter = async (x: number) => {
    reads.push(x);
    return seqs.some((s) => s > x);
  };
  return { hasAfter, reads };
}

describe('findHeadSeq', () => {
  it.each([
    ['no event after the start', 40, 40],
    ['a few after', 43, 40],
    ['thousands after', 6123, 40],
    ['exactly one step after', 40 + 256, 40],
    ['from the very start', 1, 0],
  ])('finds the latest seq with %s', async (_, head, from) => {
    const seqs = Array.from({ length: head }, (_x, i) => i + 1);
    expect(await findHeadSeq(from, log(seqs).hasAfter)).toBe(head);
  });

  it('finds the head of a log with gaps', async () => {
    expect(await findHeadSeq(0, log([3, 9, 700, 701, 1500]).hasAfter)).toBe(1500);
  });

  it('reads a few times, not once per event', async () => {
    const l = log(Array.from({ length: 20_000 }, (_x, i) => i + 1));
    await findHeadSeq(100, l.hasAfter);
    expect(l.reads.length).toBeLessThan(30);
  });
});
