import { createOpenApiDocument } from '../http/openapi';
import { AuthzWorld, buildAuthzWorld } from '../testing/authz-world';
import { CALLS, CallSpec, defaultParams } from '../testing/authz-calls';
import { AUTHORIZATION_MATRIX, Expect, IDENTITIES, Identity } from './authorization-matrix';

type Observed = Expect | 'error';

/** The class of an answer: allowed, no valid token, or refused/hidden; a 5xx is an error. */
export function classOf(status: number): Observed {
  if (status === 401) return '401';
  if (status === 403 || status === 404) return 'denied';
  if (status >= 200 && status < 500) return 'ok';
  return 'error';
}

const BASE = '/api/v1';

/** Every operation of the document as `METHOD path` (path under /api/v1). */
function documentOperations(w: AuthzWorld): { key: string; method: string; path: string }[] {
  const doc = createOpenApiDocument(w.w.api.app);
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((method) => ({
        key: `${method.toUpperCase()} ${path.slice(BASE.length)}`,
        method,
        path,
      })),
  );
}

async function call(
  w: AuthzWorld,
  op: { key: string; method: string; path: string },
  who: Identity,
): Promise<{ status: number; body: unknown }> {
  const spec: CallSpec = await (CALLS[op.key]?.(w, who) ?? {});
  const params = { ...defaultParams(w, op.path), ...spec.params };
  const url =
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!params[name]) throw new Error(`${op.key}: no value for {${name}}`);
      return params[name];
    }) + (spec.query ? `?${spec.query}` : '');
  const http = w.w.api.http();
  let req = (http[op.method as 'get'] as (u: string) => ReturnType<typeof http.get>)(url);
  const token = spec.token !== undefined ? spec.token : w.callers[who].token;
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries(spec.headers ?? {})) req = req.set(name, value);
  if (spec.csv !== undefined) req = req.set('Content-Type', 'text/csv').send(spec.csv);
  else if (spec.body !== undefined) req = req.send(spec.body as object);
  const res = await req;
  return { status: res.status, body: res.body };
}

/**
 * Every operation of the OpenAPI document called as every identity (no one, a forged and an
 * expired token, staff, the ITU of another department and of the right one, command staff,
 * the incident's owner, another owner, an admin) on real rows of one world, each answer's
 * class compared with AUTHORIZATION_MATRIX. Operations run one after another and the
 * identities in the order of IDENTITIES (outsiders before the owner), so the run is
 * deterministic; routes that delete or change ownership get a fresh row per caller.
 */
describe('Authorisation matrix', () => {
  let w: AuthzWorld;
  let ops: { key: string; method: string; path: string }[];

  beforeAll(async () => {
    w = await buildAuthzWorld();
    ops = documentOperations(w);
  }, 90_000);
  afterAll(() => w?.close());

  it('has an entry for every operation of the document, and none for a route that is gone', () => {
    const documented = ops.map((o) => o.key).sort();
    const listed = Object.keys(AUTHORIZATION_MATRIX).sort();
    expect({
      missingFromMatrix: documented.filter((k) => !listed.includes(k)),
      notInDocument: listed.filter((k) => !documented.includes(k)),
      callsForNoRoute: Object.keys(CALLS).filter((k) => !documented.includes(k)),
    }).toEqual({ missingFromMatrix: [], notInDocument: [], callsForNoRoute: [] });
    expect(ops.length).toBeGreaterThan(100);
  });

  it('answers every operation as every identity as the matrix says', async () => {
    const differences: string[] = [];
    const observed: Record<string, Record<string, string>> = {};
    for (const op of ops) {
      const expected = AUTHORIZATION_MATRIX[op.key];
      observed[op.key] = {};
      // reads change nothing: every identity at once; writes one identity after another
      const answers =
        op.method === 'get'
          ? await Promise.all(IDENTITIES.map((who) => call(w, op, who)))
          : await IDENTITIES.reduce<Promise<{ status: number; body: unknown }[]>>(
              async (done, who) => [...(await done), await call(w, op, who)],
              Promise.resolve([]),
            );
      IDENTITIES.forEach((who, i) => {
        const res = answers[i];
        const got = classOf(res.status);
        observed[op.key][who] = `${got} ${res.status}`;
        if (!expected || got !== expected[who]) {
          const code = (res.body as { code?: string } | undefined)?.code ?? '';
          differences.push(
            `${op.key} as ${who}: expected ${expected?.[who]}, got ${res.status} ${code}`,
          );
        }
      });
    }
    if (process.env.AUTHZ_PRINT) console.log(JSON.stringify(observed, null, 1));
    expect(differences).toEqual([]);
  }, 120_000);
});
