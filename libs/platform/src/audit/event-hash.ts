import { createHash } from 'node:crypto';

/** What an event's hash covers: its place in its stream, what happened, and the hash before. */
export interface ChainedEventFields {
  stream: string;
  seq: number;
  /** When it was written (ISO 8601, milliseconds): an edited time breaks the chain too. */
  at: string;
  type: string;
  actor: unknown;
  data: unknown;
  /** The hash of the stream's event before; null for the first hashed event of a stream. */
  prevHash: string | null;
}

/** A JSON value as stored (undefined dropped, dates as ISO strings), object keys sorted. */
function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, canonicalValue(obj[k])]),
    );
  }
  return value;
}

/** A value as PostgreSQL's jsonb keeps it (through JSON), serialised with keys sorted. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(canonicalValue(JSON.parse(JSON.stringify(value ?? null)) as unknown));

/**
 * The canonical text of an event around the three parts known only under the stream's
 * lock (`seq`, `at`, `prevHash`): `before + seq + ',"' + at + '"' + middle + prev + ']'`,
 * with prev the JSON of `prevHash` (`"<hex>"` or `null`). The spine hands these to
 * PostgreSQL, which puts the three in and takes the SHA-256 in the append itself.
 */
export function canonicalEventParts(
  e: Pick<ChainedEventFields, 'stream' | 'type' | 'actor' | 'data'>,
): { before: string; middle: string } {
  return {
    before: `[${canonicalJson(e.stream)},`,
    middle: `,${canonicalJson(e.type)},${canonicalJson(e.actor)},${canonicalJson(e.data)},`,
  };
}

/**
 * The one serialisation an event's hash is taken over, by the spine as it writes and by
 * the verifier of an export: a JSON array with object keys sorted at every depth. The
 * values go through JSON first, as PostgreSQL's jsonb keeps them, so what is read back
 * serialises the same as what was written.
 */
export function canonicalEvent(e: ChainedEventFields): string {
  const { before, middle } = canonicalEventParts(e);
  return `${before}${canonicalJson(e.seq)},${canonicalJson(e.at)}${middle}${canonicalJson(e.prevHash)}]`;
}

/** The event's hash: SHA-256 (hex) of `canonicalEvent`. */
export const eventHash = (e: ChainedEventFields): string =>
  createHash('sha256').update(canonicalEvent(e), 'utf8').digest('hex');

/** Chains events of one stream in order from the hash before the first; returns each hash. */
export function chainHashes(
  stream: string,
  firstSeq: number,
  prevHash: string | null,
  events: readonly { at: string; type: string; actor: unknown; data: unknown }[],
): { prevHash: string | null; hash: string }[] {
  const out: { prevHash: string | null; hash: string }[] = [];
  let prev = prevHash;
  events.forEach((e, i) => {
    const hash = eventHash({
      stream,
      seq: firstSeq + i,
      at: e.at,
      type: e.type,
      actor: e.actor,
      data: e.data,
      prevHash: prev,
    });
    out.push({ prevHash: prev, hash });
    prev = hash;
  });
  return out;
}
