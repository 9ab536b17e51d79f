import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppLogger } from '@cordon/platform';
import { createApi } from './bootstrap';
import { ApiHarness, startApi } from './testing/api-harness';

/**
 * Two api processes behind one load balancer share the login budget: the counters live
 * in Redis under the deployment's prefix, not in either process.
 */
describe('login rate limit across two api processes', () => {
  let one: ApiHarness;
  let two: INestApplication;
  let twoUrl: string;

  beforeAll(async () => {
    one = await startApi({ login: { perMinute: 3, maxFailures: 100, lockMinutes: 1 } });
    two = await createApi(one.config, new AppLogger('api', 'error', () => undefined));
    await two.listen(0, '127.0.0.1');
    twoUrl = `http://127.0.0.1:${(two.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  const attempt = (url: string, forwardedFor?: string) => {
    const req = request(url).post('/api/v1/auth/login');
    if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
    return req.send({ email: 'x@council.example', password: 'whatever' });
  };

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

  it('gives each address behind a proxy on loopback its own budget', async () => {
    const answers = [];
    for (const url of [twoUrl, one.url, twoUrl, one.url])
      answers.push(await attempt(url, '198.51.100.9'));
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 429]);
  });
});
