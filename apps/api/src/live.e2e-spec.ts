import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { StatusView } from '@cordon/contracts';
import { LiveClient } from '@cordon/live/testing';
import {
  createTestDatabase,
  freePort,
  TestDatabase,
  workspaceRoot,
} from '@cordon/platform/testing';

/**
 * Two api processes (the production build) on different ports, one PostgreSQL and one
 * Redis: what a client of one sees of commands sent to the other.
 */
describe('live status across api processes', () => {
  const root = workspaceRoot();
  let db: TestDatabase | undefined;
  const procs: ChildProcess[] = [];
  const clients: LiveClient[] = [];
  let a = '';
  let b = '';
  let admin = '';

  async function startApi(env: NodeJS.ProcessEnv): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
      cwd: root,
      env: { ...env, PORT: String(port) },
      stdio: 'ignore',
    });
    procs.push(child);
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 150; i++) {
      if (
        await fetch(`${url}/api/v1/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return url;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('api did not start');
  }

  const call = async (base: string, token: string, method: string, path: string, body?: object) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  const login = async (email: string, password: string): Promise<string> => {
    const res = await fetch(`${a}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const user = async (roles: string[], departmentId?: string) => {
    const email = `${roles.join('-')}-${randomBytes(3).toString('hex')}@council.example`;
    const created = await call(a, admin, 'POST', '/users', {
      email,
      name: email,
      password: 'long-password',
      roles,
      departmentId,
    });
    return { id: created.id as string, token: await login(email, 'long-password') };
  };
  const client = async (base: string, token: string) => {
    const c = new LiveClient(base, token);
    clients.push(c);
    await c.connected();
    return c;
  };

  beforeAll(async () => {
    const build = spawnSync(
      join(root, 'node_modules/.bin/nx'),
      ['run-many', '-t', 'build', '-p', 'api', '--output-style=static'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
    db = await createTestDatabase();
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: `t_live_${randomBytes(3).toString('hex')}`,
      JWT_SECRET: randomBytes(24).toString('hex'),
      ADMIN_EMAIL: 'admin@council.example',
      ADMIN_PASSWORD: 'admin-password',
      LOG_LEVEL: 'error',
    };
    a = await startApi(env);
    b = await startApi(env);
    admin = await login('admin@council.example', 'admin-password');
  }, 180_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(
      procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))),
    );
    await db?.drop();
  });

  it('streams to a client on B, in order and none missing, the events of commands sent to A', async () => {
    const owner = await user(['owner']);
    const incident = await call(a, owner.token, 'POST', '/incidents', {
      title: 'W32.Welchia in Social Services',
      severity: 1,
      summary: 'Hosts scanning port 135',
      ownerId: owner.id,
    });
    const onB = await client(b, owner.token);
    const ack = await onB.subscribe(incident.id, 0);
    expect(ack).toMatchObject({ ok: true });
    for (let i = 0; i < 20; i++)
      await call(a, owner.token, 'POST', `/incidents/${incident.id}/updates`, {
        message: `update ${i}`,
      });
    const timeline = await call(
      a,
      owner.token,
      'GET',
      `/incidents/${incident.id}/events?limit=500`,
    );
    const last = timeline.items[timeline.items.length - 1].seq;
    await onB.waitForSeq(incident.id, last);
    expect(onB.seqs(incident.id)).toEqual(timeline.items.map((e: { seq: number }) => e.seq));
    expect(onB.events.map(({ incidentId: _, ...e }) => e)).toEqual(timeline.items);
    expect(onB.events[0].type).toBe('incident.created');
  });

  it('refuses a staff member following an incident, and an ITU member of an uninvolved department', async () => {
    const owner = await user(['owner']);
    const incident = await call(a, owner.token, 'POST', '/incidents', {
      title: 'Quiet',
      severity: 3,
      summary: 's',
      ownerId: owner.id,
    });
    const dept = await call(a, admin, 'POST', '/departments', {
      code: `D${randomBytes(2).toString('hex')}`,
      name: 'Housing',
    });
    const staff = await client(b, (await user(['staff'])).token);
    expect(await staff.subscribe(incident.id)).toMatchObject({ ok: false, code: 'forbidden' });
    const itu = await client(b, (await user(['itu'], dept.id)).token);
    expect(await itu.subscribe(incident.id)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('serves the public status without a token and tells the status room when it changes', async () => {
    const owner = await user(['owner']);
    const staff = await client(b, (await user(['staff'])).token);
    const first = await staff.socket.timeout(5_000).emitWithAck('status.subscribe', {});
    expect(first.ok).toBe(true);
    const updated = new Promise<StatusView>((resolve) =>
      staff.socket.once('status.updated', resolve),
    );
    const incident = await call(a, owner.token, 'POST', '/incidents', {
      title: 'Mail server down',
      severity: 2,
      summary: 's',
      ownerId: owner.id,
    });
    const pushed = await updated;
    expect(pushed.incidents.map((i) => i.reference)).toContain(incident.reference);

    const res = await fetch(`${a}/api/v1/status`);
    expect(res.status).toBe(200);
    const status = (await res.json()) as StatusView;
    const entry = status.incidents.find((i) => i.reference === incident.reference);
    expect(entry).toEqual({
      reference: incident.reference,
      title: 'Mail server down',
      status: 'active',
      severity: 2,
      nextUpdateDueAt: incident.nextUpdateDueAt,
      latestUpdate: null,
      lans: [],
    });
  });
});
