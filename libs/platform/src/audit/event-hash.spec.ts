import { canonicalEvent, canonicalEventParts, eventHash } from './event-hash';

/** The serialisation as first written (issue 14): one JSON array, keys sorted at every depth. */
function reference(e: Parameters<typeof canonicalEvent>[0]): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  const stored = JSON.parse(
    JSON.stringify([e.stream, e.seq, e.at, e.type, e.actor ?? null, e.data ?? null, e.prevHash]),
  ) as unknown;
  return JSON.stringify(sort(stored));
}

const EVENTS = [
  {
    stream: 'incident:1',
    seq: 1,
    at: '2026-12-03T10:00:00.000Z',
    type: 'task.claimed',
    actor: { kind: 'user', id: 'u', name: 'Zoë "Z" O\'Neil' },
    data: { taskId: 't', claimedBy: { name: 'Zoë', id: 'u' }, list: [{ b: 1, a: null }] },
    prevHash: null,
  },
  {
    stream: 'campaign:\u2028x',
    seq: 123456,
    at: '2026-12-03T10:00:00.123Z',
    type: 'x',
    actor: null,
    data: { when: new Date('2026-01-01T00:00:00Z'), gone: undefined, n: 1.5, s: 'a\\b\n' },
    prevHash: 'ab'.repeat(32),
  },
];

describe(canonicalEvent.name, () => {
  it.each(EVENTS)('is the serialisation the chain was first hashed over ($stream)', (e) => {
    expect(canonicalEvent(e)).toBe(reference(e));
  });

  it('puts the seq, time and previous hash between the parts PostgreSQL is given', () => {
    const e = EVENTS[1];
    const { before, middle } = canonicalEventParts(e);
    // as APPEND_ONE_SQL assembles it
    expect(`${before}${e.seq},"${e.at}"${middle}"${e.prevHash}"]`).toBe(canonicalEvent(e));
    const first = EVENTS[0];
    const p = canonicalEventParts(first);
    expect(`${p.before}${first.seq},"${first.at}"${p.middle}null]`).toBe(canonicalEvent(first));
  });

  it('changes the hash when any part changes', () => {
    const e = EVENTS[0];
    const base = eventHash(e);
    expect(eventHash({ ...e, seq: 2 })).not.toBe(base);
    expect(eventHash({ ...e, prevHash: 'x' })).not.toBe(base);
    expect(eventHash({ ...e, data: { taskId: 'u' } })).not.toBe(base);
  });
});
