import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BroadcastView } from '@cordon/contracts';
import { SmtpSink, ThrowawayRedis, TwilioDouble, workspaceRoot } from '@cordon/platform/testing';
import { ApiHarness, startApi } from '../testing/api-harness';
import { commsStaff, CommsWorld, createCommsWorld, db } from '../testing/comms-fixture';
import { deliveryOverrides } from '../testing/comms-worker';
import { as } from '../testing/incident-fixture';

const N = 3_000;
const EMAIL_CONCURRENCY = 10;
const root = workspaceRoot();

/**
 * The worker PROCESS killed with SIGKILL in the middle of a 3,000-staff broadcast and
 * started again: the production build (`nx build worker`) as a child process on the
 * test's database, a Redis of its own, the SMTP sink and the Twilio double.
 */
describe('a worker killed mid-broadcast', () => {
  let redis: ThrowawayRedis;
  let sink: SmtpSink;
  let double: TwilioDouble;
  let api: ApiHarness;
  let world: CommsWorld;
  let dir: string;
  let worker: ChildProcess | null = null;
  let env: NodeJS.ProcessEnv;

  const startWorker = async (log: string): Promise<ChildProcess> => {
    const out = openSync(join(dir, log), 'w');
    const child = spawn(process.execPath, [join(dir, 'main.js')], {
      cwd: root,
      env,
      stdio: ['ignore', out, out],
    });
    const deadline = Date.now() + 30_000;
    while (!readFileSync(join(dir, log), 'utf8').includes('worker running')) {
      if (child.exitCode !== null) throw new Error(readFileSync(join(dir, log), 'utf8'));
      if (Date.now() > deadline) throw new Error('worker did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    return child;
  };
  const kill = (child: ChildProcess): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });

  beforeAll(async () => {
    const build = spawnSync(
      join(root, 'node_modules/.bin/nx'),
      ['build', 'worker', '--output-style=static'],
      { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`nx build worker: ${build.stdout}${build.stderr}`);
    // a copy of its own: a build started by someone else meanwhile cannot change it under the test
    dir = join(root, 'tmp', `worker-crash-${randomBytes(4).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(root, 'dist/apps/worker/main.js'), join(dir, 'main.js'));

    redis = await ThrowawayRedis.start();
    sink = await SmtpSink.start();
    double = await TwilioDouble.start();
    // SMS calls are in flight for a while, as at Twilio: the 20 send slots are always
    // full (≈ 200 SMS/s), so a kill mid-broadcast leaves texts Twilio has but nobody recorded
    double.latencyMs = 100;
    api = await startApi(deliveryOverrides(sink, double, redis.url));
    api.config.publicUrl = api.url;
    world = await createCommsWorld(api, N);
    env = {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      DATABASE_URL: api.config.databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: api.config.queuePrefix,
      PUBLIC_URL: api.url,
      JWT_SECRET: randomBytes(24).toString('hex'),
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
    };
    worker = await startWorker('worker-1.log');
  }, 240_000);
  afterAll(async () => {
    if (worker) await kill(worker);
    await api?.close();
    await sink?.stop();
    await double?.stop();
    await redis?.destroy();
    // KEEP_CRASH_DIR=1 keeps the workers' logs (tmp/worker-crash-*) for a look afterwards
    if (dir && !process.env.KEEP_CRASH_DIR) rmSync(dir, { recursive: true, force: true });
  });

  it('misses nobody, texts nobody twice, and repeats only emails in flight (same Message-ID, at most the in-flight limit)', async () => {
    const res = await api
      .http()
      .post(`/api/v1/incidents/${world.incidentId}/broadcasts`)
      .set('Authorization', `Bearer ${world.owner.token}`)
      .set('Idempotency-Key', 'crash')
      .send({
        audience: { all: true },
        channels: ['email', 'sms'],
        subject: '[crash] {{reference}}: network closures',
        body: '{{name}}, your network {{lan}} closes at 14:00.',
        requireAck: false,
      });
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    // the SMS is the subject (no SMS text given)
    const texts = () => double.messages.filter((m) => m.body.startsWith('[crash] '));

    // kill it with both channels in full flow
    const deadline = Date.now() + 60_000;
    while (sink.messages.length < N / 3 || texts().length < N / 4) {
      if (Date.now() > deadline) throw new Error('broadcast did not get going');
      await new Promise((r) => setTimeout(r, 5));
    }
    await kill(worker!);
    const atKill = { emails: sink.messages.length, texts: texts().length };
    // both channels were mid-flow: the kill tests the recovery of each
    expect(atKill.emails).toBeLessThan(world.staff.total);
    expect(atKill.texts).toBeLessThan(world.staff.smsEligible);
    const [{ sending }] = await db(api).query(
      `SELECT count(*)::int AS sending FROM deliveries WHERE broadcast_id = $1 AND status = 'sending'`,
      [id],
    );
    worker = await startWorker('worker-2.log');

    let view: BroadcastView;
    const until = Date.now() + 180_000;
    for (;;) {
      view = (await as(api, world.owner.token).get(`broadcasts/${id}`).expect(200)).body;
      if (view.status === 'completed') break;
      if (Date.now() > until) throw new Error(`not completed: ${JSON.stringify(view.totals)}`);
      await new Promise((r) => setTimeout(r, 250));
    }

    // email: everyone at least once; repeats only with the same Message-ID, at most the in-flight limit
    const emails = sink.messages.filter((m) => m.subject.startsWith('[crash]'));
    const byTo = new Map<string, string[]>();
    for (const m of emails) byTo.set(m.to[0]!, [...(byTo.get(m.to[0]!) ?? []), m.messageId]);
    expect(byTo.size).toBe(world.staff.total);
    for (let i = 1; i <= N; i++) expect(byTo.has(commsStaff(i).email)).toBe(true);
    const repeated = [...byTo.values()].filter((ids) => ids.length > 1);
    for (const ids of repeated) expect(new Set(ids).size).toBe(1);
    const repeats = emails.length - byTo.size;

    // SMS: every consenting mobile exactly once, though some were in flight at the kill
    const perNumber = new Map<string, number>();
    for (const m of texts()) perNumber.set(m.to, (perNumber.get(m.to) ?? 0) + 1);
    expect(perNumber.size).toBe(world.staff.smsEligible);
    expect([...perNumber.values()].filter((n) => n > 1)).toEqual([]);
    const adopted = (
      readFileSync(join(dir, 'worker-2.log'), 'utf8').match(
        /sms found at the provider, not resent/g,
      ) ?? []
    ).length;

    process.stdout.write(
      `SIGKILL at ${atKill.emails} emails / ${atKill.texts} SMS (${sending} deliveries in 'sending'): ` +
        `${repeats} email(s) sent twice (bound ${EMAIL_CONCURRENCY}), 0 SMS twice, ` +
        `${adopted} SMS found at the provider instead of resent\n`,
    );
    expect(repeats).toBeLessThanOrEqual(EMAIL_CONCURRENCY);
    // the texts in flight at the kill were looked up at Twilio and not sent again
    expect(adopted).toBeGreaterThan(0);
    expect(view!.totals).toMatchObject({
      queued: 0,
      failed: 0,
      sent: world.staff.total + world.staff.smsEligible,
    });
  }, 300_000);
});
