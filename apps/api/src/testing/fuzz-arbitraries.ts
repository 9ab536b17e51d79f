import fc from 'fast-check';

/** The parts of an OpenAPI schema the generators read. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

/** Resolves `$ref`s against the document's components, and the first of allOf/oneOf/anyOf. */
export type Resolve = (schema: Schema) => Schema;

export function resolver(components: Record<string, Schema>): Resolve {
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(components[schema.$ref.split('/').pop()!] ?? {});
    const first = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
    return first ? { ...resolve(first), ...schema, allOf: undefined } : schema;
  };
  return resolve;
}

/** Keys that pollute a prototype when an object is merged carelessly. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** An own `__proto__` key, as JSON.parse makes it (an object literal would set the prototype). */
export function withKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return target;
}

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  '1; SELECT pg_sleep(10)',
  "admin'--",
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  '{{7*7}}',
  '<%= 7*7 %>',
  '#{7*7}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '=HYPERLINK("http://evil.example","x")',
  '+SUM(1,1)',
  '-2+3',
  '@SUM(1)',
  '$where',
  '%00',
  '\\u0000',
];

/** Strings PostgreSQL cannot store: always refused (400). */
export const unstorableString = fc.oneof(
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constantFrom('\uD800', 'a\uDFFFb', '\uDBFF', 'x\uD83D'),
);

const oddUnicode = fc.constantFrom(
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'e\u0301\u0301\u0301',
  '😀🏴\u200D☠️',
  '\u{10FFFF}',
  'İıſK',
  '\r\n\t\v\f',
  ' ',
  '',
);

/** Any JSON value a hostile client might put where something else belongs. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2),
  fc.constantFrom(2 ** 63, -(2 ** 31) - 1, '99999999999999999999', '-1', '1e400', 'NaN'),
  fc.constantFrom(...INJECTIONS),
  oddUnicode,
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  // eslint-disable-next-line no-control-regex -- NUL and surrogates are the refusal cases
  fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !/\u0000|[\uD800-\uDFFF]/.test(s)),
  fc.integer({ min: 0, max: 3 }).map((n) => 'x'.repeat([256, 5_001, 20_000, 100_001][n])),
  fc.constantFrom([], {}, [null], [[]], { a: {} }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 4 }),
  fc.constantFrom(...PROTO_KEYS).map((k) => withKey({}, k, { polluted: true })),
  fc.integer({ min: 2, max: 30 }).map((n) => deep(n)),
);

/** Arrays inside arrays, n levels. */
export function deep(n: number): unknown {
  let value: unknown = 'end';
  for (let i = 0; i < n; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

function date(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString();
}

/** Values that fit the schema, biased to its edges; `ids` stand for uuid fields. */
export function fitting(
  schema: Schema,
  resolve: Resolve,
  ids: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if (depth > 4) return fc.constant(null);
  switch (s.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = s.minimum ?? -1000;
      const max = s.maximum ?? 100_000;
      const ints = fc.integer({
        min: Math.ceil(min),
        max: Math.max(Math.ceil(min), Math.floor(max)),
      });
      return fc.oneof(ints, fc.constantFrom(min, max, min - 1, max + 1));
    }
    case 'array':
      return fc.array(fitting(s.items ?? {}, resolve, ids, depth + 1), { maxLength: 4 });
    case 'object':
    case undefined: {
      if (!s.properties) return fc.constant({});
      const record = Object.fromEntries(
        Object.entries(s.properties).map(([k, v]) => [k, fitting(v, resolve, ids, depth + 1)]),
      );
      return fc.record(record, { requiredKeys: s.required ?? [] });
    }
    default:
      break;
  }
  if (s.format === 'uuid' || /Id$/.test(s.format ?? ''))
    return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
  if (s.format === 'date')
    return fc.integer({ min: -400, max: 400 }).map((d) => date(d).slice(0, 10));
  if (s.format === 'date-time') return fc.integer({ min: -400, max: 400 }).map(date);
  if (s.format === 'email') return fc.emailAddress();
  const max = s.maxLength ?? 60;
  return fc.oneof(
    fc.string({ minLength: 1, maxLength: Math.min(max, 40) }),
    fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), ''),
    ids.length ? fc.constantFrom(...ids) : fc.uuid(),
  );
}

/** A fitting object with some fields replaced by hostile values and some keys added. */
export function perturbed(schema: Schema, resolve: Resolve, ids: string[]): fc.Arbitrary<unknown> {
  const names = Object.keys(resolve(schema).properties ?? {});
  const key = fc.oneof(
    ...(names.length ? [fc.constantFrom(...names)] : []),
    fc.constantFrom(...PROTO_KEYS),
    fc.string({ maxLength: 8 }),
  );
  return fc
    .tuple(
      fitting(schema, resolve, ids),
      fc.array(fc.tuple(key, hostileValue), { maxLength: 3 }),
      fc.array(key, { maxLength: 2 }),
    )
    .map(([base, overrides, dropped]) => {
      if (typeof base !== 'object' || base === null || Array.isArray(base)) return base;
      const out = { ...(base as Record<string, unknown>) };
      for (const k of dropped) delete out[k];
      for (const [k, v] of overrides) withKey(out, k, v);
      return out;
    });
}
