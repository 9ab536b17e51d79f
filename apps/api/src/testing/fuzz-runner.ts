import { Agent, IncomingMessage, request } from 'node:http';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  deep,
  fitting,
  hostileValue,
  perturbed,
  PROTO_KEYS,
  Resolve,
  Schema,
  unstorableString,
  withKey,
} from './fuzz-arbitraries';

/** One operation of the OpenAPI document with what its requests may carry. */
export interface FuzzOperation {
  method: string;
  path: string;
  operationId: string;
  query: { name: string; schema: Schema }[];
  body?: { type: string; schema: Schema };
}

/** One request: `mustRefuse` when it is built to be invalid whatever the route (a 4xx). */
export interface FuzzCase {
  kind: string;
  query: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  mustRefuse: boolean;
}

export interface FuzzAnswer {
  status: number;
  type: string;
  text: string;
}

function queryString(entries: [string, unknown][]): string {
  const params = new URLSearchParams();
  for (const [k, v] of entries) {
    if (Array.isArray(v)) v.forEach((x) => params.append(k, String(x)));
    else params.append(k, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `n` levels of objects and arrays as JSON text (too deep for JSON.stringify to make). */
export function deepText(n: number): string {
  const open = Array.from({ length: n }, (_, i) => (i % 2 ? '[' : '{"a":')).join('');
  const close = Array.from({ length: n }, (_, i) => (i % 2 ? ']' : '}'))
    .reverse()
    .join('');
  return `${open}1${close}`;
}

/** Query strings: each parameter left out, fitting, or hostile; unknown and bracket keys too. */
function queries(op: FuzzOperation, resolve: Resolve, ids: string[]): fc.Arbitrary<string> {
  const param = (p: { name: string; schema: Schema }) =>
    fc.option(
      fc.oneof(
        fitting(p.schema, resolve, ids).map((v): [string, unknown] => [p.name, v]),
        hostileValue.map((v): [string, unknown] => [p.name, v]),
      ),
      { nil: undefined },
    );
  const extra = fc.option(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...PROTO_KEYS, '__proto__[polluted]', 'limit[]', 'a[b][c]'),
        fc.string({ maxLength: 6 }),
      ),
      hostileValue,
    ),
    { nil: undefined },
  );
  return fc
    .tuple(fc.tuple(...op.query.map(param)), extra)
    .map(([params, more]) =>
      queryString([...params, more].filter((x): x is [string, unknown] => x !== undefined)),
    );
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

/** Requests built to be refused, on any route that reads a body or a query string. */
function refusals(op: FuzzOperation, resolve: Resolve, ids: string[]): fc.Arbitrary<FuzzCase> {
  const base = op.body ? fitting(op.body.schema, resolve, ids) : fc.constant({});
  const asJson = (
    kind: string,
    body: unknown,
    headers: Record<string, string> = JSON_TYPE,
  ): FuzzCase => ({
    kind,
    query: '',
    headers,
    body: JSON.stringify(body),
    mustRefuse: true,
  });
  const field = fc.constantFrom(
    ...Object.keys(op.body ? (resolve(op.body.schema).properties ?? { x: 1 }) : { x: 1 }),
  );
  const kinds: fc.Arbitrary<FuzzCase>[] = [
    // a NUL or a lone surrogate in the query string
    // (a lone surrogate cannot travel in a URL: percent-encoding makes it U+FFFD)
    fc.tuple(fc.constantFrom(...op.query.map((q) => q.name), 'q'), fc.string()).map(([k, v]) => ({
      kind: 'query-nul',
      query: queryString([[k, `${v}\u0000`]]),
      headers: {},
      mustRefuse: true,
    })),
  ];
  if (op.body?.type === 'application/json') {
    kinds.push(
      fc
        .tuple(base, field, unstorableString)
        .map(([b, k, v]) => asJson('nul-or-surrogate', withKey({ ...(b as object) }, k, v))),
      fc
        .tuple(
          base,
          field,
          fc.oneof(fc.integer({ min: 33, max: 200 }), fc.integer({ min: 200, max: 20_000 })),
        )
        .map(([b, k, n]) => {
          const text = JSON.stringify(withKey({ ...(b as object) }, k, '\u0001deep'));
          return {
            ...asJson('deep-nesting', {}),
            body: text.replace('"\\u0001deep"', deepText(n)),
          };
        }),
      fc
        .tuple(base, fc.constantFrom('gzip', 'deflate', 'br', 'x-unknown', 'gzip, br'))
        .map(([b, enc]) => asJson('bad-encoding', b, { ...JSON_TYPE, 'Content-Encoding': enc })),
      fc
        .tuple(
          base,
          fc.constantFrom(
            'text/xml',
            'application/octet-stream',
            'multipart/form-data; boundary=x',
            'image/png',
          ),
        )
        .map(([b, type]) => asJson('wrong-type', b, { 'Content-Type': type })),
      fc
        .constantFrom(
          '{',
          '{"a":',
          '[1,]',
          'nul',
          "{'a':1}",
          '{"a":1}}',
          '\uFEFF{"a"',
          '{"a":1,"a":}',
        )
        .map((text) => ({
          kind: 'malformed',
          query: '',
          headers: JSON_TYPE,
          body: text,
          mustRefuse: true,
        })),
    );
  }
  if (op.body?.type === 'text/csv') {
    kinds.push(
      fc.string({ maxLength: 40 }).map((s) => ({
        kind: 'csv-nul',
        query: '',
        headers: { 'Content-Type': 'text/csv' },
        body: `header\n${s}\u0000${s}\n`,
        mustRefuse: true,
      })),
    );
  }
  return fc.oneof(...kinds);
}

/** Requests that may or may not fit: 2xx or 4xx problem+json, never 500. */
function mixed(op: FuzzOperation, resolve: Resolve, ids: string[]): fc.Arbitrary<FuzzCase> {
  const query = op.query.length ? queries(op, resolve, ids) : fc.constant('');
  if (!op.body)
    return query.map((q) => ({ kind: 'query', query: q, headers: {}, mustRefuse: false }));
  if (op.body.type === 'text/csv')
    return fc.tuple(query, fc.string({ unit: 'binary', maxLength: 300 })).map(([q, text]) => ({
      kind: 'csv',
      query: q,
      headers: { 'Content-Type': 'text/csv' },
      body: text,
      mustRefuse: false,
    }));
  const body = fc.oneof(
    { weight: 6, arbitrary: perturbed(op.body.schema, resolve, ids) },
    { weight: 1, arbitrary: hostileValue },
  );
  return fc
    .tuple(query, body, fc.constantFrom('plain', 'plain', 'plain', 'gzip', 'charset'))
    .map(([q, b, how]): FuzzCase => {
      const text = JSON.stringify(b) ?? 'null';
      if (how === 'gzip')
        return {
          kind: 'gzip',
          query: q,
          headers: { ...JSON_TYPE, 'Content-Encoding': 'gzip' },
          body: gzipSync(text),
          mustRefuse: false,
        };
      const type = how === 'charset' ? 'application/json; charset=latin1' : 'application/json';
      return {
        kind: 'json',
        query: q,
        headers: { 'Content-Type': type },
        body: text,
        mustRefuse: false,
      };
    });
}

/** `n` cases for an operation, a share of them built to be refused; deterministic per seed. */
export function casesFor(
  op: FuzzOperation,
  resolve: Resolve,
  ids: string[],
  n: number,
  seed: number,
): FuzzCase[] {
  const refused = Math.ceil(n * 0.3);
  return [
    ...fc.sample(refusals(op, resolve, ids), { numRuns: refused, seed }),
    ...fc.sample(mixed(op, resolve, ids), { numRuns: n - refused, seed: seed + 1 }),
  ];
}

const agent = new Agent({ keepAlive: true, maxSockets: 32 });

/** One request with its own timeout: a hang is reported as status 0 (node:http: less CPU than fetch). */
export function send(
  url: string,
  token: string,
  op: FuzzOperation,
  path: string,
  c: FuzzCase,
  timeoutMs: number,
): Promise<FuzzAnswer> {
  return new Promise((resolve) => {
    const fail = (err: unknown) => resolve({ status: 0, type: '', text: String(err) });
    const body = c.body === undefined ? undefined : Buffer.from(c.body);
    const headers: Record<string, string | number> = {
      Authorization: `Bearer ${token}`,
      ...c.headers,
    };
    if (body) headers['Content-Length'] = body.length;
    const answer = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    };
    try {
      const req = request(`${url}${path}${c.query}`, { method: op.method, headers, agent }, answer);
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
      req.on('error', fail);
      req.end(body);
    } catch (err) {
      fail(err);
    }
  });
}

/** Runs `work` over `items`, `size` at a time. */
export async function pool<T, R>(
  items: T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: size }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  });
  await Promise.all(lanes);
  return out;
}

/** What is wrong with an answer, or null: never 5xx or a hang; a 4xx is problem+json. */
export function fault(c: FuzzCase, a: FuzzAnswer): string | null {
  if (a.status === 0) return `no answer: ${a.text}`;
  if (a.status >= 500) return `${a.status}: ${a.text.slice(0, 300)}`;
  if (c.mustRefuse && (a.status < 400 || a.status >= 500)) return `${a.status} where a 4xx was due`;
  if (a.status >= 400) {
    if (!a.type.startsWith('application/problem+json')) return `${a.status} as ${a.type}`;
    const body = JSON.parse(a.text) as { status?: number; code?: string };
    if (body.status !== a.status || !body.code) return `problem without status/code: ${a.text}`;
  }
  return null;
}

/** A digest of every table's rows: equal before and after means nothing was written. */
export async function checksum(ds: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await ds.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`,
    );
    out[name] = `${row.n}:${row.h}`;
  }
  return out;
}

export { deep };
