// node tools/run-ts.mjs bench/status-crowd.ts [--levels=100,1000,5000] [--seconds=10]
//   [--staff=5000] [--clients=5000] [--changes=4]
// The status page under a crowd. The api, the worker and the console as their production
// builds on a scratch database and a Redis prefix of their own, the SMTP sink and the
// Twilio double in a process of their own (bench/raw-senders-sinks.ts). An incident with
// two LANs; broadcasts to every member of staff by email and SMS one after another for
// the whole run, so the worker is busy sending and the api hears their progress events.
// Meanwhile Debian's wrk (loopback, 2 threads, Accept-Encoding: gzip, --latency) at each
// number of connections against GET /api/v1/status, the status page (/status) and its
// JS and CSS, and the raw limit: the same api process serving a small static file of the
// console's build (/index.html, 639 bytes). Then N socket.io clients on the public status
// namespace (/status) and LAN phase changes POSTed by the owner: the time from the POST to
// each client's receipt of the new phase, none missed.
import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { createScratchDatabase } from '../tools/db/data-source';
import type { SinksReady, SinksRequest } from './raw-senders-sinks';
import { benchEnv, benchLogin, waitForHealth } from './support/bench-api';
import { BENCH_TEMPLATE, benchName } from './support/bench-message';

const root = workspaceRoot();
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const LEVELS = arg('levels', '100,1000,5000').split(',').map(Number);
const SECONDS = Number(arg('seconds', '10'));
const STAFF = Number(arg('staff', '5000'));
const CLIENTS = Number(arg('clients', '5000'));
const CHANGES = Number(arg('changes', '4'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const f = (n: number) => Math.round(n).toLocaleString('en-GB');

interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: string;
}

/** Milliseconds from wrk's "1.23ms" / "456.00us" / "2.01s". */
function ms(text: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(text);
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

function wrk(url: string, connections: number, headers: string[]): WrkResult {
  const out = spawnSync(
    '/usr/bin/wrk',
    [
      '-t2',
      `-c${connections}`,
      `-d${SECONDS}s`,
      '--timeout',
      '10s',
      '--latency',
      ...headers.flatMap((h) => ['-H', h]),
      url,
    ],
    { encoding: 'utf8' },
  );
  if (out.status !== 0) throw new Error(`wrk: ${out.stderr}`);
  const text = out.stdout;
  const errors = [
    /Socket errors: ([^\n]+)/.exec(text)?.[1],
    /Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1]?.replace(/^/, 'non-2xx '),
  ]
    .filter(Boolean)
    .join('; ');
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1]),
    p50: ms(/\s50%\s+(\S+)/.exec(text)?.[1] ?? ''),
    p99: ms(/\s99%\s+(\S+)/.exec(text)?.[1] ?? ''),
    requests: Number(/(\d+) requests in/.exec(text)?.[1]),
    errors: errors || 'none',
  };
}

/**
 * Waits until the api has worked through what the last run left queued (wrk's closed
 * connections are still in its accept queue): a small file answered within 100 ms twice.
 */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const t0 = performance.now();
    // a connection the api dropped under the last run's crowd is not an answer: ask again
    const answered = await fetch(`${url}/index.html`).then(
      (r) => r.arrayBuffer().then(() => true),
      () => false,
    );
    quick = answered && performance.now() - t0 < 100 ? quick + 1 : 0;
    await sleep(200);
  }
}

async function startSinks() {
  const child = fork(join(root, 'bench/raw-senders-sinks.ts'), {
    stdio: 'inherit',
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
  });
  const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
  const ready = (await next()) as SinksReady;
  const ask = (request: SinksRequest) => {
    const answer = next();
    child.send(request);
    return answer;
  };
  return { ready, ask, child };
}

function staffCsv(n: number): string {
  const lines = ['name,email,mobile,department,site,lan,smsConsent'];
  for (let i = 1; i <= n; i++)
    lines.push(
      `${benchName(i)},crowd${i}@council.example,+4477${String(i).padStart(8, '0')},` +
        `${i % 2 ? 'SOC,HALL,SOC-HALL' : 'EDU,HALL,EDU-HALL'},yes`,
    );
  return lines.join('\n') + '\n';
}

async function connectStatusClients(url: string): Promise<{ socket: Socket; views: unknown[] }[]> {
  const clients: { socket: Socket; views: unknown[] }[] = [];
  for (let i = 0; i < CLIENTS; i += 100) {
    const batch = Array.from({ length: Math.min(100, CLIENTS - i) }, () => {
      const socket = io(`${url}/status`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      return { socket, views: [] as unknown[] };
    });
    await Promise.all(
      batch.map(
        (c) =>
          new Promise<void>((ok, no) => {
            c.socket.once('status.updated', () => ok());
            c.socket.once('connect_error', no);
          }),
      ),
    );
    clients.push(...batch);
  }
  return clients;
}

async function main(): Promise<void> {
  // BENCH_SKIP_BUILD=1: the builds in dist are used as they are
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    const build = spawnSync(
      join(root, 'node_modules/.bin/nx'),
      ['run-many', '-t', 'build', '-p', 'api', 'worker', 'console', '--output-style=static'],
      { cwd: root, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}`);
  }
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const sinks = await startSinks();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = benchEnv(scratch.url, port, {
    REDIS_URL: base.redisUrl,
    PUBLIC_URL: url,
    SMTP_URL: sinks.ready.smtpUrl,
    TWILIO_ACCOUNT_SID: sinks.ready.twilio.accountSid,
    TWILIO_AUTH_TOKEN: sinks.ready.twilio.authToken,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE_URL: sinks.ready.twilio.url,
    CONSOLE_DIR: join(root, 'dist/apps/console'),
  });
  const children: ChildProcess[] = [];
  let stopping = false;
  try {
    for (const app of ['api', 'worker'])
      children.push(
        spawn(process.execPath, [join(root, `dist/apps/${app}/main.js`)], {
          cwd: root,
          env,
          stdio: 'inherit',
        }),
      );
    await waitForHealth(url);
    const login = await benchLogin(url);
    const headers = {
      authorization: `Bearer ${login.accessToken}`,
      'content-type': 'application/json',
    };
    const call = async (method: string, path: string, body?: unknown, extra = {}) => {
      const send = () =>
        fetch(`${url}/api/v1/${path}`, {
          method,
          headers: { ...headers, ...extra },
          body:
            body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        });
      // under wrk's crowd the api may drop a kept-alive connection: ask again (reads, and
      // the broadcast's POST carries an idempotency key)
      let res: Response | undefined;
      for (let attempt = 0; !res; attempt++)
        res = await send().catch((err: unknown) => {
          if (attempt >= 5) throw err;
          return sleep(500).then(() => undefined);
        });
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const soc = (await call('POST', 'departments', { code: 'SOC', name: 'Social Services' })).id;
    const edu = (await call('POST', 'departments', { code: 'EDU', name: 'Education' })).id;
    const hall = (await call('POST', 'sites', { code: 'HALL', name: 'Civic Hall' })).id;
    const lans = [
      await call('POST', 'lans', {
        code: 'SOC-HALL',
        name: 'SOC',
        siteId: hall,
        departmentId: soc,
      }),
      await call('POST', 'lans', {
        code: 'EDU-HALL',
        name: 'EDU',
        siteId: hall,
        departmentId: edu,
      }),
    ].map((l) => ({ id: String(l.id), code: String(l.code) }));
    await call('POST', 'staff/import', staffCsv(STAFF), { 'content-type': 'text/csv' });
    const incident = await call('POST', 'incidents', {
      title: 'Bench: W32.Welchia',
      severity: 1,
      summary: 'status crowd bench',
      ownerId: login.user.id,
    });
    await call('POST', `incidents/${incident.id}/lans`, { lanIds: lans.map((l) => l.id) });

    // broadcasts one after another for the whole run
    let broadcasts = 0;
    let current = '';
    const broadcaster = (async () => {
      while (!stopping) {
        if (current) {
          const view = await call('GET', `broadcasts/${current}`);
          if (view.status !== 'completed') {
            await sleep(1_000);
            continue;
          }
          broadcasts++;
        }
        const accepted = await call(
          'POST',
          `incidents/${incident.id}/broadcasts`,
          { audience: { all: true }, channels: ['email', 'sms'], ...BENCH_TEMPLATE },
          { 'idempotency-key': `crowd-${broadcasts}` },
        );
        current = String(accepted.id);
        await sinks.ask('reset');
      }
    })();
    await sleep(2_000);

    const page = readFileSync(join(root, 'dist/apps/console/status.html'), 'utf8');
    const asset = (ext: string) => new RegExp(`/assets/status-[\\w-]+\\.${ext}`).exec(page)?.[0];
    const targets: [string, string, string[]][] = [
      ['GET /api/v1/status', '/api/v1/status', []],
      ['GET /api/v1/status (If-None-Match: 304)', '/api/v1/status', ['etag']],
      ['GET /status (the page, 3.8 kB)', '/status', []],
      [`GET ${asset('js')}`, asset('js') ?? '', []],
      [`GET ${asset('css')}`, asset('css') ?? '', []],
      ['raw: GET /index.html (static, 639 B)', '/index.html', []],
    ];
    const etag = (await fetch(`${url}/api/v1/status`)).headers.get('etag') ?? '';
    console.log(
      `status crowd: wrk -t2 -d${SECONDS}s --latency, Accept-Encoding: gzip, on loopback; ` +
        `during broadcasts to ${f(STAFF)} staff (email + SMS); ${cpus().length} cores`,
    );
    const results: { name: string; c: number; r: WrkResult }[] = [];
    for (const c of LEVELS) {
      await settle(url);
      const raw = wrk(`${url}/index.html`, c, ['Accept-Encoding: gzip']);
      for (const [name, path, extra] of targets) {
        if (path !== '/index.html') await settle(url);
        const r =
          path === '/index.html'
            ? raw
            : wrk(`${url}${path}`, c, [
                'Accept-Encoding: gzip',
                ...(extra.includes('etag') ? [`If-None-Match: ${etag}`] : []),
              ]);
        results.push({ name, c, r });
        console.log(
          `  c=${String(c).padEnd(5)} ${name.padEnd(44)} ${f(r.rps).padStart(7)} req/s  p50 ${r.p50.toFixed(1)} ms  ` +
            `p99 ${r.p99.toFixed(1)} ms  (raw ${f(raw.rps)} req/s, p99 ${raw.p99.toFixed(1)} ms; ` +
            `ratio req/s ${(r.rps / raw.rps).toFixed(2)}, p99 ${(r.p99 / raw.p99).toFixed(2)}×)  errors: ${r.errors}`,
        );
      }
    }
    console.log(`  broadcasts completed during the wrk runs: ${broadcasts} (one more in progress)`);

    // N clients on the public status namespace; the owner changes LAN phases
    const clients = await connectStatusClients(url);
    const phases = ['shut_down', 'cleaning'];
    const latencies: number[] = [];
    let missed = 0;
    for (let k = 0; k < CHANGES; k++) {
      const lan = lans[k % lans.length] ?? lans[0];
      const to = phases[Math.floor(k / lans.length) % phases.length] ?? 'shut_down';
      const seen = (v: { incidents: { lans: { code: string; phase: string }[] }[] }) =>
        v.incidents.some((i) => i.lans.some((l) => l.code === lan.code && l.phase === to));
      let t0 = 0;
      const arrived = clients.map(
        (c) =>
          new Promise<number | null>((resolve) => {
            const timer = setTimeout(
              () => (c.socket.off('status.updated', on), resolve(null)),
              15_000,
            );
            const on = (v: Parameters<typeof seen>[0]) => {
              if (!seen(v)) return;
              clearTimeout(timer);
              c.socket.off('status.updated', on);
              resolve(performance.now() - t0);
            };
            c.socket.on('status.updated', on);
          }),
      );
      t0 = performance.now();
      await call('POST', `incidents/${incident.id}/lans/${lan.id}/transitions`, {
        to,
        reason: 'bench',
      });
      for (const t of await Promise.all(arrived))
        if (t === null) missed++;
        else latencies.push(t);
      await sleep(1_000);
    }
    const sorted = latencies.sort((a, b) => a - b);
    console.log(
      `  ${f(CLIENTS)} socket.io clients on /status, ${CHANGES} LAN phase changes: POST → each client ` +
        `p50 ${pct(sorted, 50).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms, ` +
        `receipts ${f(latencies.length)}, missed ${missed}`,
    );
    clients.forEach((c) => c.socket.close());
    stopping = true;
    await broadcaster.catch(() => undefined);
    if (missed > 0) process.exitCode = 1;
  } finally {
    stopping = true;
    for (const c of children) c.kill('SIGTERM');
    sinks.child.send('stop');
    await sleep(1_000);
    await scratch.drop();
  }
}

main().then(
  () => process.exit(),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
