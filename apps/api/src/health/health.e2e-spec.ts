import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppLogger } from '@cordon/platform';
import { testConfig, ThrowawayPostgres } from '@cordon/platform/testing';
import { createApi } from '../bootstrap';

jest.setTimeout(90_000);

/** GET /api/v1/health on a PostgreSQL of the test's own, which the test stops and starts. */
describe('GET /api/v1/health while PostgreSQL goes away', () => {
  let pg: ThrowawayPostgres;
  let app: INestApplication;
  let http: () => ReturnType<typeof request>;

  beforeAll(async () => {
    pg = await ThrowawayPostgres.start();
    app = await createApi(testConfig(pg.url()), new AppLogger('api', 'error', () => undefined));
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    http = () => request(`http://127.0.0.1:${port}`);
  });
  afterAll(async () => {
    await app?.close();
    await pg?.destroy();
  });

  const ready = { status: 'ok', checks: { postgres: 'up', redis: 'up' } };

  it('answers 200 while PostgreSQL and Redis answer', async () => {
    const res = await http().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(ready);
  });

  it('answers 503 promptly while PostgreSQL is down, the api still serving, and 200 once it is back', async () => {
    await pg.stop();
    const started = Date.now();
    const down = await http().get('/api/v1/health');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'unavailable', checks: { postgres: 'down', redis: 'up' } });
    expect(Date.now() - started).toBeLessThan(3_000);
    // the process is alive: what needs no database still answers
    expect((await http().get('/api/docs-json')).status).toBe(200);

    await pg.start();
    const back = await http().get('/api/v1/health');
    expect(back.status).toBe(200);
    expect(back.body).toEqual(ready);
  });
});
