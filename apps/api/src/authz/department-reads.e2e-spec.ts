import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC } from '@cordon/auth';
import { createOpenApiDocument } from '../http/openapi';
import { AuthzWorld, buildAuthzWorld } from '../testing/authz-world';
import { defaultParams } from '../testing/authz-calls';
import type { Identity } from './authorization-matrix';

const BASE = '/api/v1';

/**
 * The routes open without a token: CONTRACT.md's list (login, status, ack links, the
 * Twilio webhooks, health), the status page's fault-report form, POST /detections,
 * which its own guard closes (monitoring's X-Api-Key or a command token), and single
 * sign-on's sign-in page question and two steps (docs/sso.md).
 */
const OPEN_ROUTES = [
  'GET /ack/:token',
  'GET /auth/methods',
  'GET /auth/oidc/callback',
  'GET /auth/oidc/login',
  'GET /health',
  'GET /status',
  'POST /ack/:token',
  'POST /auth/login',
  'POST /detections',
  'POST /status/fault-reports',
  'POST /webhooks/twilio/inbound',
  'POST /webhooks/twilio/status',
];

/**
 * Lists whose items may name another department by design: the directory (departments,
 * sites, LANs are the council's map; support units), and an incident's own views that
 * an ITU member sees only when their department is involved.
 */
const CROSS_DEPARTMENT_BY_DESIGN = new Set(['/departments', '/sites', '/support-units']);

/** Every `departmentId` anywhere in a value. */
function departmentIds(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => departmentIds(v, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'departmentId' && typeof v === 'string') into.push(v);
      else departmentIds(v, into);
    }
  }
  return into;
}

/** Every public handler of the assembled app as `METHOD /path` (Express style, under /api/v1). */
function publicRoutes(w: AuthzWorld): string[] {
  const found: string[] = [];
  for (const module of w.w.api.app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const proto = metatype.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const handler = proto[key];
        if (typeof handler !== 'function' || key === 'constructor') continue;
        const method = Reflect.getMetadata('method', handler) as number | undefined;
        if (method === undefined) continue;
        const open =
          Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, metatype);
        if (!open) continue;
        const path = [prefix, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')]
          .filter((p) => p && p !== '/')
          .join('/');
        const verb = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'][method] ?? String(method);
        found.push(`${verb} /${path.replace(/^\/+/, '')}`);
      }
    }
  }
  return found.sort();
}

/**
 * What each identity reads: an ITU member never sees another department's staff,
 * devices, tasks or any other department's row in a list, and can open every row a
 * list shows them; staff read only what the status page shows; the only routes open
 * without a token are the contract's.
 */
describe('Department scoping of reads', () => {
  let w: AuthzWorld;
  let lists: { path: string; getById: string | null }[];

  beforeAll(async () => {
    w = await buildAuthzWorld();
    const doc = createOpenApiDocument(w.w.api.app);
    const gets = Object.entries(doc.paths)
      .filter(([, item]) => item.get)
      .map(([path]) => path.slice(BASE.length));
    lists = gets
      .filter((p) => !p.includes('{') || /^\/(campaigns|incidents)\/\{id\}\/[a-z-]+$/.test(p))
      .map((path) => {
        const byId = `${path}/{id}`;
        return { path, getById: gets.includes(byId) ? byId : null };
      });
  }, 90_000);
  afterAll(() => w?.close());

  const read = (who: Identity, path: string) => {
    const params = defaultParams(w, `${BASE}${path}`);
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
    return w.w.api
      .http()
      .get(`${BASE}${url}${url.includes('?') ? '&' : '?'}limit=500`)
      .set('Authorization', `Bearer ${w.callers[who].token}`);
  };

  it('shows an ITU member rows of their own department only, in every list', async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const who of ['itu', 'ituOther'] as const) {
      const own = w.callers[who].departmentId;
      for (const { path } of lists) {
        if (CROSS_DEPARTMENT_BY_DESIGN.has(path)) continue;
        const res = await read(who, path);
        if (res.status !== 200 || !Array.isArray(res.body?.items)) continue;
        checked += 1;
        const foreign = departmentIds(res.body.items).filter((d) => d !== own);
        if (foreign.length)
          leaks.push(`${path} as ${who}: ${foreign.length} rows of another department`);
      }
    }
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  }, 60_000);

  it('lets an ITU member see SOC staff, devices and tasks only when of SOC', async () => {
    for (const path of ['/staff', '/devices', '/tasks']) {
      const mine = await read('itu', path).expect(200);
      const theirs = await read('ituOther', path).expect(200);
      expect({ path, soc: mine.body.items.length > 0 }).toEqual({ path, soc: true });
      const socInEdu = departmentIds(theirs.body.items).filter((d) => d === w.ids.soc);
      expect({ path, socInEdu }).toEqual({ path, socInEdu: [] });
    }
  });

  it("keeps another department's devices out of a campaign's board and events", async () => {
    const rc = `/campaigns/${w.ids.rolloutCampaign}`;
    const seen = async (who: Identity) =>
      JSON.stringify([
        (await read(who, rc).expect(200)).body,
        (await read(who, `${rc}/events`).expect(200)).body,
      ]);
    // SOC's test machine: in SOC's view, absent from EDU's (id and host name)
    expect(await seen('itu')).toContain(w.ids.socDevice);
    const edu = await seen('ituOther');
    expect(edu).not.toContain(w.ids.socDevice);
    expect(edu).not.toContain('soc-pc-1');
    expect(departmentIds(JSON.parse(edu)).filter((d) => d !== w.ids.edu)).toEqual([]);
  });

  it('lets every identity open each row its lists show it', async () => {
    const hidden: string[] = [];
    for (const who of ['itu', 'ituOther', 'command', 'otherOwner'] as const) {
      for (const { path, getById } of lists) {
        if (!getById) continue;
        const res = await read(who, path);
        if (res.status !== 200 || !Array.isArray(res.body?.items)) continue;
        const ids = (res.body.items as { id?: string }[]).map((i) => i.id).filter(Boolean);
        await Promise.all(
          ids.map(async (id) => {
            const one = await w.w.api
              .http()
              .get(`${BASE}${getById.replace('{id}', id as string)}`)
              .set('Authorization', `Bearer ${w.callers[who].token}`);
            if (one.status !== 200) hidden.push(`${path} as ${who} lists ${id}: GET ${one.status}`);
          }),
        );
      }
    }
    expect(hidden).toEqual([]);
  }, 60_000);

  it('shows staff nothing the status page does not show', async () => {
    const allowed = new Set(['/auth/me', '/auth/methods', '/review-actions', '/status', '/health']);
    const shown: string[] = [];
    for (const { path } of lists) {
      const res = await read('staff', path);
      if (res.status < 400 && !allowed.has(path)) shown.push(`${path}: ${res.status}`);
    }
    expect(shown).toEqual([]);
    const status = await w.w.api.http().get(`${BASE}/status`).expect(200);
    const text = JSON.stringify(status.body);
    for (const secret of [w.ids.staff, w.ids.socDevice, w.ids.task, w.callers.owner.id]) {
      expect(text).not.toContain(secret as string);
    }
    expect(text).not.toMatch(/"(email|mobile|hostname|ip|ownerId|summary)"/);
  });

  it('opens only the contract routes without a token', async () => {
    expect(publicRoutes(w)).toEqual(OPEN_ROUTES);
    const api = w.w.api.http();
    await api
      .post(`${BASE}/detections`)
      .send({ hostname: 'x', signature: 's', source: 'ids' })
      .expect(401);
    for (const hook of ['status', 'inbound']) {
      const unsigned = await api.post(`${BASE}/webhooks/twilio/${hook}`).type('form').send({
        MessageSid: 'SM1',
        MessageStatus: 'delivered',
        From: '+447700900001',
        Body: 'YES',
      });
      expect({ hook, status: unsigned.status }).toEqual({ hook, status: 403 });
    }
  });
});
