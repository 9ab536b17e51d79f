import { WorkerHost } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Job } from 'bullmq';
import type { DataOf } from '@cordon/contracts';
import { AppConfig } from '../config/config';
import { PlatformModule } from '../platform.module';
import { closeRedis, createRedis } from '../redis/redis';
import { clearPrefix, createTestDatabase, testConfig, TestDatabase } from '../testing';
import { QueueFactory } from './queue-factory';
import { QueueProcessor, recoveryOptions } from './queue-processor';
import { QueueWorkersModule } from './queue-workers.module';

const started: string[] = [];
const finished: string[] = [];
let release: () => void = () => undefined;

/** A processor whose options come from the config, holding its jobs until released. */
@QueueProcessor('probe', (config: AppConfig) => ({
  ...recoveryOptions(config),
  concurrency: config.comms.smsConcurrency,
  limiter: { max: config.sms.perSecond, duration: 1_000 },
}))
class HeldProbeProcessor extends WorkerHost {
  async process(job: Job<DataOf<'probe', 'probe.run'>>): Promise<void> {
    started.push(job.id as string);
    await new Promise<void>((resolve) => (release = resolve));
    finished.push(job.id as string);
  }
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe(QueueWorkersModule.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let config: AppConfig;

  beforeAll(async () => {
    db = await createTestDatabase();
    const base = testConfig(db.url);
    config = {
      ...base,
      comms: {
        ...base.comms,
        smsConcurrency: 7,
        queueLockMs: 4_000,
        queueStalledIntervalMs: 3_000,
      },
      sms: { ...base.sms, perSecond: 42 },
    };
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config), ...QueueWorkersModule.processing('probe')],
      providers: [HeldProbeProcessor],
    }).compile();
    app = await moduleRef.init();
  });
  afterAll(async () => {
    release();
    await app?.close().catch(() => undefined);
    await db?.drop();
  });

  it("gives the processor's worker the options its config asks for, under the app's prefix", () => {
    const { opts } = app!.get(HeldProbeProcessor).worker;
    expect(opts).toMatchObject({
      prefix: config.queuePrefix,
      concurrency: 7,
      lockDuration: 4_000,
      stalledInterval: 3_000,
      maxStalledCount: 5,
      limiter: { max: 42, duration: 1_000 },
    });
  });

  it('lets a running job finish before the app closes, and stops taking new ones', async () => {
    const queues = app!.get(QueueFactory);
    await queues.addBulk('probe', [{ name: 'probe.run', data: {}, opts: { jobId: 'held' } }]);
    await waitFor(() => started.includes('held'), 'the job to start');
    const closing = app!.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(finished).toEqual([]);
    release();
    await closing;
    expect(finished).toEqual(['held']);
    const redis = createRedis(config, 'client');
    await clearPrefix(redis, config.queuePrefix).catch(() => undefined);
    await closeRedis(redis);
    app = undefined;
  });
});
