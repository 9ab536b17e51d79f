// node tools/run-ts.mjs bench/claims.ts [users=200] [tasks=5000]
// 200 concurrent ITU users (40 in each of five departments) claim cleanup tasks from
// 5,000 open ones through the HTTP API of an api process of its own (the production
// build, on a scratch database beside DATABASE_URL, dropped afterwards). Each user reads
// their department's open queue and claims tasks from it in random order until none is
// left; a claim someone else won first answers 409 already_claimed and the user moves
// on. Prints successful claims per second, claim latency p50/p99, peak memory, and,
// measured in the same run: an authenticated trivial GET at the same concurrency (the
// HTTP floor) and the raw PostgreSQL conditional UPDATE (`… WHERE status = 'open'`),
// alone and with the event append the spine adds, on the same 5,000 rows.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Pool } from 'pg';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { createScratchDatabase } from '../tools/db/data-source';
import { benchEnv, benchLogin, waitForHealth } from './support/bench-api';

const [USERS, TASKS] = [200, 5000].map((d, i) => Number(process.argv[2 + i] ?? d));
const DEPARTMENTS = 5;
const root = workspaceRoot();
const out = (line: string) => process.stdout.write(`${line}\n`);
const apiLog = (): number => {
  mkdirSync(join(root, 'tmp'), { recursive: true });
  return openSync(join(root, 'tmp', 'bench-claims-api.log'), 'w');
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const procMb = (pid: number, field: 'VmHWM' | 'VmRSS') => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

interface Client {
  get(path: string, token: string): Promise<{ status: number; body: unknown }>;
  post(path: string, token: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/**
 * A light HTTP client: node:http with one keep-alive socket per concurrent user (fetch
 * costs the load generator, which shares the two cores with the api, far more CPU).
 */
function client(base: string): Client {
  const { hostname, port } = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
  const call = (method: string, path: string, token: string, body?: unknown) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        {
          agent,
          hostname,
          port,
          method,
          path: `/api/v1/${path}`,
          headers: {
            authorization: `Bearer ${token}`,
            ...(payload === undefined
              ? {}
              : {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(payload),
                }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    get: (path, token) => call('GET', path, token),
    post: (path, token, body) => call('POST', path, token, body),
  };
}

async function must(p: Promise<{ status: number; body: unknown }>, status: number, what: string) {
  const res = await p;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown>;
}

/** Requests at a fixed concurrency for `seconds`: the rate and latency of an authenticated trivial GET. */
async function floor(api: Client, tokens: string[], seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      while (performance.now() < until) {
        const t = performance.now();
        const res = await api.get('baseline', token);
        if (res.status !== 200) throw new Error(`baseline: ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { rate: latencies.length / elapsed, p50: pct(sorted, 50), p99: pct(sorted, 99) };
}

/** The raw PostgreSQL limit on the same rows: 20 connections (the api's pool) claiming every task. */
async function rawClaims(url: string, ids: string[], withEvent: boolean) {
  const pool = new Pool({ connectionString: url, max: 20 });
  const queue = shuffle([...ids]);
  const stream = `bench:raw:${randomBytes(3).toString('hex')}`;
  let won = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      const conn = await pool.connect();
      try {
        for (let id = queue.pop(); id; id = queue.pop()) {
          if (!withEvent) {
            const r = await conn.query(
              `UPDATE tasks SET status = 'claimed', claimed_by_id = $2, claimed_at = now()
               WHERE id = $1 AND status = 'open'`,
              [id, SEED_USER],
            );
            won += r.rowCount ?? 0;
            continue;
          }
          await conn.query('BEGIN');
          const r = await conn.query(
            `UPDATE tasks SET status = 'claimed', claimed_by_id = $2, claimed_at = now()
             WHERE id = $1 AND status = 'open' RETURNING id`,
            [id, SEED_USER],
          );
          if (r.rowCount) {
            await conn.query(
              `WITH s AS (
                 INSERT INTO event_streams (stream, last_seq) VALUES ($1, 1)
                 ON CONFLICT (stream) DO UPDATE SET last_seq = event_streams.last_seq + 1
                 RETURNING last_seq)
               INSERT INTO events (stream, seq, incident_id, type, actor, data)
               SELECT $1, s.last_seq, NULL, 'task.claimed', '{}'::jsonb, $2::jsonb FROM s`,
              [stream, JSON.stringify({ taskId: id })],
            );
            won++;
          }
          await conn.query('COMMIT');
        }
      } finally {
        conn.release();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return { rate: won / seconds, won };
}

let SEED_USER = '';

async function main(): Promise<void> {
  const build = spawnSync(
    join(root, 'node_modules/.bin/nx'),
    ['run', 'api:build', '--output-style=static'],
    {
      cwd: root,
    },
  );
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const dbUrl = new URL(scratch.url);

  const port = await freePort();
  const secret = randomBytes(24).toString('hex');
  const admin = { email: 'bench-admin@council.example', password: 'bench-password-1' };
  let apiProcess: ChildProcess | undefined;
  const db = new Pool({ connectionString: dbUrl.toString(), max: 4 });
  try {
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the api process there
    const profile = process.env['BENCH_CPU_PROF'];
    const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
    apiProcess = spawn(process.execPath, [...nodeArgs, join(root, 'dist/apps/api/main.js')], {
      cwd: root,
      // the api's log (errors only) kept for a run that goes wrong
      stdio: ['ignore', apiLog(), 'inherit'],
      env: benchEnv(dbUrl.toString(), port, {
        JWT_SECRET: secret,
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
      }),
    });
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url);
    const api = client(url);
    const adminToken = (await benchLogin(url, admin)).accessToken;

    // The council: five departments, a LAN each with 1,000 devices.
    const site = await must(api.post('sites', adminToken, { code: 'HQ', name: 'HQ' }), 201, 'site');
    const siteId = site['id'] as string;
    const departments: { id: string; code: string; lanId: string }[] = [];
    for (let d = 1; d <= DEPARTMENTS; d++) {
      const code = `D${d}`;
      const dept = await must(
        api.post('departments', adminToken, { code, name: `Department ${d}` }),
        201,
        'department',
      );
      const lan = await must(
        api.post('lans', adminToken, {
          code: `${code}-LAN`,
          name: `${code} LAN`,
          siteId,
          departmentId: dept['id'],
          cidr: `10.${d}.0.0/16`,
        }),
        201,
        'lan',
      );
      departments.push({ id: dept['id'] as string, code, lanId: lan['id'] as string });
    }
    await must(
      fetch(`${url}/api/v1/baseline`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          requiredPatches: ['MS03-026', 'MS03-039'],
          minAvSignatureDate: '2026-02-01',
        }),
      }).then(async (r) => ({ status: r.status, body: await r.json() })),
      200,
      'baseline',
    );
    const perLan = Math.ceil(TASKS / DEPARTMENTS);
    const csv = ['hostname,ip,lan,department,os,patches,avProduct,avSignatureDate'];
    departments.forEach((d, n) => {
      for (let i = 0; i < perLan && n * perLan + i < TASKS; i++) {
        csv.push(
          `${d.code}-PC-${i},10.${n + 1}.${Math.floor(i / 250)}.${(i % 250) + 1},${d.code}-LAN,${d.code},XP,,Sophos,2025-12-01`,
        );
      }
    });
    const imported = await fetch(`${url}/api/v1/devices/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
      body: csv.join('\n'),
    }).then((r) => r.json() as Promise<{ created: number }>);
    if (imported.created !== TASKS) throw new Error(`imported ${JSON.stringify(imported)}`);

    // Logins: one owner and 40 ITU members per department, inserted in one statement and
    // given tokens as the api signs them (200 bcrypt logins would only time bcrypt).
    const jwt = new JwtService({
      secret,
      signOptions: { expiresIn: 3600, issuer: 'cordon', algorithm: 'HS256' },
    });
    const insert = async (roles: string[], departmentId: string | null, n: number, tag: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO users (email, name, password_hash, roles, department_id)
           SELECT $1 || i || '@bench.example', $1 || i, 'x', $2::text[], $3 FROM generate_series(1, $4) i RETURNING id`,
          [tag, roles, departmentId, n],
        )
      ).rows.map((r) => ({ id: r.id, token: jwt.sign({ sub: r.id }), departmentId }));
    const [owner] = await insert(['owner'], null, 1, 'owner');
    SEED_USER = owner.id;
    const itu = (
      await Promise.all(
        departments.map((d) => insert(['itu'], d.id, USERS / DEPARTMENTS, `itu-${d.code}-`)),
      )
    ).flat();

    // The incident: every LAN in the plan and shut down, one cleanup task per device.
    const incident = await must(
      api.post('incidents', owner.token, {
        title: 'Bench',
        severity: 1,
        summary: 'claims bench',
        ownerId: owner.id,
      }),
      201,
      'incident',
    );
    const incidentId = incident['id'] as string;
    await must(
      api.post(`incidents/${incidentId}/lans`, owner.token, {
        lanIds: departments.map((d) => d.lanId),
      }),
      201,
      'plan',
    );
    const shutdowns: number[] = [];
    for (const d of departments) {
      const t = performance.now();
      await must(
        api.post(`incidents/${incidentId}/lans/${d.lanId}/transitions`, owner.token, {
          to: 'shut_down',
        }),
        200,
        'shut down',
      );
      shutdowns.push(performance.now() - t);
    }
    const open = Number(
      (await db.query(`SELECT count(*) AS n FROM tasks WHERE status = 'open'`)).rows[0].n,
    );
    out(
      `claims: ${USERS} ITU users (${USERS / DEPARTMENTS} per department) claiming from ${open} open tasks through the HTTP API`,
    );
    out(
      `  (2 cores shared by the api process, PostgreSQL and this load generator; api pool of 20)`,
    );
    out(
      `  setup: shutting down a ${perLan}-device LAN (creating its ${perLan} cleanup tasks and events) took median ${ms(
        [...shutdowns].sort((a, b) => a - b)[Math.floor(shutdowns.length / 2)],
      )}`,
    );

    // The HTTP floor, measured first (it also warms the api up).
    const floorRun = await floor(
      api,
      itu.map((u) => u.token),
      5,
    );
    out(
      `  raw limit, authenticated GET /baseline at ${USERS} concurrent: ${floorRun.rate.toFixed(0)} req/s, p50 ${ms(floorRun.p50)}, p99 ${ms(floorRun.p99)}`,
    );

    // Each user reads their department's open queue (two pages of 500), as the console's
    // task list does; from then on the live feed tells every console which tasks have been
    // claimed (modelled here by one shared set), so a user claims, in random order, the
    // tasks nobody has claimed yet. Collisions left are true races: claims in flight at once.
    const readStarted = performance.now();
    const queues = await Promise.all(
      itu.map(async (user) => {
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await api.get(
            `tasks?status=open&limit=500${cursor ? `&cursor=${cursor}` : ''}`,
            user.token,
          );
          if (page.status !== 200) throw new Error(`list: ${page.status}`);
          const body = page.body as { items: { id: string }[]; nextCursor: string | null };
          ids.push(...body.items.map((t) => t.id));
          cursor = body.nextCursor;
        } while (cursor);
        return shuffle(ids);
      }),
    );
    const readSeconds = (performance.now() - readStarted) / 1000;
    const reads = queues.length;
    out(
      `  queue reads: ${reads} users read their department's ${queues[0].length} open tasks (2 pages of 500, with devices) in ${readSeconds.toFixed(1)} s`,
    );

    const claimLatencies: number[] = [];
    const wonLatencies: number[] = [];
    const claimed = new Set<string>();
    let won = 0;
    let conflicts = 0;
    let errors = 0;
    let apiPeak = 0;
    const sampler = setInterval(() => {
      apiPeak = Math.max(apiPeak, procMb(apiProcess?.pid ?? 0, 'VmRSS'));
    }, 100);
    const started = performance.now();
    await Promise.all(
      itu.map(async (user, n) => {
        for (const id of queues[n]) {
          if (claimed.has(id)) continue;
          const t = performance.now();
          const res = await api.post(`tasks/${id}/claim`, user.token);
          const took = performance.now() - t;
          claimLatencies.push(took);
          claimed.add(id);
          if (res.status === 200) {
            won++;
            wonLatencies.push(took);
          } else if (res.status === 409) conflicts++;
          else errors++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const apiHwm = procMb(apiProcess.pid ?? 0, 'VmHWM');
    const all = claimLatencies.sort((a, b) => a - b);
    const wins = wonLatencies.sort((a, b) => a - b);
    const claimedRows = Number(
      (await db.query(`SELECT count(*) AS n FROM tasks WHERE status = 'claimed'`)).rows[0].n,
    );
    const claimEvents = Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM events WHERE incident_id = $1 AND type = 'task.claimed'`,
          [incidentId],
        )
      ).rows[0].n,
    );
    out(
      `  cordon, POST /tasks/:id/claim: ${won} claims in ${seconds.toFixed(1)} s = ${(won / seconds).toFixed(0)} claims/s ` +
        `(${(all.length / seconds).toFixed(0)} claim requests/s: ${conflicts} × 409 already_claimed, ${errors} other)`,
    );
    out(
      `    latency of successful claims p50 ${ms(pct(wins, 50))}, p99 ${ms(pct(wins, 99))}; of all claim requests p50 ${ms(pct(all, 50))}, p99 ${ms(pct(all, 99))}, max ${ms(all[all.length - 1])}`,
    );
    out(
      `    tasks claimed ${claimedRows} of ${open}, task.claimed events ${claimEvents}, api RSS peak during the claims ${apiPeak.toFixed(0)} MB (whole run, queue reads included: ${apiHwm.toFixed(0)} MB), bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );

    // The raw PostgreSQL limit on the same rows.
    const ids = (await db.query<{ id: string }>(`SELECT id FROM tasks`)).rows.map((r) => r.id);
    const reset = () =>
      db.query(
        `UPDATE tasks SET status = 'open', claimed_by_id = NULL, claimed_by_name = NULL, claimed_at = NULL`,
      );
    await reset();
    const rawUpdate = await rawClaims(dbUrl.toString(), ids, false);
    await reset();
    const rawTxn = await rawClaims(dbUrl.toString(), ids, true);
    out(
      `  raw limit, PostgreSQL conditional UPDATE (autocommit, 20 connections): ${rawUpdate.rate.toFixed(0)} claims/s`,
    );
    out(
      `  raw limit, the same UPDATE + event append in one transaction (the spine's SQL): ${rawTxn.rate.toFixed(0)} claims/s`,
    );
    out(
      `  cordon / raw UPDATE+event: ${(won / seconds / rawTxn.rate).toFixed(2)}; cordon claim requests / authenticated GET: ${(all.length / seconds / floorRun.rate).toFixed(2)}`,
    );
    out(
      `  machine load average at the end (1/5 min): ${loadavg()
        .slice(0, 2)
        .map((l) => l.toFixed(1))
        .join(' / ')} on ${cpus().length} cores (other work on the machine shows here)`,
    );
    const ok = won === open && claimedRows === open && claimEvents === open && errors === 0;
    out(
      `  ${ok ? 'PASS' : 'FAIL'}: every task claimed exactly once, one task.claimed event each, no errors`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    apiProcess?.kill('SIGTERM');
    await sleep(500);
    await scratch.drop();
  }
}

main().then(
  () => process.exit(),
  (err: unknown) => {
    process.stderr.write(`bench claims: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
