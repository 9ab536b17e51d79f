import { INestApplicationContext } from '@nestjs/common';
import type { BroadcastView } from '@cordon/contracts';
import type { AppConfig } from '@cordon/platform';
import { SmtpSink, ThrowawayRedis, TwilioDouble } from '@cordon/platform/testing';
import { ApiHarness, startApi } from './api-harness';
import { CommsWorld, createCommsWorld } from './comms-fixture';
import { deliveryOverrides, startCommsWorker } from './comms-worker';
import { as } from './incident-fixture';

/**
 * The api and the comms worker in the test's process, on a Redis of the test's own,
 * with an SMTP sink and a Twilio double, and a council of `n` staff with an incident.
 */
export interface CommsHarness {
  redis: ThrowawayRedis;
  sink: SmtpSink;
  double: TwilioDouble;
  api: ApiHarness;
  worker: INestApplicationContext;
  world: CommsWorld;
  owner: () => ReturnType<typeof as>;
  /** POSTs a broadcast to everyone (email + SMS unless `over` says otherwise); its id. */
  broadcast(key: string, over?: Record<string, unknown>): Promise<string>;
  /** Waits for the broadcast to be `completed`. */
  settled(id: string): Promise<BroadcastView>;
  waitFor(check: () => Promise<boolean> | boolean, what: string): Promise<void>;
  close(): Promise<void>;
}

export async function startComms(
  n: number,
  /** Changes to the worker's settings (rate limits, say). */
  tuneWorker: (config: AppConfig) => AppConfig = (config) => config,
): Promise<CommsHarness> {
  const redis = await ThrowawayRedis.start();
  const sink = await SmtpSink.start();
  const double = await TwilioDouble.start();
  const api = await startApi(deliveryOverrides(sink, double, redis.url));
  api.config.publicUrl = api.url; // Twilio signs the URL it posts to: the api's own
  const world = await createCommsWorld(api, n);
  const worker = await startCommsWorker(tuneWorker({ ...api.config }));
  const owner = () => as(api, world.owner.token);
  const waitFor = async (check: () => Promise<boolean> | boolean, what: string) => {
    const deadline = Date.now() + 30_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return {
    redis,
    sink,
    double,
    api,
    worker,
    world,
    owner,
    waitFor,
    async broadcast(key, over = {}) {
      const res = await api
        .http()
        .post(`/api/v1/incidents/${world.incidentId}/broadcasts`)
        .set('Authorization', `Bearer ${world.owner.token}`)
        .set('Idempotency-Key', key)
        .send({
          audience: { all: true },
          channels: ['email', 'sms'],
          subject: `[${key}] {{reference}}`,
          body: '{{name}}: update on {{reference}}.',
          ...over,
        });
      if (res.status !== 202) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id;
    },
    async settled(id) {
      let view: BroadcastView | null = null;
      await waitFor(async () => {
        view = (await owner().get(`broadcasts/${id}`).expect(200)).body;
        return view?.status === 'completed';
      }, `broadcast ${id} to complete`);
      return view as unknown as BroadcastView;
    },
    async close() {
      await worker.close();
      await api.close();
      await sink.stop();
      await double.stop();
      await redis.destroy();
    },
  };
}
