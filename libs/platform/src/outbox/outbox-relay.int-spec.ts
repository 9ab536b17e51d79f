import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import type { DataOf } from '@cordon/contracts';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, Spine } from '../database/spine';
import { PlatformModule } from '../platform.module';
import { QueueFactory } from '../queue/queue-factory';
import { QueueProcessor } from '../queue/queue-processor';
import { QueueWorkersModule } from '../queue/queue-workers.module';
import { createTestDatabase, testConfig, TestDatabase, ThrowawayRedis } from '../testing';
import { OutboxRelay } from './outbox-relay';

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe(OutboxRelay.name, () => {
  let db: TestDatabase | undefined;
  let redis: ThrowawayRedis | undefined;
  let app: INestApplicationContext | undefined;
  let spine: Spine;
  let dataSource: DataSource;
  let queues: QueueFactory;
  let relay: OutboxRelay;
  const runs = new Map<string, number>();

  @QueueProcessor('probe')
  class ProbeProcessor extends WorkerHost {
    async process(job: Job<DataOf<'probe', 'probe.run'>>): Promise<void> {
      runs.set(job.id as string, (runs.get(job.id as string) ?? 0) + 1);
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await ThrowawayRedis.start();
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot(testConfig(db.url, { redisUrl: redis.url })),
        ...QueueWorkersModule.processing('probe'),
      ],
      providers: [ProbeProcessor],
    }).compile();
    app = await moduleRef.init();
    spine = app.get(Spine);
    dataSource = app.get(DataSource);
    queues = app.get(QueueFactory);
    relay = app.get(OutboxRelay);
    await relay.start({ pollMs: 100, maxBackoffMs: 200 });
  });
  afterAll(async () => {
    await app?.close();
    await redis?.destroy();
    await db?.drop();
  });

  const write = (ids: string[]) =>
    spine.run(SYSTEM_ACTOR, (tx) =>
      tx.enqueue(
        ids.map((jobId) => ({ queue: 'probe', name: 'probe.run', jobId, payload: { jobId } })),
      ),
    );
  const pending = async () =>
    Number(
      (await dataSource.query(`SELECT count(*) AS n FROM outbox WHERE relayed_at IS NULL`))[0].n,
    );
  const ran = (ids: string[]) => ids.every((id) => runs.get(id) === 1);

  it('relays committed rows to the queue, where each job runs once', async () => {
    const ids = Array.from({ length: 20 }, () => `a-${randomUUID()}`);
    await write(ids);
    await waitFor(async () => ran(ids));
    expect(await pending()).toBe(0);
  });

  it('keeps rows waiting while Redis is stopped and relays each exactly once when it is back', async () => {
    await redis!.stop();
    const ids = Array.from({ length: 30 }, () => `b-${randomUUID()}`);
    await write(ids);
    await new Promise((r) => setTimeout(r, 800));
    expect(await pending()).toBe(30);
    expect(ids.some((id) => runs.has(id))).toBe(false);

    await redis!.start();
    await waitFor(async () => (await pending()) === 0 && ran(ids), 20_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
    const counts = await queues
      .queue('probe')
      .getJobCounts('completed', 'waiting', 'active', 'failed');
    expect(counts).toMatchObject({ completed: 50, waiting: 0, active: 0, failed: 0 });
  });

  it('does not run a job twice when a row is relayed again after a crash between add and mark', async () => {
    const ids = Array.from({ length: 5 }, () => `c-${randomUUID()}`);
    await relay.stop();
    await write(ids);
    // a relay that added the jobs and died before marking the rows relayed
    await queues
      .queue('probe')
      .addBulk(ids.map((jobId) => ({ name: 'probe.run', data: { jobId }, opts: { jobId } })));
    await waitFor(async () => ran(ids));
    expect(await pending()).toBe(5);
    await relay.start({ pollMs: 100, maxBackoffMs: 200 });
    await waitFor(async () => (await pending()) === 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
  });
});
