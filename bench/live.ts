// node tools/run-ts.mjs bench/live.ts [clients=2000] [events=200] [perSecond=20]
// Connects N socket.io clients to one incident on an api process (the production build,
// its own process, on a scratch database), writes events through the HTTP API
// (POST /incidents/:id/updates) at a steady rate, and prints the latency from the
// request being sent to the event's receipt, across all clients, and how many events any
// client missed. Beside it, measured in the same run with the same clients and rate: a
// bare socket.io server broadcasting to as many clients (the raw limit).
import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { createScratchDatabase } from '../tools/db/data-source';
import { benchEnv, benchLogin, waitForHealth } from './support/bench-api';

const [CLIENTS, EVENTS, PER_SECOND] = [2000, 200, 20].map((d, i) =>
  Number(process.argv[2 + i] ?? d),
);
const root = workspaceRoot();

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const hwmMb = (pid: number) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function connectAll(url: string, auth: object): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < CLIENTS; i += 100) {
    const batch = Array.from({ length: Math.min(100, CLIENTS - i) }, () =>
      io(`${url}/live`, { auth, transports: ['websocket'], reconnection: false, forceNew: true }),
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

function report(name: string, latencies: number[], seconds: number, missed: number): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  process.stdout.write(
    `  ${name.padEnd(34)} receipts=${latencies.length}  ${(latencies.length / seconds).toFixed(0)}/s  ` +
      `p50=${pct(sorted, 50).toFixed(1)} ms  p99=${pct(sorted, 99).toFixed(1)} ms  max=${sorted[sorted.length - 1].toFixed(1)} ms  missed=${missed}\n`,
  );
}

async function rawRun(): Promise<{ p99: number }> {
  const server = fork(join(root, 'bench/support/raw-socketio-server.mjs'), { stdio: 'ignore' });
  const port = await new Promise<number>((r) =>
    server.once('message', (m: { port: number }) => r(m.port)),
  );
  const url = `http://127.0.0.1:${port}`;
  const sockets = await connectAll(url, {});
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const got = sockets.map(() => 0);
  sockets.forEach((s, n) =>
    s.on('raw', (m: { i: number }) => {
      latencies.push(performance.now() - (sentAt.get(m.i) ?? NaN));
      got[n]++;
    }),
  );
  const started = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    sentAt.set(i, performance.now());
    await fetch(`${url}/emit?i=${i}`, { method: 'POST' });
    await sleep(Math.max(0, started + ((i + 1) * 1000) / PER_SECOND - performance.now()));
  }
  await sleep(1000);
  const seconds = (performance.now() - started) / 1000;
  report(
    'raw socket.io broadcast',
    latencies,
    seconds,
    got.reduce((m, g) => m + (EVENTS - g), 0),
  );
  sockets.forEach((s) => s.close());
  process.stdout.write(`    raw server peak RSS ${hwmMb(server.pid!).toFixed(0)} MB\n`);
  server.kill();
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p99: pct(sorted, 99) };
}

async function main(): Promise<void> {
  const build = spawnSync(
    join(root, 'node_modules/.bin/nx'),
    ['run', 'api:build', '--output-style=static'],
    { cwd: root },
  );
  if (build.status !== 0) throw new Error('build failed');
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const dbUrl = new URL(scratch.url);

  const port = await freePort();
  let api: ChildProcess | undefined;
  try {
    api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
      cwd: root,
      stdio: 'ignore',
      env: benchEnv(dbUrl.toString(), port),
    });
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url);
    const { accessToken: token, user } = await benchLogin(url);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const incident = (await (
      await fetch(`${url}/api/v1/incidents`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          title: 'Bench',
          severity: 2,
          summary: 'live bench',
          ownerId: user.id,
        }),
      })
    ).json()) as { id: string };

    process.stdout.write(
      `live: ${CLIENTS} clients, ${EVENTS} events at ${PER_SECOND}/s (2 cores, api and clients in separate processes)\n`,
    );
    const sockets = await connectAll(url, { token });
    const acks = await Promise.all(
      sockets.map((s) => s.timeout(30_000).emitWithAck('subscribe', { incidentId: incident.id })),
    );
    const startSeq = Math.max(...acks.map((a: { seq: number }) => a.seq));
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const seqs = sockets.map(() => [] as number[]);
    sockets.forEach((s, n) =>
      s.on('event', (e: { seq: number; type: string; data: { message?: string } }) => {
        seqs[n].push(e.seq);
        if (e.type === 'incident.updated' || e.data.message?.startsWith('bench ')) {
          const t = sentAt.get(e.data.message ?? '');
          if (t !== undefined) latencies.push(performance.now() - t);
        }
      }),
    );
    const started = performance.now();
    for (let i = 0; i < EVENTS; i++) {
      const message = `bench ${i}`;
      sentAt.set(message, performance.now());
      const res = await fetch(`${url}/api/v1/incidents/${incident.id}/updates`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ message }),
      });
      if (!res.ok) throw new Error(`update: ${res.status} ${await res.text()}`);
      await sleep(Math.max(0, started + ((i + 1) * 1000) / PER_SECOND - performance.now()));
    }
    await sleep(2000);
    const seconds = (performance.now() - started) / 1000;
    const timeline = (await (
      await fetch(`${url}/api/v1/incidents/${incident.id}/events?sinceSeq=${startSeq}&limit=500`, {
        headers,
      })
    ).json()) as {
      items: { seq: number }[];
    };
    const expected = timeline.items.map((e) => e.seq);
    const missed = seqs.reduce((m, got) => m + expected.filter((s) => !got.includes(s)).length, 0);
    const outOfOrder = seqs.filter((got) => got.some((s, i) => i > 0 && s <= got[i - 1])).length;
    report('cordon: commit → all clients', latencies, seconds, missed);
    process.stdout.write(
      `    events written ${expected.length}, clients out of order ${outOfOrder}, api peak RSS ${hwmMb(api.pid!).toFixed(0)} MB, bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
    );
    sockets.forEach((s) => s.close());
    const raw = await rawRun();
    const sorted = [...latencies].sort((a, b) => a - b);
    process.stdout.write(`  p99 cordon / raw: ${(pct(sorted, 99) / raw.p99).toFixed(2)}\n`);
    if (missed > 0 || outOfOrder > 0) process.exitCode = 1;
  } finally {
    api?.kill('SIGTERM');
    await sleep(500);
    await scratch.drop();
  }
}

main().then(
  () => process.exit(),
  (err: unknown) => {
    process.stderr.write(`bench live: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
