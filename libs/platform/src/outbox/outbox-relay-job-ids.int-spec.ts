import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import type { DataOf } from '@cordon/contracts';
import { SYSTEM_ACTOR, Spine } from '../database/spine';
import { PlatformModule } from '../platform.module';
import { QueueProcessor } from '../queue/queue-processor';
import { QueueWorkersModule } from '../queue/queue-workers.module';
import { createTestDatabase, testConfig, TestDatabase, ThrowawayRedis } from '../testing';
import { OutboxRelay } from './outbox-relay';

describe('OutboxRelay job ids', () => {
  let db: TestDatabase | undefined;
  let redis: ThrowawayRedis | undefined;
  let app: INestApplicationContext | undefined;
  const seen: string[] = [];

  @QueueProcessor('probe')
  class ProbeProcessor extends WorkerHost {
    async process(job: Job<DataOf<'probe', 'probe.run'>>): Promise<void> {
      seen.push(job.data['id'] as string);
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
    await app.get(OutboxRelay).start({ pollMs: 100, maxBackoffMs: 200 });
  });
  afterAll(async () => {
    await app?.close();
    await redis?.destroy();
    await db?.drop();
  });

  it('relays ids BullMQ would refuse (with colons, integer-like) without stalling the rows beside them', async () => {
    const ids = ['plain-id', 'one:colon', 'three:colons:in:it', '12345', 'legacy:three:parts'];
    await app!.get(Spine).run(SYSTEM_ACTOR, (tx) =>
      tx.enqueue(
        ids.map((jobId) => ({
          queue: 'probe',
          name: 'probe.run',
          jobId,
          payload: { id: jobId },
        })),
      ),
    );
    const deadline = Date.now() + 10_000;
    while (seen.length < ids.length) {
      if (Date.now() > deadline) throw new Error(`only ${seen.join(', ')} ran`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect([...seen].sort()).toEqual([...ids].sort());
    // a row relayed again maps to the same job: nothing runs twice
    await app!
      .get(Spine)
      .run(SYSTEM_ACTOR, (tx) =>
        tx.manager.query(`UPDATE outbox SET relayed_at = NULL WHERE job_id = 'one:colon'`),
      );
    app!.get(OutboxRelay).kick();
    await new Promise((r) => setTimeout(r, 500));
    expect(seen.filter((id) => id === 'one:colon')).toHaveLength(1);
  });
});
