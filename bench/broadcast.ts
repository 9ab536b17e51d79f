// node tools/run-ts.mjs bench/broadcast.ts [--staff=10000] [--email-concurrency=10]
//   [--sms-concurrency=20] [--sms-per-second=5000] [--runs=both,email,sms]
// Broadcasts to N staff end to end: the api and the worker as their production builds
// in processes of their own, on a scratch database beside DATABASE_URL (dropped
// afterwards) and a Redis key prefix of their own; the SMTP sink and the Twilio double
// in a third process (bench/raw-senders-sinks.ts), as a mail server and Twilio would be.
// Three broadcasts, each timed from the POST to `completed` and checked against the
// sinks (exactly N per channel): by email and SMS, by email only, by SMS only. Then, in
// the same run, the raw rates of nodemailer → sink and twilio → double
// (bench/raw-senders.ts with the same count and in-flight limits), and the ratios. The
// raw figure for "email + SMS" is the raw senders doing the same work one after the
// other in one process (2N / (N/email rate + N/SMS rate)). Worker CPU per delivery is
// read from /proc. BENCH_CPU_PROF=<dir> makes the worker write a V8 CPU profile there.
import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { createScratchDatabase } from '../tools/db/data-source';
import type { SinksReady, SinksRequest, SinkTimes } from './raw-senders-sinks';
import { benchEnv, benchLogin, waitForHealth } from './support/bench-api';
import { BENCH_TEMPLATE, benchName } from './support/bench-message';

const root = workspaceRoot();
function arg(name: string, fallback: number): number {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
}
const STAFF = arg('staff', 10_000);
const EMAIL_CONCURRENCY = arg('email-concurrency', 10);
const SMS_CONCURRENCY = arg('sms-concurrency', 20);
const SMS_PER_SECOND = arg('sms-per-second', 5_000);
type Run = 'both' | 'email' | 'sms';
const CHANNELS: Record<Run, ('email' | 'sms')[]> = {
  both: ['email', 'sms'],
  email: ['email'],
  sms: ['sms'],
};
/** `--runs=sms`: only those broadcasts (after the cold one, on the first's channels). */
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
/**
 * CPU seconds (user + system) a process has used so far; with `reaped`, also what its
 * children that have exited used (PostgreSQL's backends, once the pool lets them go).
 */
const cpuSeconds = (pid: number | undefined, reaped = false): number => {
  if (!pid) return NaN;
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as number[];
  return ((utime ?? 0) + (stime ?? 0) + (reaped ? (cutime ?? 0) + (cstime ?? 0) : 0)) / 100;
};
/**
 * CPU seconds used so far by the processes named `comm` that `mine` accepts (by their
 * command line): PostgreSQL's backends of the bench's database, its own background
 * processes and the backends that have exited (counted by the postmaster, whatever
 * their database: nothing else should run beside the bench); the shared Redis.
 */
const cpuOf = (comm: string, mine: (cmdline: string) => boolean = () => true): number => {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== comm) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!mine(cmdline)) continue;
      total += cpuSeconds(Number(pid), comm === 'postgres' && !cmdline.startsWith('postgres:'));
    } catch {
      // gone meanwhile
    }
  }
  return total;
};
interface Measured {
  deliveries: number;
  acceptedMs: number;
  completedMs: number;
  mailMs: number;
  smsMs: number;
  /** Emails the sink had when the last SMS arrived. */
  mailAtSms: number;
  workerCpu: number;
  sinksCpu: number;
  apiCpu: number;
  pgCpu: number;
  redisCpu: number;
  pgCommits: number;
  /** From the POST to each message's arrival at the sink or double, ms, sorted. */
  arrivals: number[];
}

/** The q-quantile of sorted values. */
const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
/** Peak resident memory of a process so far, MB. */
const peakRssMb = (pid: number | undefined): number => {
  const found = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(found) / 1024);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startSinks() {
  const child = fork(join(root, 'bench/raw-senders-sinks.ts'), {
    stdio: 'inherit',
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
  });
  const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
  const ready = (await next()) as SinksReady;
  const ask = <T>(request: SinksRequest) => {
    const answer = next();
    child.send(request);
    return answer as Promise<T>;
  };
  return { ready, ask, child };
}

function staffCsv(n: number): string {
  const lines = ['name,email,mobile,department,site,lan,smsConsent'];
  for (let i = 1; i <= n; i++)
    lines.push(
      `${benchName(i)},bench${i}@council.example,+4477${String(i).padStart(8, '0')},` +
        `${i % 2 ? 'SOC,HALL,SOC-HALL' : 'EDU,HALL,EDU-HALL'},yes`,
    );
  return lines.join('\n') + '\n';
}

/** Runs bench/raw-senders.ts with the same count and in-flight limits; its rates in msg/s. */
function rawRates(): { mail: number; sms: number; output: string } {
  const raw = spawnSync(
    process.execPath,
    [
      join(root, 'tools/run-ts.mjs'),
      'bench/raw-senders.ts',
      `--messages=${STAFF}`,
      '--mail-connections=5',
      `--mail-concurrency=${EMAIL_CONCURRENCY}`,
      `--sms-concurrency=${SMS_CONCURRENCY}`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (raw.status !== 0) throw new Error(`raw senders failed: ${raw.stderr}`);
  const rate = (label: RegExp) => {
    const found = label.exec(raw.stdout)?.[1];
    if (!found) throw new Error(`no rate in: ${raw.stdout}`);
    return Number(found.replace(/,/g, ''));
  };
  return {
    mail: rate(/SmtpSink: ([\d,]+) msg\/s/),
    sms: rate(/TwilioDouble: ([\d,]+) msg\/s/),
    output: raw.stdout.trim(),
  };
}

async function main(): Promise<void> {
  const build = spawnSync(
    join(root, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', 'api', 'worker', '--output-style=static'],
    { cwd: root },
  );
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}`);
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const dbUrl = new URL(scratch.url);
  const dbName = dbUrl.pathname.slice(1);
  const pgCpu = () =>
    cpuOf('postgres', (cmd) => cmd.includes(` ${dbName} `) || !/\d+\)|\[local\]/.test(cmd));
  const stats = new Client({ connectionString: scratch.url });
  await stats.connect();
  /** Transactions committed in the bench's database so far (PostgreSQL's own counter). */
  const commits = async (): Promise<number> => {
    await stats.query('SELECT pg_stat_force_next_flush()');
    const { rows } = await stats.query<{ n: string }>(
      'SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()',
    );
    return Number(rows[0]?.n);
  };

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
  const cleanup = async () => {
    for (const c of children) c.kill('SIGTERM');
    sinks.child.send('stop');
    await sleep(500);
    await stats.end();
    await scratch.drop();
  };
  try {
    children.push(
      spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
        cwd: root,
        env,
        stdio: 'inherit',
      }),
    );
    children.push(
      // BENCH_CPU_PROF=<dir>: the worker writes a V8 CPU profile there when it stops
      spawn(process.execPath, [...profile(), join(root, 'dist/apps/worker/main.js')], {
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
    await post('staff/import', staffCsv(STAFF), { 'content-type': 'text/csv' });
    const incident = await post('incidents', {
      title: 'Bench: W32.Welchia',
      severity: 1,
      summary: 'broadcast bench',
      ownerId: login.user.id,
    });
    await sleep(2_000); // the owner's own notice goes out first
    await sinks.ask('reset');

    const apiPid = children[0]?.pid;
    const workerPid = children[1]?.pid;
    /** One broadcast to every member of staff on `channels`, timed from the POST to `completed`. */
    const measure = async (key: string, channels: ('email' | 'sms')[]): Promise<Measured> => {
      await sinks.ask('reset');
      const cpu = {
        worker: cpuSeconds(workerPid),
        sinks: cpuSeconds(sinks.child.pid),
        api: cpuSeconds(apiPid),
        pg: pgCpu(),
        commits: await commits(),
        redis: cpuOf('redis-server'),
      };
      const started = performance.now();
      const startedAt = Date.now();
      const accepted = await post(
        `incidents/${incident.id}/broadcasts`,
        {
          audience: { all: true },
          channels,
          ...BENCH_TEMPLATE,
          requireAck: true,
        },
        { 'idempotency-key': key },
      );
      const acceptedMs = performance.now() - started;
      let lastMail = 0;
      let lastSms = 0;
      let totals: Record<string, number> = {};
      let polled = 0;
      let mailAtSms = 0;
      // the sinks' counts are cheap to ask: polled often; the api (which counts the
      // deliveries in PostgreSQL) only once everything has arrived, so the bench's own
      // polling does not load the database it measures
      for (;;) {
        const counts = await sinks.ask<{ mail: number; sms: number }>('count');
        const now = performance.now() - started;
        if (counts.mail >= STAFF && !lastMail) lastMail = now;
        if (counts.sms >= STAFF && !lastSms) {
          lastSms = now;
          mailAtSms = counts.mail;
        }
        if (now > 600_000) throw new Error(`not sent: ${JSON.stringify(counts)}`);
        const arrived =
          (!channels.includes('email') || counts.mail >= STAFF) &&
          (!channels.includes('sms') || counts.sms >= STAFF);
        if (arrived || now - polled > 2_000) {
          polled = now;
          const view = (await (
            await fetch(`${url}/api/v1/broadcasts/${accepted.id}`, { headers })
          ).json()) as { status: string; totals: Record<string, number> };
          totals = view.totals;
          if (view.status === 'completed') break;
        }
        await sleep(arrived ? 20 : 50);
      }
      const completedMs = performance.now() - started;
      const counts = await sinks.ask<{ mail: number; sms: number }>('count');
      const want = {
        mail: channels.includes('email') ? STAFF : 0,
        sms: channels.includes('sms') ? STAFF : 0,
      };
      if (
        counts.mail !== want.mail ||
        counts.sms !== want.sms ||
        totals['sent'] !== want.mail + want.sms
      )
        throw new Error(
          `${key}: sink ${counts.mail}, double ${counts.sms}, totals ${JSON.stringify(totals)}`,
        );
      const times = await sinks.ask<SinkTimes>('times');
      const arrivals = [...times.mail, ...times.sms]
        .map((t) => t - startedAt)
        .sort((a, b) => a - b);
      return {
        arrivals,
        deliveries: want.mail + want.sms,
        acceptedMs,
        completedMs,
        mailMs: lastMail,
        smsMs: lastSms,
        mailAtSms,
        workerCpu: cpuSeconds(workerPid) - cpu.worker,
        sinksCpu: cpuSeconds(sinks.child.pid) - cpu.sinks,
        apiCpu: cpuSeconds(apiPid) - cpu.api,
        pgCpu: pgCpu() - cpu.pg,
        pgCommits: (await commits()) - cpu.commits,
        redisCpu: cpuOf('redis-server') - cpu.redis,
      };
    };
    // the first broadcast after the worker starts also pays for compiling the code paths
    // (V8), preparing statements and opening connections: shown apart, not in the ratios
    const first = RUNS[0] ?? 'both';
    const cold = await measure('bench-cold', CHANNELS[first]);
    const both = RUNS.includes('both') ? await measure('bench-both', CHANNELS.both) : null;
    const emailOnly = RUNS.includes('email') ? await measure('bench-email', CHANNELS.email) : null;
    const smsOnly = RUNS.includes('sms') ? await measure('bench-sms', CHANNELS.sms) : null;
    const peak = { api: peakRssMb(children[0]?.pid), worker: peakRssMb(workerPid) };
    for (const c of children) c.kill('SIGTERM');
    children.length = 0;
    await sleep(1_000);
    const raw = rawRates();
    // the raw senders doing the same work (N emails, then N SMS) in one process
    const rawBoth = (2 * STAFF) / (STAFF / raw.mail + STAFF / raw.sms);
    const f = (n: number) => Math.round(n).toLocaleString('en-GB');
    const perDelivery = (m: Measured, seconds: number) =>
      ((seconds * 1000) / m.deliveries).toFixed(2);
    const rate = (m: Measured) => m.deliveries / (m.completedMs / 1000);
    const line = (name: string, m: Measured, rawRate: number) =>
      `  ${name.padEnd(16)} ${f(m.deliveries).padStart(6)} deliveries in ${(m.completedMs / 1000).toFixed(2)} s ` +
      `(202 after ${m.acceptedMs.toFixed(0)} ms) = ${f(rate(m))}/s; raw ${f(rawRate)}/s; ratio ${(rate(m) / rawRate).toFixed(2)}; ` +
      `POST → arrival p50 ${(quantile(m.arrivals, 0.5) / 1000).toFixed(2)} s, p99 ${(quantile(m.arrivals, 0.99) / 1000).toFixed(2)} s\n` +
      `${' '.repeat(19)}cpu ms/delivery: worker ${perDelivery(m, m.workerCpu)}, sinks ${perDelivery(m, m.sinksCpu)}, ` +
      `postgres ${perDelivery(m, m.pgCpu)}, redis ${perDelivery(m, m.redisCpu)}, api ${perDelivery(m, m.apiCpu)}; ` +
      `postgres transactions per delivery ${(m.pgCommits / m.deliveries).toFixed(3)}`;
    console.log(
      `broadcast bench: ${f(STAFF)} staff, api / worker / sinks in separate processes, ${cpus().length} cores`,
    );
    const rawOf: Record<Run, number> = { both: rawBoth, email: raw.mail, sms: raw.sms };
    console.log(line(`cold: ${first}`, cold, rawOf[first]));
    if (both) {
      console.log(line('email + SMS', both, rawBoth));
      console.log(
        `    within it: email done at ${(both.mailMs / 1000).toFixed(2)} s (${f(STAFF / (both.mailMs / 1000))}/s), ` +
          `SMS at ${(both.smsMs / 1000).toFixed(2)} s (${f(STAFF / (both.smsMs / 1000))}/s), ` +
          `when ${f(both.mailAtSms)} emails were in`,
      );
    }
    if (emailOnly) console.log(line('email only', emailOnly, raw.mail));
    if (smsOnly) console.log(line('SMS only', smsOnly, raw.sms));
    console.log(`  peak RSS: api ${peak.api} MB, worker ${peak.worker} MB`);
    console.log(
      `  settings: EMAIL_CONCURRENCY=${EMAIL_CONCURRENCY}, SMTP_MAX_CONNECTIONS=5, SMS_CONCURRENCY=${SMS_CONCURRENCY}, SMS_PER_SECOND=${SMS_PER_SECOND}`,
    );
    console.log(
      raw.output
        .split('\n')
        .map((l) => `  raw: ${l}`)
        .join('\n'),
    );
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
