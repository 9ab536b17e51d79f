import { testConfig } from '../testing/test-config';
import { HttpTestApp, startHttpTestApp } from '../testing/http-test-app';
import { ThrowawayPostgres } from '../testing/throwaway-postgres';
import { ThrowawayRedis } from '../testing/throwaway-redis';
import { HealthService } from './health.service';

jest.setTimeout(60_000);

/** Readiness follows PostgreSQL and Redis down and up again, on servers of the test's own. */
describe(HealthService.name, () => {
  let pg: ThrowawayPostgres;
  let redis: ThrowawayRedis;
  let http: HttpTestApp;
  let health: HealthService;

  beforeAll(async () => {
    [pg, redis] = await Promise.all([ThrowawayPostgres.start(), ThrowawayRedis.start()]);
    const config = { ...testConfig(pg.url()), redisUrl: redis.url };
    http = await startHttpTestApp(config, []);
    health = http.app.get(HealthService);
  });
  afterAll(async () => {
    await http?.close();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  const up = { status: 'ok', checks: { postgres: 'up', redis: 'up' } };

  it('is ok while PostgreSQL and Redis answer', async () => {
    expect(await health.check()).toEqual(up);
  });

  it('is unavailable while PostgreSQL is down, within the timeout, and ok once it is back', async () => {
    await pg.stop();
    const started = Date.now();
    expect(await health.check(500)).toEqual({
      status: 'unavailable',
      checks: { postgres: 'down', redis: 'up' },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    await pg.start();
    expect(await health.check()).toEqual(up);
  });

  it('is unavailable while Redis is down, and ok once it is back', async () => {
    await redis.stop('SIGKILL');
    expect(await health.check(500)).toEqual({
      status: 'unavailable',
      checks: { postgres: 'up', redis: 'down' },
    });
    await redis.start();
    let view = await health.check();
    for (let i = 0; i < 50 && view.status !== 'ok'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      view = await health.check();
    }
    expect(view).toEqual(up);
  });
});
