// node tools/run-ts.mjs bench/claims.ts [users=200] [tasks=5000] [humanSeconds=60]
// ITU users (a fifth in each of five departments, each logged in through POST
// /auth/login) claim cleanup tasks through the HTTP API of an api process of its own
// (the production build, on a scratch database beside DATABASE_URL, dropped afterwards).
// Flat out: each user reads their department's open queue and claims tasks from it in
// random order until none is left; a claim someone else won first answers 409
// already_claimed and the user moves on. Prints successful claims per second, claim
// latency p50/p99, peak memory. At a human rate: the tasks open again, each user claims
// one every 2–5 s (random) for humanSeconds; prints p50/p99/max. Measured in the same
// run: an authenticated trivial GET at the same concurrency (the HTTP floor) and the raw
// PostgreSQL limit on the same rows, the api's own SQL without HTTP (bench/support/claims-raw.ts):
// the conditional UPDATE alone, and with the event append (hash chain, NOTIFY) in one
// transaction, as a claim is; and the ratio of Cordon's claims/s to the latter.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { hashPassword } from '../libs/auth/src/password';
import { createScratchDatabase } from '../tools/db/data-source';
import { benchEnv, benchLogin, waitForHealth } from './support/bench-api';
import { client, floor, inBatches, ms, must, pct, shuffle } from './support/claims-http';
import { createCouncil } from './support/claims-council';
import { humanRate } from './support/claims-human';
import { API_POOL, rawClaims } from './support/claims-raw';

const [USERS, TASKS, HUMAN_SECONDS] = [200, 5000, 60].map((d, i) =>
  Number(process.argv[2 + i] ?? d),
);
const DEPARTMENTS = 5;
const PASSWORD = 'bench-itu-password';
const root = workspaceRoot();
const out = (line: string) => process.stdout.write(`${line}\n`);
const apiLog = (): number => {
  mkdirSync(join(root, 'tmp'), { recursive: true });
  return openSync(join(root, 'tmp', 'bench-claims-api.log'), 'w');
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const procMb = (pid: number, field: 'VmHWM' | 'VmRSS') => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
/** CLOCK_MONOTONIC in µs: the clock of a V8 CPU profile's timestamps. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

async function main(): Promise<void> {
  const build = spawnSync(
    join(root, 'node_modules/.bin/nx'),
    ['run', 'api:build', '--output-style=static'],
    { cwd: root },
  );
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}`);
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const dbUrl = new URL(scratch.url);

  const port = await freePort();
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
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
        // 200 people sign in from the bench's one address within a minute
        LOGIN_RATE_PER_MINUTE: '10000',
      }),
    });
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url);
    const api = client(url);
    const adminToken = (await benchLogin(url, admin)).accessToken;

    const { departments, perLan } = await createCouncil(api, url, adminToken, DEPARTMENTS, TASKS);

    // People: one owner and USERS ITU members, a fifth per department, inserted with one
    // password hash, then each signed in through POST /auth/login as the console does.
    const hash = await hashPassword(PASSWORD);
    const insert = async (roles: string[], departmentId: string | null, n: number, tag: string) =>
      (
        await db.query<{ email: string }>(
          `INSERT INTO users (email, name, password_hash, roles, department_id)
           SELECT lower($1 || i || '@bench.example'), $1 || i, $5, $2::text[], $3
           FROM generate_series(1, $4) i RETURNING email`,
          [tag, roles, departmentId, n, hash],
        )
      ).rows.map((r) => ({ email: r.email, departmentId }));
    const loginStarted = performance.now();
    const login = async (u: { email: string; departmentId: string | null }) => {
      const body = await must(
        api.post('auth/login', null, { email: u.email, password: PASSWORD }),
        200,
        `login ${u.email}`,
      );
      const user = body['user'] as { id: string };
      return { id: user.id, token: body['accessToken'] as string, departmentId: u.departmentId };
    };
    const [owner] = await inBatches(await insert(['owner'], null, 1, 'owner'), 1, login);
    const itu = await inBatches(
      (
        await Promise.all(
          departments.map((d) => insert(['itu'], d.id, USERS / DEPARTMENTS, `itu-${d.code}-`)),
        )
      ).flat(),
      8,
      login,
    );
    const loginSeconds = (performance.now() - loginStarted) / 1000;

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
      `  (2 cores shared by the api process, PostgreSQL and this load generator; api pool of ${API_POOL})`,
    );
    out(
      `  setup: ${itu.length + 1} logins through POST /auth/login (8 at a time) in ${loginSeconds.toFixed(1)} s; shutting down a ${perLan}-device LAN (creating its ${perLan} cleanup tasks and events) took median ${ms(
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
        return ids;
      }),
    );
    const readSeconds = (performance.now() - readStarted) / 1000;
    out(
      `  queue reads: ${queues.length} users read their department's ${queues[0].length} open tasks (2 pages of 500, with devices) in ${readSeconds.toFixed(1)} s`,
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
    const windowStart = monotonicUs();
    const started = performance.now();
    await Promise.all(
      itu.map(async (user, n) => {
        for (const id of shuffle([...queues[n]])) {
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
    const windowEnd = monotonicUs();
    clearInterval(sampler);
    const all = claimLatencies.sort((a, b) => a - b);
    const wins = wonLatencies.sort((a, b) => a - b);
    const count = async (sql: string, params: unknown[] = []) =>
      Number((await db.query(sql, params)).rows[0].n);
    const claimedRows = await count(`SELECT count(*) AS n FROM tasks WHERE status = 'claimed'`);
    const claimEvents = await count(
      `SELECT count(*) AS n FROM events WHERE incident_id = $1 AND type = 'task.claimed'`,
      [incidentId],
    );
    const cordonRate = won / seconds;
    out(
      `  cordon, POST /tasks/:id/claim flat out: ${won} claims in ${seconds.toFixed(1)} s = ${cordonRate.toFixed(0)} claims/s ` +
        `(${(all.length / seconds).toFixed(0)} claim requests/s: ${conflicts} × 409 already_claimed, ${errors} other)`,
    );
    out(
      `    latency of successful claims p50 ${ms(pct(wins, 50))}, p99 ${ms(pct(wins, 99))}; of all claim requests p50 ${ms(pct(all, 50))}, p99 ${ms(pct(all, 99))}, max ${ms(all[all.length - 1])}`,
    );
    out(
      `    tasks claimed ${claimedRows} of ${open}, task.claimed events ${claimEvents}, api RSS peak during the claims ${apiPeak.toFixed(0)} MB, bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
    if (profile) out(`    profile window (CLOCK_MONOTONIC µs): ${windowStart}-${windowEnd}`);
    const ok = won === open && claimedRows === open && claimEvents === open && errors === 0;

    // Every task open again (its events stay), for the human-rate run and the raw limits.
    const tasks = (
      await db.query<{ id: string; departmentId: string }>(
        `SELECT id, department_id AS "departmentId" FROM tasks`,
      )
    ).rows;
    const reset = async () => {
      await db.query(
        `UPDATE tasks SET status = 'open', claimed_by_id = NULL, claimed_by_name = NULL, claimed_at = NULL`,
      );
      await db.query(`VACUUM ANALYZE tasks`);
    };
    await reset();
    const human = await humanRate(
      api,
      itu.map((u, n) => ({ token: u.token, queue: shuffle([...queues[n]]) })),
      HUMAN_SECONDS,
    );
    out(`  cordon at a human rate: ${human.line}`);
    const apiHwm = procMb(apiProcess.pid ?? 0, 'VmHWM');
    out(`    api peak RSS over the whole run (queue reads included) ${apiHwm.toFixed(0)} MB`);

    // The raw PostgreSQL limit on the same rows, the api idle beside it.
    const claimer = { id: itu[0].id, name: 'itu-D1-1' };
    await reset();
    const rawUpdate = await rawClaims(dbUrl.toString(), tasks, claimer, false);
    await reset();
    const rawTxn = await rawClaims(dbUrl.toString(), tasks, claimer, true);
    out(
      `  raw limit, PostgreSQL conditional UPDATE (autocommit, ${API_POOL} connections): ${rawUpdate.rate.toFixed(0)} claims/s`,
    );
    out(
      `  raw limit, the same UPDATE + event append (hash chain, NOTIFY) in one transaction, the api's SQL: ${rawTxn.rate.toFixed(0)} claims/s`,
    );
    out(
      `  cordon ${cordonRate.toFixed(0)} claims/s / raw UPDATE+event ${rawTxn.rate.toFixed(0)} claims/s = ${(cordonRate / rawTxn.rate).toFixed(2)}; cordon claim requests / authenticated GET: ${(all.length / seconds / floorRun.rate).toFixed(2)}`,
    );
    out(
      `  human rate p99 ${ms(human.p99)} (target under 100 ms): ${human.p99 < 100 ? 'met' : 'NOT met'}`,
    );
    out(
      `  machine load average at the end (1/5 min): ${loadavg()
        .slice(0, 2)
        .map((l) => l.toFixed(1))
        .join(' / ')} on ${cpus().length} cores (other work on the machine shows here)`,
    );
    const humanOk = human.errors === 0;
    out(
      `  ${ok && humanOk ? 'PASS' : 'FAIL'}: every task claimed exactly once flat out, one task.claimed event each, no errors in either run`,
    );
    if (!ok || !humanOk) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    apiProcess?.kill('SIGTERM');
    await sleep(1500);
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
