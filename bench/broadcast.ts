// node tools/run-ts.mjs bench/broadcast.ts [--staff=1000,10000,100000] [--runs=both,email,sms]
//   [--email-concurrency=10] [--sms-concurrency=20] [--sms-per-second=5000] [--cold-max=N]
// Broadcasts to N staff end to end, for each N given: the api and the worker as their
// production builds in processes of their own, on a scratch database beside
// DATABASE_URL (dropped afterwards) and a Redis key prefix of their own; the SMTP sink
// and the Twilio double in a third process (bench/raw-senders-sinks.ts), as a mail
// server and Twilio would be. The staff are imported through the api's CSV import, in
// chunks of 20,000 lines. A cold broadcast first (V8 compiling, statements prepared,
// connections opened; shown apart), then each of --runs: by email and SMS, email only,
// SMS only — each timed from the POST to `completed` and checked against the sinks
// (exactly N per channel). Then, in the same run and for the same N,
// bench/raw-senders.ts with the same in-flight limits and messages of the same size;
// the raw figure for "email + SMS" is the raw senders sending both channels at once
// from one process, as the worker does. Printed per broadcast: rate beside raw and
// the ratio, time from the POST to the first message out, POST → arrival p50/p99, CPU
// per delivery of each process, PostgreSQL transactions per delivery, and the api's
// and worker's resident memory sampled every 100 ms through the broadcast; at the end
// a growth table over the sizes. BENCH_CPU_PROF=<dir> makes the worker write a V8 CPU
// profile there.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { createScratchDatabase } from '../tools/db/data-source';
import { benchEnv, benchLogin, waitForHealth } from './support/bench-api';
import { startSinks } from './support/bench-sinks';
import { staffCsv } from './support/bench-message';
import { Measured, measure } from './support/broadcast-measure';
import { statusMb } from './support/proc-stats';
import { RawRates, rawRates } from './support/raw-rates';

const root = workspaceRoot();
function arg(name: string, fallback: number): number {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
}
const SIZES = (process.argv.find((a) => a.startsWith('--staff='))?.slice(8) ?? '10000')
  .split(',')
  .map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--staff: whole numbers');
const EMAIL_CONCURRENCY = arg('email-concurrency', 10);
const SMS_CONCURRENCY = arg('sms-concurrency', 20);
const SMS_PER_SECOND = arg('sms-per-second', 5_000);
const IMPORT_CHUNK = 20_000;
/** Sizes above this get no cold broadcast first (at 100,000 the warm-up is lost in the run). */
const COLD_MAX = arg('cold-max', Infinity);
type Run = 'both' | 'email' | 'sms';
const CHANNELS: Record<Run, ('email' | 'sms')[]> = {
  both: ['email', 'sms'],
  email: ['email'],
  sms: ['sms'],
};
const RUNS = (
  process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 'both,email,sms'
)
  .split(',')
  .filter((r): r is Run => r in CHANNELS);
if (RUNS.length === 0) throw new Error('--runs: a list of both, email, sms');
const profile = (): string[] => {
  const dir = process.env['BENCH_CPU_PROF'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const f = (n: number) => Math.round(n).toLocaleString('en-GB');
const s2 = (ms: number) => (ms / 1000).toFixed(2);

interface SizeResult {
  staff: number;
  importMs: number;
  measured: Partial<Record<Run | 'cold', Measured>>;
  raw: RawRates;
  /** Lifetime peaks (VmHWM) of the api and the worker, MB: import and every broadcast. */
  hwm: { api: number; worker: number };
}

async function benchSize(STAFF: number): Promise<SizeResult> {
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const dbUrl = new URL(scratch.url);
  const stats = new Client({ connectionString: scratch.url });
  await stats.connect();
  const redis = new Redis(base.redisUrl, { lazyConnect: false });
  const sinks = await startSinks();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = benchEnv(dbUrl.toString(), port, {
    REDIS_URL: base.redisUrl,
    PUBLIC_URL: url,
    SMTP_URL: sinks.ready.smtpUrl,
    TWILIO_ACCOUNT_SID: sinks.ready.twilio.accountSid,
    TWILIO_AUTH_TOKEN: sinks.ready.twilio.authToken,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE_URL: sinks.ready.twilio.url,
    EMAIL_CONCURRENCY: String(EMAIL_CONCURRENCY),
    SMS_CONCURRENCY: String(SMS_CONCURRENCY),
    SMS_PER_SECOND: String(SMS_PER_SECOND),
  });
  const children: ChildProcess[] = [];
  try {
    const start = (main: string, execArgv: string[] = []) => {
      const child = spawn(process.execPath, [...execArgv, join(root, main)], {
        cwd: root,
        env,
        stdio: 'inherit',
      });
      children.push(child);
      return child;
    };
    const api = start('dist/apps/api/main.js');
    // BENCH_CPU_PROF=<dir>: the worker writes a V8 CPU profile there when it stops
    const worker = start('dist/apps/worker/main.js', profile());
    await waitForHealth(url);
    const login = await benchLogin(url);
    const headers = {
      authorization: `Bearer ${login.accessToken}`,
      'content-type': 'application/json',
    };
    const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
      const res = await fetch(`${url}/api/v1/${path}`, {
        method: 'POST',
        headers: { ...headers, ...extra },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const soc = (await post('departments', { code: 'SOC', name: 'Social Services' })).id;
    const edu = (await post('departments', { code: 'EDU', name: 'Education' })).id;
    const hall = (await post('sites', { code: 'HALL', name: 'Civic Hall' })).id;
    await post('lans', { code: 'SOC-HALL', name: 'SOC at Hall', siteId: hall, departmentId: soc });
    await post('lans', { code: 'EDU-HALL', name: 'EDU at Hall', siteId: hall, departmentId: edu });
    const imported = performance.now();
    for (let from = 1; from <= STAFF; from += IMPORT_CHUNK)
      await post('staff/import', staffCsv(from, Math.min(STAFF, from + IMPORT_CHUNK - 1)), {
        'content-type': 'text/csv',
      });
    const importMs = performance.now() - imported;
    const incident = await post('incidents', {
      title: 'Bench: W32.Welchia',
      severity: 1,
      summary: 'broadcast bench',
      ownerId: login.user.id,
    });
    await sleep(2_000); // the owner's own notice goes out first
    const ctx = {
      url,
      headers,
      incidentId: String(incident.id),
      staff: STAFF,
      pids: { api: api.pid, worker: worker.pid, sinks: sinks.child.pid },
      dbName: dbUrl.pathname.slice(1),
      stats,
      ask: sinks.ask,
      redis,
    };
    const measured: SizeResult['measured'] = {};
    const first = RUNS[0] ?? 'both';
    // each broadcast is printed as it ends too (a long run stopped early keeps what it had)
    const timed = async (name: string, channels: ('email' | 'sms')[]) => {
      const m = await measure(ctx, `bench-${name}`, channels);
      console.log(
        `  [${f(STAFF)} staff, ${name}: ${f(m.deliveries)} in ${s2(m.completedMs)} s, ` +
          `first out ${s2(m.arrivals[0] ?? NaN)} s, worker RSS peak ${f(m.rss['worker']?.peakMb ?? NaN)} MB, ` +
          `api ${f(m.rss['api']?.peakMb ?? NaN)} MB, Redis ${f(m.redisMb.before)} → ${f(m.redisMb.after)} MB]`,
      );
      return m;
    };
    if (STAFF <= COLD_MAX) measured.cold = await timed('cold', CHANNELS[first]);
    for (const run of RUNS) measured[run] = await timed(run, CHANNELS[run]);
    const hwm = { api: statusMb(api.pid, 'VmHWM'), worker: statusMb(worker.pid, 'VmHWM') };
    for (const c of children) c.kill('SIGTERM');
    children.length = 0;
    await sleep(1_000);
    const raw = rawRates(root, {
      messages: STAFF,
      emailConcurrency: EMAIL_CONCURRENCY,
      smsConcurrency: SMS_CONCURRENCY,
      runs: RUNS,
    });
    return { staff: STAFF, importMs, measured, raw, hwm };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    sinks.child.send('stop');
    await sleep(500);
    await stats.end();
    redis.disconnect();
    await scratch.drop();
  }
}

function report(r: SizeResult): void {
  const rawOf: Record<Run, number> = { both: r.raw.both, email: r.raw.email, sms: r.raw.sms };
  const per = (m: Measured, seconds: number) => ((seconds * 1000) / m.deliveries).toFixed(2);
  const rate = (m: Measured) => m.deliveries / (m.completedMs / 1000);
  const line = (name: string, m: Measured, raw: number) => {
    const rss = (p: string) =>
      `${f(m.rss[p]?.startMb ?? NaN)} → peak ${f(m.rss[p]?.peakMb ?? NaN)} MB`;
    return (
      `  ${name.padEnd(16)} ${f(m.deliveries).padStart(7)} deliveries in ${s2(m.completedMs)} s ` +
      `(202 after ${m.acceptedMs.toFixed(0)} ms) = ${f(rate(m))}/s; raw ${f(raw)}/s; ratio ${(rate(m) / raw).toFixed(2)}\n` +
      `${' '.repeat(19)}POST → first message out ${s2(m.arrivals[0] ?? NaN)} s; → arrival p50 ${s2(quantile(m.arrivals, 0.5))} s, ` +
      `p99 ${s2(quantile(m.arrivals, 0.99))} s; RSS api ${rss('api')}, worker ${rss('worker')}; ` +
      `Redis used memory ${f(m.redisMb.before)} → ${f(m.redisMb.after)} MB\n` +
      `${' '.repeat(19)}cpu ms/delivery: worker ${per(m, m.workerCpu)}, sinks ${per(m, m.sinksCpu)}, ` +
      `postgres ${per(m, m.pgCpu)}, redis ${per(m, m.redisCpu)}, api ${per(m, m.apiCpu)}; ` +
      `postgres transactions per delivery ${(m.pgCommits / m.deliveries).toFixed(3)}`
    );
  };
  console.log(
    `broadcast bench: ${f(r.staff)} staff (imported in ${s2(r.importMs)} s), api / worker / sinks in separate processes, ` +
      `${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const first = RUNS[0] ?? 'both';
  const cold = r.measured.cold;
  if (cold) console.log(line(`cold: ${first}`, cold, rawOf[first]));
  const both = r.measured.both;
  if (both) {
    console.log(line('email + SMS', both, r.raw.both));
    console.log(
      `    within it: email done at ${s2(both.mailMs)} s, SMS at ${s2(both.smsMs)} s, ` +
        `when ${f(both.mailAtSms)} emails were in`,
    );
  }
  if (r.measured.email) console.log(line('email only', r.measured.email, r.raw.email));
  if (r.measured.sms) console.log(line('SMS only', r.measured.sms, r.raw.sms));
  console.log(
    `  lifetime peak RSS (VmHWM, import included): api ${f(r.hwm.api)} MB, worker ${f(r.hwm.worker)} MB`,
  );
  console.log(
    `  settings: EMAIL_CONCURRENCY=${EMAIL_CONCURRENCY}, SMTP_MAX_CONNECTIONS=5, SMS_CONCURRENCY=${SMS_CONCURRENCY}, SMS_PER_SECOND=${SMS_PER_SECOND}`,
  );
  console.log(
    r.raw.output
      .split('\n')
      .map((l) => `  raw: ${l}`)
      .join('\n'),
  );
}

function growth(results: SizeResult[]): void {
  const run = RUNS[0] ?? 'both';
  const rawOf = (r: SizeResult) => (run === 'both' ? r.raw.both : r.raw[run]);
  console.log(`growth (${run}, the warm broadcast):`);
  console.log(
    '  staff | deliveries | time s | /s | raw /s | ratio | first out s | p50 s | p99 s | worker RSS peak MB | api RSS peak MB | pg ms/dlv | redis ms/dlv | worker ms/dlv | time ÷ previous',
  );
  let previous: Measured | undefined;
  for (const r of results) {
    const m = r.measured[run];
    if (!m) continue;
    const rate = m.deliveries / (m.completedMs / 1000);
    const per = (s: number) => ((s * 1000) / m.deliveries).toFixed(2);
    console.log(
      `  ${f(r.staff)} | ${f(m.deliveries)} | ${s2(m.completedMs)} | ${f(rate)} | ${f(rawOf(r))} | ${(rate / rawOf(r)).toFixed(2)} | ` +
        `${s2(m.arrivals[0] ?? NaN)} | ${s2(quantile(m.arrivals, 0.5))} | ${s2(quantile(m.arrivals, 0.99))} | ` +
        `${f(m.rss['worker']?.peakMb ?? NaN)} | ${f(m.rss['api']?.peakMb ?? NaN)} | ${per(m.pgCpu)} | ${per(m.redisCpu)} | ${per(m.workerCpu)} | ` +
        `${previous ? (m.completedMs / previous.completedMs).toFixed(2) : '-'}`,
    );
    previous = m;
  }
}

async function main(): Promise<void> {
  const build = spawnSync(
    join(root, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', 'api', 'worker', '--output-style=static'],
    { cwd: root },
  );
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}`);
  const results: SizeResult[] = [];
  for (const staff of SIZES) {
    const result = await benchSize(staff);
    report(result);
    results.push(result);
  }
  if (results.length > 1) growth(results);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
