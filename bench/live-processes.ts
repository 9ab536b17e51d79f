// node tools/run-ts.mjs bench/live-processes.ts [clients=5000] [events=100] [perSecond=10]
// Live across processes: TWO api processes (the production build, on one scratch
// database) with N socket.io clients spread evenly over them, all subscribed to one
// incident. Events are written through the HTTP API of the first process
// (POST /incidents/:id/updates) at a steady rate; the latency is from the request being
// sent to the event's receipt at every client (so half the clients are served by the
// process that did not handle the request: it hears the commit by PostgreSQL's NOTIFY,
// as Cordon's processes do). The raw limit in the same run, with the same clients, rate
// and cross-process mechanism: two bare socket.io servers that LISTEN on a PostgreSQL
// channel, a POST to the first sending the NOTIFY that carries an event of the same fields
// and sizes as Cordon's, which each broadcasts (bench/support/raw-socketio-pg-server.mjs).
import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { createScratchDatabase } from '../tools/db/data-source';
import { benchEnv, benchLogin, waitForHealth } from './support/bench-api';

const [CLIENTS, EVENTS, PER_SECOND] = [5000, 100, 10].map((d, i) =>
  Number(process.argv[2 + i] ?? d),
);
const root = workspaceRoot();
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const hwmMb = (pid: number | undefined) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const profile = (): string[] => {
  const dir = process.env['BENCH_CPU_PROF'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};

/** N clients, the i-th on urls[i % urls.length], connected 100 at a time. */
async function connectAll(urls: string[], auth: object): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < CLIENTS; i += 100) {
    const batch = Array.from({ length: Math.min(100, CLIENTS - i) }, (_, k) =>
      io(`${urls[(i + k) % urls.length]}/live`, {
        auth,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      }),
    );
    await Promise.all(
      batch.map(
        (s) => new Promise<void>((ok, no) => (s.once('connect', ok), s.once('connect_error', no))),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

interface Measured {
  latencies: number[];
  /** By the process the client was on (0 handled the requests, 1 heard of them). */
  byProcess: number[][];
  seconds: number;
  missed: number;
}

function report(name: string, m: Measured): number {
  const sorted = [...m.latencies].sort((a, b) => a - b);
  const p = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const [a, b] = m.byProcess.map(p);
  process.stdout.write(
    `  ${name.padEnd(40)} receipts=${m.latencies.length}  ${(m.latencies.length / m.seconds).toFixed(0)}/s  ` +
      `p50=${pct(sorted, 50).toFixed(1)} ms  p99=${pct(sorted, 99).toFixed(1)} ms  max=${sorted[sorted.length - 1]?.toFixed(1)} ms  missed=${m.missed}\n` +
      `    p99 on the process that took the request ${pct(a ?? [], 99).toFixed(1)} ms, on the other ${pct(b ?? [], 99).toFixed(1)} ms\n`,
  );
  return pct(sorted, 99);
}

/** Sends EVENTS triggers at PER_SECOND; `trigger(i)` resolves when the request is answered. */
async function drive(trigger: (i: number) => Promise<void>, sentAt: Map<number, number>) {
  const started = performance.now();
  const answered: number[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const t0 = performance.now();
    sentAt.set(i, t0);
    await trigger(i);
    answered.push(performance.now() - t0);
    await sleep(Math.max(0, started + ((i + 1) * 1000) / PER_SECOND - performance.now()));
  }
  await sleep(2000);
  answered.sort((a, b) => a - b);
  process.stdout.write(
    `    the request answered: p50 ${pct(answered, 50).toFixed(1)} ms, p99 ${pct(answered, 99).toFixed(1)} ms\n`,
  );
  return (performance.now() - started) / 1000;
}

async function rawRun(databaseUrl: string): Promise<number> {
  const channel = `raw_${randomBytes(3).toString('hex')}`;
  const servers = [0, 1].map(() =>
    fork(join(root, 'bench/support/raw-socketio-pg-server.mjs'), {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl, CHANNEL: channel },
    }),
  );
  try {
    const ports = await Promise.all(
      servers.map(
        (s) => new Promise<number>((r) => s.once('message', (m: { port: number }) => r(m.port))),
      ),
    );
    const urls = ports.map((p) => `http://127.0.0.1:${p}`);
    const sockets = await connectAll(urls, {});
    const sentAt = new Map<number, number>();
    const m: Measured = { latencies: [], byProcess: [[], []], seconds: 0, missed: 0 };
    const got = sockets.map(() => 0);
    const seqs = sockets.map(() => [] as number[]);
    // the same work on the clients as Cordon's: the seq kept, the message's number read
    sockets.forEach((s, n) =>
      s.on('event', (e: { seq: number; data: { message?: string } }) => {
        seqs[n]?.push(e.seq);
        const i = /^bench (\d+)$/.exec(e.data.message ?? '')?.[1];
        const t = performance.now() - (sentAt.get(Number(i)) ?? NaN);
        m.latencies.push(t);
        m.byProcess[n % 2]?.push(t);
        got[n]++;
      }),
    );
    // the same message as Cordon's live event: its fields, their sizes, carried by the NOTIFY
    const actor = { id: randomUUID(), name: 'Administrator', kind: 'user' };
    const incidentId = randomUUID();
    m.seconds = await drive(async (i) => {
      const at = new Date();
      const event = {
        seq: i + 1,
        incidentId,
        type: 'incident.update_posted',
        at: at.toISOString(),
        actor,
        data: {
          message: `bench ${i}`,
          nextUpdateDueAt: new Date(at.getTime() + 30 * 60_000).toISOString(),
        },
      };
      await fetch(`${urls[0]}/emit`, { method: 'POST', body: JSON.stringify(event) });
    }, sentAt);
    m.missed = got.reduce((sum, g) => sum + (EVENTS - g), 0);
    const p99 = report('raw: 2 socket.io servers fed by NOTIFY', m);
    sockets.forEach((s) => s.close());
    process.stdout.write(
      `    raw servers peak RSS ${servers.map((s) => hwmMb(s.pid).toFixed(0)).join(' / ')} MB\n`,
    );
    return p99;
  } finally {
    servers.forEach((s) => s.kill());
  }
}

async function main(): Promise<void> {
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    const build = spawnSync(
      join(root, 'node_modules/.bin/nx'),
      ['run', 'api:build', '--output-style=static'],
      { cwd: root },
    );
    if (build.status !== 0) throw new Error('build failed');
  }
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const apis: ChildProcess[] = [];
  try {
    const ports = [await freePort(), await freePort()];
    const shared = { JWT_SECRET: randomBytes(24).toString('hex'), REDIS_URL: base.redisUrl };
    const prefix = benchEnv(scratch.url, 0)['QUEUE_PREFIX'] ?? 'bench_live';
    const urls = ports.map((p) => `http://127.0.0.1:${p}`);
    // one after the other: the first creates the bench admin
    for (const [n, port] of ports.entries()) {
      apis.push(
        // BENCH_CPU_PROF=<dir>: each api writes a V8 CPU profile there when it stops
        spawn(process.execPath, [...profile(), join(root, 'dist/apps/api/main.js')], {
          cwd: root,
          stdio: 'inherit',
          env: benchEnv(scratch.url, port, { ...shared, QUEUE_PREFIX: prefix }),
        }),
      );
      await waitForHealth(urls[n] ?? '');
    }
    const [url0 = ''] = urls;
    const { accessToken: token, user } = await benchLogin(url0);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const incident = (await (
      await fetch(`${url0}/api/v1/incidents`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'Bench', severity: 2, summary: 'live', ownerId: user.id }),
      })
    ).json()) as { id: string };

    process.stdout.write(
      `live across processes: ${CLIENTS} clients over 2 api processes, ${EVENTS} events at ${PER_SECOND}/s ` +
        `(${cpus().length} cores; apis, clients and PostgreSQL on one machine)\n`,
    );
    const sockets = await connectAll(urls, { token });
    const acks = await Promise.all(
      sockets.map((s) => s.timeout(60_000).emitWithAck('subscribe', { incidentId: incident.id })),
    );
    const startSeq = Math.max(...acks.map((a: { seq: number }) => a.seq));
    const sentAt = new Map<number, number>();
    const m: Measured = { latencies: [], byProcess: [[], []], seconds: 0, missed: 0 };
    const seqs = sockets.map(() => [] as number[]);
    sockets.forEach((s, n) =>
      s.on('event', (e: { seq: number; data: { message?: string } }) => {
        seqs[n]?.push(e.seq);
        const i = /^bench (\d+)$/.exec(e.data.message ?? '')?.[1];
        const t0 = i === undefined ? undefined : sentAt.get(Number(i));
        if (t0 === undefined) return;
        m.latencies.push(performance.now() - t0);
        m.byProcess[n % 2]?.push(performance.now() - t0);
      }),
    );
    m.seconds = await drive(async (i) => {
      const res = await fetch(`${url0}/api/v1/incidents/${incident.id}/updates`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ message: `bench ${i}` }),
      });
      if (!res.ok) throw new Error(`update: ${res.status} ${await res.text()}`);
    }, sentAt);
    const timeline = (await (
      await fetch(`${url0}/api/v1/incidents/${incident.id}/events?sinceSeq=${startSeq}&limit=500`, {
        headers,
      })
    ).json()) as { items: { seq: number }[] };
    const expected = timeline.items.map((e) => e.seq);
    m.missed = seqs.reduce((sum, got) => sum + expected.filter((s) => !got.includes(s)).length, 0);
    const outOfOrder = seqs.filter((got) => got.some((s, i) => i > 0 && s <= (got[i - 1] ?? 0)));
    const cordon = report('cordon: request → every client', m);
    process.stdout.write(
      `    events written ${expected.length}, clients out of order ${outOfOrder.length}, ` +
        `api peak RSS ${apis.map((a) => hwmMb(a.pid).toFixed(0)).join(' / ')} MB, ` +
        `bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
    );
    sockets.forEach((s) => s.close());
    const raw = await rawRun(scratch.url);
    process.stdout.write(`  p99 cordon / raw: ${(cordon / raw).toFixed(2)}\n`);
    if (m.missed > 0 || outOfOrder.length > 0) process.exitCode = 1;
  } finally {
    apis.forEach((a) => a.kill('SIGTERM'));
    await sleep(1000);
    await scratch.drop();
  }
}

main().then(
  () => process.exit(),
  (err: unknown) => {
    process.stderr.write(`bench live-processes: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
