import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, AppLogger, OutboxRelay, PlatformModule, RedisClient } from '@cordon/platform';
import { clearPrefix } from '@cordon/platform/testing';
import { ReviewJobsModule, ReviewRemindersProcessor } from '@cordon/reviews';
import { as } from './incident-fixture';
import { IncidentsWorld, startIncidentsWorld } from './incidents-world';

/** The reviews' jobs (as apps/worker has them) with the outbox relay, in the test's process. */
@Module({})
class ReviewWorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ReviewWorkerModule,
      imports: [PlatformModule.forRoot(config), ReviewJobsModule],
    };
  }
}

/**
 * The incidents world plus a worker running the review jobs behind the real outbox relay:
 * closing an incident over HTTP opens its review through `review.open`. The reminder
 * sweep's worker is paused: a spec runs `sweep.process()` itself.
 */
export interface ReviewWorld extends IncidentsWorld {
  worker: INestApplicationContext;
  sweep: ReviewRemindersProcessor;
  ds: DataSource;
  /** Declares an incident owned by `owner`, closes it, and waits for its review to open. */
  closedIncident: (title?: string) => Promise<{ id: string; reference: string }>;
  /** The incident's events of `type` (data), oldest first. */
  events: (incidentId: string, type: string) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null>, ms = 15_000) {
  const until = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startReviewWorld(): Promise<ReviewWorld> {
  const world = await startIncidentsWorld();
  const worker = await NestFactory.createApplicationContext(
    ReviewWorkerModule.forRoot(world.api.config),
    { logger: new AppLogger('worker', 'error', () => undefined) },
  );
  await worker.init();
  const sweep = worker.get(ReviewRemindersProcessor);
  await sweep.worker.pause();
  await worker.get(OutboxRelay).start({ pollMs: 100 });
  const ds = world.api.app.get(DataSource);
  const o = as(world.api, world.owner.token);
  return {
    ...world,
    worker,
    sweep,
    ds,
    async closedIncident(title = 'W32.Blaster') {
      const created = await world.declare(world.owner.token, { title }).expect(201);
      const id = created.body.id as string;
      await o.post(`incidents/${id}/status`, { to: 'closed' }).expect(200);
      await waitFor(`the review of ${id}`, async () => {
        const res = await o.get(`incidents/${id}/review`);
        return res.status === 200 ? res.body : null;
      });
      return { id, reference: created.body.reference as string };
    },
    events: async (incidentId, type) =>
      (
        await ds.query(`SELECT data FROM events WHERE stream = $1 AND type = $2 ORDER BY seq`, [
          `incident:${incidentId}`,
          type,
        ])
      ).map((r: { data: Record<string, unknown> }) => r.data),
    async close() {
      await worker.get(OutboxRelay).stop();
      await worker.close();
      const redis = world.api.app.get(RedisClient).redis;
      await clearPrefix(redis, world.api.config.queuePrefix).catch(() => undefined);
      await world.api.close();
    },
  };
}
