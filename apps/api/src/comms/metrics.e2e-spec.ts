import { INestApplicationContext } from '@nestjs/common';
import { io, Socket } from 'socket.io-client';
import { BroadcastView, QUEUES, STATUS_NAMESPACE } from '@cordon/contracts';
import { Metrics } from '@cordon/platform';
import { SmtpSink, ThrowawayRedis, TwilioDouble } from '@cordon/platform/testing';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CommsWorld, createCommsWorld, db } from '../testing/comms-fixture';
import { deliveryOverrides, startCommsWorker } from '../testing/comms-worker';
import { as } from '../testing/incident-fixture';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, one sample a line (comments skipped). */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`not a sample: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v;
      return { name: m[1], labels, value: Number(m[3]) };
    });
}

function value(samples: Sample[], name: string, labels: Record<string, string>): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  return found.reduce((sum, s) => sum + s.value, 0);
}

const N = 40;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * Prometheus metrics on their own port (METRICS_PORT; port 0 here), scraped before and
 * after a broadcast the worker sends: deliveries, queues, outbox, live clients and the
 * HTTP histogram by route template.
 */
describe('metrics', () => {
  let redis: ThrowawayRedis;
  let sink: SmtpSink;
  let double: TwilioDouble;
  let api: ApiHarness;
  let worker: INestApplicationContext | undefined;
  let world: CommsWorld;
  let metricsUrl: string;
  const sockets: Socket[] = [];

  const scrape = async (): Promise<Sample[]> => {
    const res = await fetch(metricsUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parse(await res.text());
  };

  /** Until the outbox is relayed and no queue has a job waiting or running. */
  const waitUntilIdle = async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const s = await scrape();
      const busy =
        value(s, 'cordon_outbox_pending', {}) +
        value(s, 'cordon_queue_jobs', { state: 'waiting' }) +
        value(s, 'cordon_queue_jobs', { state: 'prioritized' }) +
        value(s, 'cordon_queue_jobs', { state: 'active' });
      if (busy === 0) return;
      if (Date.now() > deadline) throw new Error(`still busy: ${busy}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    sink = await SmtpSink.start();
    double = await TwilioDouble.start();
    api = await startApi({ ...deliveryOverrides(sink, double, redis.url), metricsPort: 0 });
    api.config.publicUrl = api.url;
    metricsUrl = api.app.get(Metrics).url as string;
    world = await createCommsWorld(api, N);
  }, 120_000);
  afterAll(async () => {
    for (const s of sockets) s.close();
    await worker?.close();
    await api?.close();
    await sink?.stop();
    await double?.stop();
    await redis?.destroy();
  });

  it('serves nothing but /metrics on its port, and nothing of it on the public port', async () => {
    expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(metricsUrl).port).not.toBe(new URL(api.url).port);
    expect((await fetch(metricsUrl.replace('/metrics', '/api/v1/health'))).status).toBe(404);
    // the public port's /metrics is the console's page when the console is built, else 404
    const pub = await fetch(`${api.url}/metrics`);
    expect([200, 404]).toContain(pub.status);
    expect(pub.headers.get('content-type')).not.toMatch(/version=0\.0\.4/);
    expect(await pub.text()).not.toMatch(/^cordon_/m);
    expect((await fetch(`${api.url}/api/v1/no-such-route`)).status).toBe(404);
  });

  it('shows the deliveries and queue figures moving after a broadcast', async () => {
    const before = await scrape();
    expect(value(before, 'cordon_deliveries', { channel: 'email' })).toBe(0);
    for (const queue of Object.values(QUEUES)) {
      expect(before.some((s) => s.name === 'cordon_queue_jobs' && s.labels.queue === queue)).toBe(
        true,
      );
      expect(value(before, 'cordon_queue_oldest_waiting_seconds', { queue })).toBe(0);
    }
    const emailsDoneBefore = value(before, 'cordon_queue_jobs', {
      queue: QUEUES.email,
      state: 'completed',
    });

    // The broadcast is committed with nothing running it yet: its job waits in the outbox.
    const res = await api
      .http()
      .post(`/api/v1/incidents/${world.incidentId}/broadcasts`)
      .set('Authorization', `Bearer ${world.owner.token}`)
      .set('Idempotency-Key', 'metrics-1')
      .send({
        audience: { all: true },
        channels: ['email', 'sms'],
        subject: '[metrics] {{reference}}',
        body: '{{name}}: update on {{reference}}.',
      });
    expect(res.status).toBe(202);
    await new Promise((r) => setTimeout(r, 1_100));
    const waiting = await scrape();
    expect(value(waiting, 'cordon_outbox_pending', {})).toBeGreaterThanOrEqual(1);
    expect(value(waiting, 'cordon_outbox_oldest_pending_seconds', {})).toBeGreaterThanOrEqual(1);

    worker = await startCommsWorker({ ...api.config, metricsPort: null });
    const owner = () => as(api, world.owner.token);
    const deadline = Date.now() + 120_000;
    let view = (await owner().get(`broadcasts/${res.body.id}`).expect(200)).body as BroadcastView;
    while (view.status !== 'completed') {
      if (Date.now() > deadline) throw new Error('broadcast did not complete');
      await new Promise((r) => setTimeout(r, 200));
      view = (await owner().get(`broadcasts/${res.body.id}`).expect(200)).body;
    }

    await waitUntilIdle();
    const after = await scrape();
    // The gauge agrees with the broadcast's own totals, channel by channel and status by
    // status, plus the deliveries of the incident's notices (the owner's, sent meanwhile).
    const others: { channel: string; status: string; n: number }[] = await db(api).query(
      `SELECT channel, status, count(*)::int AS n FROM deliveries WHERE broadcast_id <> $1 GROUP BY 1, 2`,
      [view.id],
    );
    const other = (channel: string, status: string) =>
      others.find((o) => o.channel === channel && o.status === status)?.n ?? 0;
    const statuses = ['sent', 'delivered', 'failed', 'skipped'] as const;
    for (const channel of ['email', 'sms'] as const) {
      const totals = view.totals.byChannel[channel];
      expect(totals.deliveries).toBeGreaterThan(0);
      for (const status of statuses) {
        const gauge = value(after, 'cordon_deliveries', { channel, status });
        expect({ channel, status, gauge }).toEqual({
          channel,
          status,
          gauge: totals[status] + other(channel, status),
        });
      }
      expect(value(after, 'cordon_deliveries', { channel, status: 'queued' })).toBe(0);
    }
    // and with what the SMTP sink and the Twilio double received
    expect(value(after, 'cordon_deliveries', { channel: 'email', status: 'sent' })).toBe(
      sink.messages.length,
    );
    expect(
      value(after, 'cordon_deliveries', { channel: 'sms', status: 'sent' }) +
        value(after, 'cordon_deliveries', { channel: 'sms', status: 'delivered' }),
    ).toBe(double.messages.length);
    const emailDeliveries = view.totals.byChannel.email.deliveries;
    // the queues: one fan-out and one email job per recipient done, nothing left waiting
    expect(value(after, 'cordon_queue_jobs', { queue: QUEUES.email, state: 'completed' })).toBe(
      emailsDoneBefore + emailDeliveries + other('email', 'sent'),
    );
    expect(
      value(after, 'cordon_queue_jobs', { queue: QUEUES.fanout, state: 'completed' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value(after, 'cordon_queue_jobs', { queue: QUEUES.email, state: 'waiting' })).toBe(0);
    expect(value(after, 'cordon_outbox_pending', {})).toBe(0);
    expect(value(after, 'cordon_outbox_oldest_pending_seconds', {})).toBe(0);

    // HTTP latency by route template, method and status class; never an id in a label
    const posted = after.filter(
      (s) =>
        s.name === 'cordon_http_request_duration_seconds_count' &&
        s.labels.route === '/api/v1/incidents/:id/broadcasts' &&
        s.labels.method === 'POST' &&
        s.labels.status_class === '2xx',
    );
    expect(posted.map((s) => s.value)).toEqual([1]);
    expect(
      value(after, 'cordon_http_request_duration_seconds_count', {
        route: '/api/v1/broadcasts/:id',
        method: 'GET',
        status_class: '2xx',
      }),
    ).toBeGreaterThanOrEqual(1);
    // the unknown path is counted under a template (a catch-all, or `unmatched`), never itself
    expect(
      value(after, 'cordon_http_request_duration_seconds_count', {
        method: 'GET',
        status_class: '4xx',
      }),
    ).toBeGreaterThanOrEqual(1);
    const routes = after.filter((s) => s.name.startsWith('cordon_http_request_duration_seconds'));
    for (const s of routes) {
      expect(s.labels.route).not.toMatch(UUID);
      expect(s.labels.route).not.toContain('no-such-route');
    }
  }, 180_000);

  it('counts live clients per namespace', async () => {
    const socket = io(`${api.url}${STATUS_NAMESPACE}`, { transports: ['websocket'] });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    expect(value(await scrape(), 'cordon_live_clients', { namespace: STATUS_NAMESPACE })).toBe(1);
    socket.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(value(await scrape(), 'cordon_live_clients', { namespace: STATUS_NAMESPACE })).toBe(0);
  }, 30_000);
});
