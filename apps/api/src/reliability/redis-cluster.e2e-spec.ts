import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { BroadcastProgressData, BroadcastView, LiveEventOf } from '@cordon/contracts';
import { LiveClient } from '@cordon/live/testing';
import { freePort, SmtpSink, ThrowawayRedisCluster, TwilioDouble } from '@cordon/platform/testing';
import { ApiHarness, startApi } from '../testing/api-harness';
import { commsStaff, CommsWorld, createCommsWorld } from '../testing/comms-fixture';
import { deliveryOverrides, startCommsWorker } from '../testing/comms-worker';
import { as } from '../testing/incident-fixture';

const N = 120; // and the owner
jest.setTimeout(60_000);

/**
 * The api and the worker on a Redis Cluster of the test's own (three masters, no
 * replicas), with REDIS_URL pointing at a closed port so nothing can fall back on a
 * single Redis: a broadcast by email and SMS reaches everyone once through BullMQ on
 * the cluster, a live subscription sees its events, sign-in is rate limited and a
 * signed-out token refused from counters on the cluster; every key lands in the
 * slot of QUEUE_PREFIX's hash tag.
 */
describe('Cordon on a Redis Cluster', () => {
  let cluster: ThrowawayRedisCluster | undefined;
  let sink: SmtpSink | undefined;
  let double: TwilioDouble | undefined;
  let api: ApiHarness | undefined;
  let worker: INestApplicationContext | undefined;
  let live: LiveClient | undefined;
  let world: CommsWorld;
  const prefix = `{t_${randomBytes(5).toString('hex')}}`;

  const harness = () => {
    if (!api || !sink || !double || !cluster) throw new Error('not started');
    return { api, sink, double, cluster };
  };
  const owner = () => as(harness().api, world.owner.token);
  const waitFor = async (check: () => Promise<boolean> | boolean, what: string) => {
    const deadline = Date.now() + 30_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const login = (email: string, forwardedFor: string, password = 'not-the-password') =>
    request(harness().api.url)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', forwardedFor)
      .send({ email, password });

  beforeAll(async () => {
    cluster = await ThrowawayRedisCluster.start(3);
    sink = await SmtpSink.start();
    double = await TwilioDouble.start();
    const closed = await freePort(); // nothing listens there
    api = await startApi({
      ...deliveryOverrides(sink, double, `redis://127.0.0.1:${closed}/0`),
      redisCluster: cluster.nodes,
      queuePrefix: prefix,
      security: { trustProxy: ['loopback'], corsOrigins: [], hstsMaxAgeSeconds: null },
    });
    api.config.publicUrl = api.url; // Twilio signs the URL it posts to: the api's own
    world = await createCommsWorld(api, N);
    worker = await startCommsWorker({ ...api.config });
  }, 120_000); // a busy CI machine boots the api and the worker slowly

  afterAll(async () => {
    live?.close();
    // each close bounded: a process stuck on a dead node must not keep the cluster running
    const bounded = (closing: Promise<unknown> | undefined) =>
      Promise.race([
        closing?.catch(() => undefined),
        new Promise((r) => setTimeout(r, 15_000).unref()),
      ]);
    try {
      await bounded(worker?.close());
      await bounded(api?.close());
      await bounded(sink?.stop());
      await bounded(double?.stop());
    } finally {
      await cluster?.destroy();
    }
  }, 90_000);

  it('is healthy on the cluster alone', async () => {
    await request(harness().api.url).get('/api/v1/health').expect(200);
  });

  it('sends a broadcast by email and SMS to everyone exactly once, its progress live', async () => {
    const { api, sink, double } = harness();
    live = new LiveClient(api.url, world.owner.token);
    await live.connected();
    const ack = await live.subscribe(world.incidentId);
    expect(ack).toMatchObject({ ok: true });
    const caughtUp = (ack as { seq: number }).seq;

    const res = await api
      .http()
      .post(`/api/v1/incidents/${world.incidentId}/broadcasts`)
      .set('Authorization', `Bearer ${world.owner.token}`)
      .set('Idempotency-Key', 'cluster-1')
      .send({
        audience: { all: true },
        channels: ['email', 'sms'],
        subject: '[cluster] {{reference}}: network closures',
        body: '{{name}}, your network {{lan}} closes at 14:00.',
      });
    if (res.status !== 202) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    const id: string = res.body.id;
    expect(res.body.recipients).toBe(world.staff.total);

    let view: BroadcastView | undefined;
    await waitFor(async () => {
      view = (await owner().get(`broadcasts/${id}`).expect(200)).body;
      return view?.status === 'completed';
    }, 'the broadcast to complete');
    const { total, smsEligible } = world.staff;
    expect(view?.totals.byChannel.email.sent).toBe(total);
    expect(view?.totals.byChannel.sms.sent).toBe(smsEligible);
    expect(view?.totals.failed).toBe(0);

    // counted at the sinks: one email per staff member, one SMS per consenting mobile
    const mail = sink.messages.filter((m) => m.subject.startsWith('[cluster]'));
    expect(mail).toHaveLength(total);
    expect(new Set(mail.flatMap((m) => m.to)).size).toBe(total);
    for (let i = 1; i <= N; i += 17)
      expect(mail.filter((m) => m.to.includes(commsStaff(i).email))).toHaveLength(1);
    const sms = double.messages.filter((m) => m.body.startsWith('[cluster] '));
    expect(sms).toHaveLength(smsEligible);
    expect(new Set(sms.map((m) => m.to)).size).toBe(smsEligible);

    // the live feed: every event of the incident, catch-up then live, exactly the log's rows
    const ours = (e: LiveEventOf) =>
      e.type.startsWith('broadcast.') && (e.data as { broadcastId?: string }).broadcastId === id;
    await waitFor(
      () => live?.events.some((e) => ours(e) && e.type === 'broadcast.completed') ?? false,
      'broadcast.completed on the live feed',
    );
    const log = (await owner().get(`incidents/${world.incidentId}/events?limit=500`).expect(200))
      .body.items as { seq: number; type: string }[];
    const got = live.events.filter((e) => e.incidentId === world.incidentId);
    const upTo = got[got.length - 1]?.seq ?? 0;
    expect(got.map((e) => [e.seq, e.type])).toEqual(
      log.filter((e) => e.seq <= upTo).map((e) => [e.seq, e.type]),
    );
    expect(got.filter((e) => e.seq > caughtUp).length).toBeGreaterThan(0); // live, not replayed
    const types = got.filter(ours).map((e) => e.type);
    expect(types[0]).toBe('broadcast.created');
    expect(types).toContain('broadcast.progress');
    const completed = got.find((e) => ours(e) && e.type === 'broadcast.completed');
    expect((completed?.data as BroadcastProgressData).totals.byChannel.email.sent).toBe(total);
    const sent = got
      .filter((e) => ours(e) && e.type === 'broadcast.progress')
      .map((e) => (e.data as BroadcastProgressData).totals.sent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
  });

  it('rate limits sign-in and refuses a signed-out token from counters on the cluster', async () => {
    const { api } = harness();
    // the route's budget for one address (LOGIN_RATE_PER_MINUTE, 10): the 11th is refused
    const spray: number[] = [];
    for (let i = 0; i < 11; i++)
      spray.push((await login(`spray-${i}@council.example`, '198.51.100.9')).status);
    expect(spray).toEqual([...Array<number>(10).fill(401), 429]);
    // one account from one address: three free failures (LOGIN_FREE_FAILURES), then a wait
    const hammer: number[] = [];
    for (let i = 0; i < 4; i++) hammer.push((await login(world.ownerEmail, '203.0.113.66')).status);
    expect(hammer).toEqual([401, 401, 401, 429]);

    const someone = await api.login(['command']);
    await as(api, someone.token).get(`incidents/${world.incidentId}`).expect(200);
    await request(api.url)
      .post('/api/v1/auth/logout')
      .set('Authorization', `Bearer ${someone.token}`)
      .expect(204);
    await as(api, someone.token).get(`incidents/${world.incidentId}`).expect(401);
  });

  it('wrote every key to the cluster, in the one slot of the prefix hash tag', async () => {
    const { cluster } = harness();
    // the worker stops first: its sweeps would otherwise add keys between the counts
    await worker?.close();
    worker = undefined;
    const byNode = await cluster.keysByNode(`${prefix}:*`);
    const holders = [...byNode].filter(([, keys]) => keys.length > 0);
    expect(holders).toHaveLength(1);
    const [port, keys] = holders[0] ?? [0, []];
    const slot = Number(await cluster.on(port, 'CLUSTER', 'KEYSLOT', prefix));
    expect(Number(await cluster.on(port, 'CLUSTER', 'COUNTKEYSINSLOT', slot))).toBe(keys.length);
    const has = (part: string) => keys.some((k) => k.includes(part));
    for (const queue of ['broadcast-fanout', 'email-send', 'sms-send'])
      expect(has(`${prefix}:${queue}:`)).toBe(true);
    expect(has(':hits')).toBe(true); // the throttler's counters
    expect(has(`${prefix}:login:acct:`)).toBe(true); // the sign-in counters
    expect(has(`${prefix}:auth:revoked:`)).toBe(true); // the deny-list
  });

  it('answers 503 on /health once the shard holding every Cordon key is down', async () => {
    const { api, cluster } = harness();
    const [port] = [...(await cluster.keysByNode(`${prefix}:*`))].find(([, k]) => k.length) ?? [0];
    await cluster.kill(port);
    await waitFor(async () => {
      const res = await request(api.url).get('/api/v1/health');
      return res.status === 503 && res.body.checks?.redis === 'down';
    }, '/health to answer 503 with redis down');
  });
});
