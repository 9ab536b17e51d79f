// node tools/run-ts.mjs bench/broadcast.ts [--staff=10000] [--email-concurrency=10]
//   [--sms-concurrency=20] [--sms-per-second=5000]
// A broadcast to N staff by email and SMS, end to end: the api and the worker as their
// production builds in processes of their own, on a scratch database beside DATABASE_URL
// (dropped afterwards) and a Redis key prefix of their own; the SMTP sink and the Twilio
// double in a third process (bench/raw-senders-sinks.ts). It times the broadcast from the
// POST to `completed` and prints deliveries per second, per channel and together; then,
// in the same run, the raw rates of nodemailer → sink and twilio → double
// (bench/raw-senders.ts, same message count and in-flight limits) and the ratios.
import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@cordon/platform';
import { freePort, workspaceRoot } from '@cordon/platform/testing';
import { createDataSource, ensureDatabase } from '../tools/db/data-source';
import type { SinksReady, SinksRequest } from './raw-senders-sinks';

const root = workspaceRoot();
function arg(name: string, fallback: number): number {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
}
const STAFF = arg('staff', 10_000);
const EMAIL_CONCURRENCY = arg('email-concurrency', 10);
const SMS_CONCURRENCY = arg('sms-concurrency', 20);
const SMS_PER_SECOND = arg('sms-per-second', 5_000);
const profile = (): string[] => {
  const dir = process.env['BENCH_CPU_PROF'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
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
      `Bench Member ${i},bench${i}@council.example,+4477${String(i).padStart(8, '0')},` +
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
    const m = label.exec(raw.stdout);
    if (!m) throw new Error(`no rate in: ${raw.stdout}`);
    return Number(m[1]!.replace(/,/g, ''));
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
  const dbUrl = new URL(base.databaseUrl);
  const name = `cordon_bench_${randomBytes(4).toString('hex')}`;
  dbUrl.pathname = `/${name}`;
  await ensureDatabase(dbUrl.toString());
  const migrator = createDataSource(dbUrl.toString());
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();

  const sinks = await startSinks();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL: base.redisUrl,
    QUEUE_PREFIX: `bench_${randomBytes(3).toString('hex')}`,
    PORT: String(port),
    PUBLIC_URL: url,
    JWT_SECRET: randomBytes(24).toString('hex'),
    ADMIN_EMAIL: 'bench@council.example',
    ADMIN_PASSWORD: 'bench-password',
    SMTP_URL: sinks.ready.smtpUrl,
    TWILIO_ACCOUNT_SID: sinks.ready.twilio.accountSid,
    TWILIO_AUTH_TOKEN: sinks.ready.twilio.authToken,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE_URL: sinks.ready.twilio.url,
    EMAIL_CONCURRENCY: String(EMAIL_CONCURRENCY),
    SMS_CONCURRENCY: String(SMS_CONCURRENCY),
    SMS_PER_SECOND: String(SMS_PER_SECOND),
    LOG_LEVEL: 'error',
  };
  const children: ChildProcess[] = [];
  const cleanup = async () => {
    for (const c of children) c.kill('SIGTERM');
    sinks.child.send('stop');
    await sleep(500);
    const maintenance = new URL(base.databaseUrl);
    maintenance.pathname = '/postgres';
    const admin = new DataSource({ type: 'postgres', url: maintenance.toString() });
    await admin.initialize();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.destroy();
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
    while (
      !(await fetch(`${url}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      ))
    )
      await sleep(100);

    const login = (await (
      await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'bench@council.example', password: 'bench-password' }),
      })
    ).json()) as { accessToken: string; user: { id: string } };
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

    const started = performance.now();
    const accepted = await post(
      `incidents/${incident.id}/broadcasts`,
      {
        audience: { all: true },
        channels: ['email', 'sms'],
        subject: '{{reference}}: network closures',
        body: '{{name}}, your network {{lan}} closes at 14:00 for cleaning. Next update by {{nextUpdate}}.',
        requireAck: true,
      },
      { 'idempotency-key': 'bench' },
    );
    const acceptedMs = performance.now() - started;
    let firstMail = 0;
    let lastMail = 0;
    let lastSms = 0;
    let totals: Record<string, number> = {};
    for (;;) {
      const counts = await sinks.ask<{ mail: number; sms: number }>('count');
      const now = performance.now() - started;
      if (!firstMail && counts.mail > 0) firstMail = now;
      if (counts.mail >= STAFF && !lastMail) lastMail = now;
      if (counts.sms >= STAFF && !lastSms) lastSms = now;
      const view = (await (
        await fetch(`${url}/api/v1/broadcasts/${accepted.id}`, { headers })
      ).json()) as {
        status: string;
        totals: Record<string, number>;
      };
      totals = view.totals;
      if (view.status === 'completed') break;
      if (now > 600_000) throw new Error(`not completed: ${JSON.stringify(totals)}`);
      await sleep(100);
    }
    const completedMs = performance.now() - started;
    const counts = await sinks.ask<{ mail: number; sms: number }>('count');
    if (counts.mail !== STAFF || counts.sms !== STAFF || totals['sent'] !== 2 * STAFF)
      throw new Error(
        `expected ${STAFF} of each: sink ${counts.mail}, double ${counts.sms}, totals ${JSON.stringify(totals)}`,
      );

    const e2e = {
      all: (2 * STAFF) / (completedMs / 1000),
      mail: STAFF / ((lastMail || completedMs) / 1000),
      sms: STAFF / ((lastSms || completedMs) / 1000),
    };
    for (const c of children) c.kill('SIGTERM');
    children.length = 0;
    await sleep(1_000);
    const raw = rawRates();
    // the raw pair sending side by side, as the pipeline does: the slower channel's time
    const rawAll = (2 * STAFF) / Math.max(STAFF / raw.mail, STAFF / raw.sms);
    const f = (n: number) => Math.round(n).toLocaleString('en-GB');
    console.log(
      `broadcast bench: ${f(STAFF)} staff × email + SMS, 2 cores, api / worker / sinks in separate processes`,
    );
    console.log(
      `  accepted (202) after ${acceptedMs.toFixed(0)} ms; first email at ${firstMail.toFixed(0)} ms`,
    );
    console.log(
      `  email: ${f(STAFF)} in ${(lastMail / 1000).toFixed(2)} s = ${f(e2e.mail)}/s (raw ${f(raw.mail)}/s, ratio ${(e2e.mail / raw.mail).toFixed(2)})`,
    );
    console.log(
      `  sms:   ${f(STAFF)} in ${(lastSms / 1000).toFixed(2)} s = ${f(e2e.sms)}/s (raw ${f(raw.sms)}/s, ratio ${(e2e.sms / raw.sms).toFixed(2)})`,
    );
    console.log(
      `  all:   ${f(2 * STAFF)} deliveries, completed in ${(completedMs / 1000).toFixed(2)} s = ${f(e2e.all)}/s (raw side by side ${f(rawAll)}/s, ratio ${(e2e.all / rawAll).toFixed(2)})`,
    );
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
