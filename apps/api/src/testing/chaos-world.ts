import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  Cluster,
  SmtpSink,
  ThrowawayPostgres,
  ThrowawayRedis,
  TwilioDouble,
  workspaceRoot,
} from '@cordon/platform/testing';
import { commsStaffCsv } from './comms-fixture';

export const EMAIL_CONCURRENCY = 10;
const ADMIN = { email: 'chief@council.example', password: 'a-long-admin-password' };
export const ITU = {
  soc: { email: 'itu-soc@council.example', name: 'Ian Soc' },
  edu: { email: 'itu-edu@council.example', name: 'Ed Edu' },
};

export interface ChaosServices {
  pg: ThrowawayPostgres;
  redis: ThrowawayRedis;
  sink: SmtpSink;
  double: TwilioDouble;
  cluster: Cluster;
  databaseUrl: string;
  logDir: string;
  close(): Promise<void>;
}

/**
 * A PostgreSQL, a Redis, an SMTP sink and a Twilio double of the test's own (never the
 * shared servers), the migrations applied, and `apis` + `workers` processes running
 * from the sources (tools/cluster) behind the balancer.
 */
export async function startChaosServices(apis = 2, workers = 2): Promise<ChaosServices> {
  const root = workspaceRoot();
  const pg = await ThrowawayPostgres.start();
  const redis = await ThrowawayRedis.start();
  const sink = await SmtpSink.start();
  const double = await TwilioDouble.start();
  // SMS calls take a while, as at Twilio: a kill mid-broadcast leaves texts in flight
  double.latencyMs = 150;
  const databaseUrl = pg.url('cordon');
  const logDir = join(root, 'tmp', `chaos-${randomBytes(4).toString('hex')}`);
  const migrate = spawnSync(
    process.execPath,
    [join(root, 'tools/run-ts.mjs'), 'tools/migrate.ts'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    },
  );
  if (migrate.status !== 0) throw new Error(`migrate: ${migrate.stdout}${migrate.stderr}`);
  // CI has just built dist/apps/* (.ci/run): run that, which starts faster; elsewhere the
  // sources, so that the test never runs a stale build
  const built = ['api', 'worker'].every((app) =>
    existsSync(join(root, `dist/apps/${app}/main.js`)),
  );
  const runner = process.env['CI'] && built ? 'dist' : 'source';
  // a copy of its own: a build started meanwhile (worker-crash.e2e-spec) cannot change it
  const distDir = join(logDir, 'dist');
  if (runner === 'dist')
    for (const app of ['api', 'worker']) {
      mkdirSync(join(distDir, app), { recursive: true });
      copyFileSync(join(root, `dist/apps/${app}/main.js`), join(distDir, app, 'main.js'));
    }
  const cluster = await Cluster.start({
    apis,
    workers,
    runner,
    distDir,
    readyTimeoutMs: 240_000, // a 2-core machine busy with other tests starts slowly
    logDir,
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'chaos',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_RATE_PER_MINUTE: '10000',
      SMTP_URL: sink.url,
      SMTP_TIMEOUT_MS: '2000',
      TWILIO_ACCOUNT_SID: double.accountSid,
      TWILIO_AUTH_TOKEN: double.authToken,
      TWILIO_FROM: '+15005550006',
      TWILIO_API_BASE_URL: double.url,
      TWILIO_TIMEOUT_MS: '2000',
      SMS_PER_SECOND: '1000',
      EMAIL_CONCURRENCY: String(EMAIL_CONCURRENCY),
      SMS_CONCURRENCY: '20',
      SEND_BACKOFF_MS: '200',
      QUEUE_LOCK_MS: '3000',
      QUEUE_STALLED_INTERVAL_MS: '1000',
      COMMS_SCAN_SECONDS: '2',
      LOG_LEVEL: 'info',
    },
  });
  return {
    pg,
    redis,
    sink,
    double,
    cluster,
    databaseUrl,
    logDir,
    async close() {
      await cluster.stop();
      await sink.stop();
      await double.stop();
      await redis.destroy();
      await pg.destroy();
      // KEEP_CHAOS_LOGS=1 keeps the processes' logs (tmp/chaos-*) for a look afterwards
      if (!process.env['KEEP_CHAOS_LOGS']) rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** JSON over HTTP to one base URL as one token; the caller checks the status. */
export function client(baseUrl: string, token?: string) {
  const call = async (method: string, path: string, body?: unknown, headers = {}) => {
    const res = await fetch(`${baseUrl}/api/v1/${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(typeof body === 'string' ? { 'content-type': 'text/csv' } : {}),
        ...(body && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const ok = async (method: string, path: string, body?: unknown, headers = {}) => {
    const res = await call(method, path, body, headers);
    if (res.status >= 300)
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return { call, ok };
}

export interface ChaosWorld {
  incidentId: string;
  reference: string;
  owner: string;
  ownerEmail: string;
  command: string;
  itu: { soc: string; edu: string };
  departments: { SOC: string; EDU: string };
}

async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const body = await client(baseUrl).ok('POST', 'auth/login', { email, password });
  return body.accessToken as string;
}

/** A council of `n` staff, an owner, command staff, an ITU login per department and an active incident, all over HTTP. */
export async function createChaosWorld(baseUrl: string, n: number): Promise<ChaosWorld> {
  const admin = client(baseUrl, await login(baseUrl, ADMIN.email, ADMIN.password));
  const SOC = (await admin.ok('POST', 'departments', { code: 'SOC', name: 'Social Services' })).id;
  const EDU = (await admin.ok('POST', 'departments', { code: 'EDU', name: 'Education' })).id;
  const HALL = (await admin.ok('POST', 'sites', { code: 'HALL', name: 'Civic Hall' })).id;
  for (const [code, departmentId] of [
    ['SOC-HALL', SOC],
    ['EDU-HALL', EDU],
  ] as const)
    await admin.ok('POST', 'lans', { code, name: code, siteId: HALL, departmentId });
  const ownerEmail = 'margaret.owner@council.example';
  const csv =
    commsStaffCsv(n) +
    `Margaret Owner,${ownerEmail},+447999000001,SOC,HALL,SOC-HALL,yes\n` +
    `${ITU.soc.name},${ITU.soc.email},+447800000001,SOC,HALL,SOC-HALL,yes\n` +
    `${ITU.edu.name},${ITU.edu.email},+447800000004,EDU,HALL,EDU-HALL,yes\n`;
  const imported = await admin.ok('POST', 'staff/import', csv);
  if (imported.rejected.length) throw new Error(JSON.stringify(imported.rejected));
  const password = 'correct-horse-battery';
  const user = async (email: string, name: string, roles: string[], departmentId?: string) => {
    await admin.ok('POST', 'users', { email, name, password, roles, departmentId });
    return login(baseUrl, email, password);
  };
  const owner = await user(ownerEmail, 'Margaret Owner', ['owner']);
  const command = await user('carl.cit@council.example', 'Carl CIT', ['command']);
  const itu = {
    soc: await user(ITU.soc.email, ITU.soc.name, ['itu'], SOC),
    edu: await user(ITU.edu.email, ITU.edu.name, ['itu'], EDU),
  };
  const incident = await client(baseUrl, owner).ok('POST', 'incidents', {
    title: 'W32.Welchia in Social Services and Education',
    severity: 1,
    summary: 'Hosts scanning TCP 135',
    updateCadenceMinutes: 60,
  });
  return {
    incidentId: incident.id,
    reference: incident.reference,
    owner,
    ownerEmail,
    command,
    itu,
    departments: { SOC, EDU },
  };
}

/** One query on the test's own database (a fresh connection: the server may have restarted). */
export async function query<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}
