/**
 * Where the page's live feed starts. The timeline holds the events that matter to
 * people (`significant=true`); the feed must start at the incident's latest event, not
 * at the last significant one, or a resume replays every task and delivery event since
 * (thousands after a shutdown or a broadcast). The latest seq is found with a few tiny
 * reads (`limit=1`): a gallop then a bisection over "is there an event after x?".
 */
export async function findHeadSeq(
  from: number,
  hasAfter: (seq: number) => Promise<boolean>,
  firstStep = 256,
): Promise<number> {
  if (!(await hasAfter(from))) return from;
  let lo = from; // an event after lo exists
  let step = firstStep;
  let hi = lo + step;
  while (await hasAfter(hi)) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  // an event after lo, none after hi: the head is in (lo, hi]
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await hasAfter(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}
