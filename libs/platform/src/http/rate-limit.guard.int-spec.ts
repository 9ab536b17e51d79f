import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/config';
import { clearPrefix, testConfig } from '../testing/test-config';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { HttpTestApp, startHttpTestApp } from '../testing/http-test-app';
import { ThrowawayRedis } from '../testing/throwaway-redis';
import { RateLimit, RateLimitGuard } from './rate-limit.guard';

const SHARED = { name: 'shared', limit: 3, windowSeconds: 60 };

@Controller('limited')
class LimitedController {
  @Get('a')
  @RateLimit(SHARED)
  a() {
    return { ok: true };
  }

  @Post('b')
  @HttpCode(200)
  @RateLimit(SHARED)
  b() {
    return { ok: true };
  }

  @Get('configured')
  @RateLimit({ name: 'configured', limit: (c) => c.login.perMinute, windowSeconds: 60 })
  configured() {
    return { ok: true };
  }

  @Get('free')
  free() {
    return { ok: true };
  }
}

const call = (base: string, path: string, init: RequestInit = {}) =>
  fetch(`${base}/limited/${path}`, init);
const statuses = async (calls: Promise<Response>[]) =>
  (await Promise.all(calls)).map((r) => r.status);

describe(RateLimitGuard.name, () => {
  let db: TestDatabase;
  let config: AppConfig;
  let redis: Redis;
  const apps: HttpTestApp[] = [];
  const start = async (c: AppConfig) => {
    const app = await startHttpTestApp(c, [LimitedController]);
    apps.push(app);
    return app.url;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = new Redis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379/0');
  });
  beforeEach(() => {
    config = testConfig(db.url);
    config = { ...config, login: { ...config.login, perMinute: 2 } };
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await clearPrefix(redis, config.queuePrefix);
  });
  afterAll(async () => {
    redis.disconnect();
    await db?.drop();
  });

  it('shares one budget between two api processes on one Redis prefix, then answers 429 with Retry-After', async () => {
    const [one, two] = [await start(config), await start(config)];
    const allowed = [await call(one, 'a'), await call(two, 'a'), await call(one, 'a')];
    expect(allowed.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(allowed.map((r) => r.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0']);
    expect(allowed[0]!.headers.get('ratelimit-limit')).toBe('3');

    for (const base of [two, one]) {
      const refused = await call(base, 'a');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await refused.json()).toEqual({
        type: 'urn:cordon:problem:rate_limited',
        title: 'Rate limited',
        status: 429,
        detail: `Too many requests; try again in ${retryAfter} s`,
        code: 'rate_limited',
        retryAfterSeconds: retryAfter,
      });
    }
    // the counters sit under this config's own prefix, in the rule's bucket
    expect(await redis.exists(`${config.queuePrefix}:{rl:shared:127.0.0.1:default}:hits`)).toBe(1);
  });

  it('counts routes naming the same bucket together, and leaves routes without a rule alone', async () => {
    const base = await start(config);
    expect(
      await statuses([call(base, 'a'), call(base, 'b', { method: 'POST' }), call(base, 'a')]),
    ).toEqual([200, 200, 200]);
    expect((await call(base, 'b', { method: 'POST' })).status).toBe(429);
    const free = await Promise.all(Array.from({ length: 6 }, () => call(base, 'free')));
    expect(free.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(free[0]!.headers.get('ratelimit-limit')).toBeNull();
  });

  it('takes a limit from the config when the rule says so', async () => {
    const base = await start(config);
    expect([
      (await call(base, 'configured')).status,
      (await call(base, 'configured')).status,
      (await call(base, 'configured')).status,
    ]).toEqual([200, 200, 429]);
  });

  it('keeps another prefix (another deployment or test) apart', async () => {
    const base = await start(config);
    for (let i = 0; i < 3; i++) await call(base, 'a');
    expect((await call(base, 'a')).status).toBe(429);
    const other = testConfig(db.url);
    const elsewhere = await start(other);
    expect((await call(elsewhere, 'a')).status).toBe(200);
    await clearPrefix(redis, other.queuePrefix);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy: a fresh value is no fresh budget', async () => {
    const base = await start(config);
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 3; i++) await call(base, 'a', from(`203.0.113.${i}`));
    expect((await call(base, 'a', from('203.0.113.99'))).status).toBe(429);
    expect((await call(base, 'a')).status).toBe(429);
  });

  it('counts per client address, taken from X-Forwarded-For when TRUST_PROXY names the proxy', async () => {
    const base = await start({
      ...config,
      security: { ...config.security, trustProxy: ['loopback'] },
    });
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 3; i++) await call(base, 'a', from('203.0.113.7'));
    expect((await call(base, 'a', from('203.0.113.7'))).status).toBe(429);
    // another address behind the same proxy has its own budget, as has the proxy itself
    expect((await call(base, 'a', from('203.0.113.8'))).status).toBe(200);
    expect((await call(base, 'a')).status).toBe(200);
    expect(await redis.exists(`${config.queuePrefix}:{rl:shared:203.0.113.7:default}:hits`)).toBe(
      1,
    );
  });

  it('lets requests through while Redis is away, and limits again when it is back', async () => {
    const own = await ThrowawayRedis.start();
    try {
      const base = await start({ ...config, redisUrl: own.url });
      for (let i = 0; i < 3; i++) await call(base, 'a');
      expect((await call(base, 'a')).status).toBe(429);
      await own.stop('SIGKILL');
      expect(await statuses([call(base, 'a'), call(base, 'a'), call(base, 'a')])).toEqual([
        200, 200, 200,
      ]);
      await own.start();
      // the killed server lost its counters: a fresh window, refused past the limit again
      let status = 200;
      for (let i = 0; i < 50 && status === 200; i++) {
        status = (await call(base, 'a')).status;
        if (status === 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(429);
    } finally {
      await own.destroy();
    }
  });
});
