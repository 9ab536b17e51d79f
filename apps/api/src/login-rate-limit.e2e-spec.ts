import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppConfig, AppLogger } from '@cordon/platform';
import { createApi } from './bootstrap';
import { ApiHarness, startApi } from './testing/api-harness';

const LOGIN: AppConfig['login'] = {
  perMinute: 3,
  freeFailures: 100,
  maxDelaySeconds: 1,
  accountFailures: 1000,
  windowMinutes: 1,
};

const attempt = (
  url: string,
  email = 'x@council.example',
  forwardedFor?: string,
  password = 'whatever',
) => {
  const req = request(url).post('/api/v1/auth/login');
  if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
  return req.send({ email, password });
};

/**
 * Two api processes behind one load balancer share the login budget: the counters live
 * in Redis under the deployment's prefix, not in either process. X-Forwarded-For is
 * believed only from the proxies TRUST_PROXY names (none by default).
 */
describe('login rate limit across two api processes, trusting no proxy', () => {
  let one: ApiHarness;
  let two: INestApplication;
  let twoUrl: string;

  beforeAll(async () => {
    one = await startApi({ login: LOGIN });
    two = await createApi(one.config, new AppLogger('api', 'error', () => undefined));
    await two.listen(0, '127.0.0.1');
    twoUrl = `http://127.0.0.1:${(two.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('answers 429 with Retry-After on either process once the shared budget is spent', async () => {
    const answers = [];
    for (const url of [one.url, twoUrl, one.url, twoUrl, one.url]) answers.push(await attempt(url));
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 429, 429]);
    for (const refused of answers.slice(3)) {
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, code: 'rate_limited' });
    }
  });

  it('gives no fresh budget for a fresh X-Forwarded-For: spraying accounts stays throttled', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(await attempt(twoUrl, `spray-${i}@council.example`, `198.51.100.${i}`));
    expect(answers.map((r) => r.status)).toEqual([429, 429, 429, 429]);
  });
});

describe('login throttling behind a trusted proxy (TRUST_PROXY=loopback)', () => {
  let api: ApiHarness;
  const OWNER = { email: 'owner@council.example', password: 'correct-horse-battery' };
  const HOME = '192.0.2.10';

  beforeAll(async () => {
    api = await startApi({
      security: { trustProxy: ['loopback'], corsOrigins: [], hstsMaxAgeSeconds: null },
      login: {
        perMinute: 6,
        freeFailures: 3,
        maxDelaySeconds: 60,
        accountFailures: 12,
        windowMinutes: 15,
      },
    });
    await api.login(['command'], { email: OWNER.email });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gives each address behind the proxy its own budget; spraying from one is throttled', async () => {
    const sprayed = [];
    for (let i = 0; i < 8; i++)
      sprayed.push((await attempt(api.url, `user-${i}@council.example`, '198.51.100.9')).status);
    expect(sprayed).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    expect((await attempt(api.url, 'user-0@council.example', '198.51.100.10')).status).toBe(401);
  });

  it('lets the owner sign in from their own address while an attacker hammers the account from another', async () => {
    const attacker = [];
    for (let i = 0; i < 5; i++)
      attacker.push((await attempt(api.url, OWNER.email, '203.0.113.66')).status);
    expect(attacker).toEqual([401, 401, 401, 429, 429]);
    const owner = await attempt(api.url, OWNER.email, HOME, OWNER.password);
    expect(owner.status).toBe(200);
    // even the right password waits from the attacker's address
    expect((await attempt(api.url, OWNER.email, '203.0.113.66', OWNER.password)).status).toBe(429);
  });

  it('closes an account failed from many addresses to new addresses, never to one that signed in before', async () => {
    // the attacker's 3 failures above and 9 more from as many addresses: 12, the budget
    for (let i = 0; i < 9; i++)
      expect((await attempt(api.url, OWNER.email, `203.0.113.${100 + i}`)).status).toBe(401);
    const stranger = await attempt(api.url, OWNER.email, '203.0.113.250', OWNER.password);
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(60);
    expect((await attempt(api.url, OWNER.email, HOME, OWNER.password)).status).toBe(200);
  });
});
