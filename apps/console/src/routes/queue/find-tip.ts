/**
 * Where to start following an incident live, without replaying its whole log.
 *
 * The queue reads its task lists over HTTP and then applies the incident's live events
 * to them. For that to be correct the subscription must start at or before the last
 * event the lists already reflect: starting later loses events, starting earlier only
 * replays events the reducers apply harmlessly (they are idempotent and ordered).
 * `sinceSeq: 0` is always correct but replays everything: an incident with 3,000
 * machines has 3,000 `task.created` events and as many broadcast progress reports, each
 * one a cache write and a render. The api gives no "latest seq" (the events endpoint
 * reads oldest first; the subscribe acknowledgement carries the tip but arrives after
 * the replay), so we find a lower bound of the tip with small reads: `sinceSeq=N&limit=W`
 * answers fewer than W events only near the end of the log. Doubling N, then halving the
 * gap, takes about 2·log2(tip / W) reads of at most W events each (≈ 20 reads of 25
 * events for a log of 10,000). The caller reads its lists again once the subscription
 * starts, so they are never older than the cursor; reconnects resume from the
 * connection's own cursor and need nothing more.
 */

/** Events after `sinceSeq`, at most `window` of them: how many, and the last one's seq. */
export type TipProbe = (sinceSeq: number) => Promise<{ count: number; last: number | null }>;

/** A seq at most `window` events before the incident's latest (exactly it when near). */
export async function findTip(probe: TipProbe, window: number): Promise<number> {
  let lo = 0;
  const first = await probe(0);
  if (first.count < window) return first.last ?? 0;
  lo = first.last ?? 0;
  let hi: number | null = null;
  for (let step = window * 2; hi === null; step *= 2) {
    const at = lo + step;
    const r = await probe(at);
    if (r.count === 0) hi = at;
    else if (r.count < window) return r.last ?? at;
    else lo = r.last ?? at;
  }
  while (hi - lo > window) {
    const mid = Math.floor((lo + hi) / 2);
    const r = await probe(mid);
    if (r.count === 0) hi = mid;
    else if (r.count < window) return r.last ?? mid;
    else lo = r.last ?? mid;
  }
  return lo;
}
