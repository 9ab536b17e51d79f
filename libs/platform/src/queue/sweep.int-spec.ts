import { WorkerHost } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig } from '../config/config';
import { PlatformModule } from '../platform.module';
import { RedisClient } from '../redis/redis.module';
import { clearPrefix, createTestDatabase, testConfig, TestDatabase } from '../testing';
import { QueueFactory } from './queue-factory';
import { QueueWorkersModule } from './queue-workers.module';
import { Sweep, sweepOf } from './sweep';

/** A sweep every 45 s that retires an older scan's scheduler. */
@Sweep('probe', 'probe.run', {
  every: () => 45_000,
  retires: { queue: 'old-scan', scheduler: 'old-scan' },
})
class ProbeSweep extends WorkerHost {
  async process(): Promise<number> {
    return 0;
  }
}

/** A sweep whose feature is not configured: never scheduled, and an earlier schedule removed. */
@Sweep('directory-sync', 'directory.sync', { when: () => false })
class UnconfiguredSweep extends WorkerHost {
  async process(): Promise<number> {
    return 0;
  }
}

describe(Sweep.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let config: AppConfig;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url);
    config = { ...config, comms: { ...config.comms, queueLockMs: 4_000 } };
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot(config),
        ...QueueWorkersModule.processing('probe', 'directory-sync'),
      ],
      providers: [ProbeSweep, UnconfiguredSweep],
    }).compile();
    // what an older release left behind
    await moduleRef.get(QueueFactory).queue('old-scan').upsertJobScheduler('old-scan', {
      every: 60_000,
    });
    // scheduled while the feature was configured
    await moduleRef
      .get(QueueFactory)
      .queue('directory-sync')
      .upsertJobScheduler('directory.sync', { every: 60_000 });
    app = await moduleRef.init();
  });
  afterAll(async () => {
    if (app) {
      await clearPrefix(app.get(RedisClient).redis, config.queuePrefix).catch(() => undefined);
      await app.close();
    }
    await db?.drop();
  });

  it('schedules its job at bootstrap at the interval it declares', async () => {
    const queues = app!.get(QueueFactory);
    expect(await queues.queue('probe').getJobSchedulers()).toEqual([
      expect.objectContaining({ key: 'probe.run', every: 45_000 }),
    ]);
  });

  it('schedules no sweep whose when() is false, and removes its earlier scheduler', async () => {
    expect(await app!.get(QueueFactory).queue('directory-sync').getJobSchedulers()).toEqual([]);
  });

  it('removes the scheduler it retires', async () => {
    expect(await app!.get(QueueFactory).queue('old-scan').getJobSchedulers()).toEqual([]);
  });

  it('takes one job at a time, with the recovery settings', () => {
    expect(app!.get(ProbeSweep).worker.opts).toMatchObject({
      prefix: config.queuePrefix,
      concurrency: 1,
      lockDuration: 4_000,
      maxStalledCount: 5,
    });
  });

  it('runs every COMMS_SCAN_SECONDS unless it says otherwise', () => {
    @Sweep('probe', 'probe.run')
    class DefaultSweep extends WorkerHost {
      async process(): Promise<number> {
        return 0;
      }
    }
    expect(sweepOf(DefaultSweep)?.every(config)).toBe(config.comms.scanSeconds * 1_000);
  });
});
