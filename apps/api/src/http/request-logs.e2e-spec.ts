import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { UsersService } from '@cordon/auth';
import { AppLogger, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { createApi } from '../bootstrap';

const PASSWORD = 'log-me-never-7351';
const ACK_TOKEN = 'Vb9qXr2LmT4kPz8sNw3d';

/** The api's own log lines, read from pino's destination: secrets never reach them. */
describe('request logs of the api', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let http: () => ReturnType<typeof request>;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApi(
      testConfig(db.url),
      new AppLogger('api', 'info', (line) => lines.push(line)),
    );
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    http = () => request(`http://127.0.0.1:${port}`);
    await app
      .get(UsersService)
      .create(
        { email: 'logs@test.example', name: 'Logs', password: PASSWORD, roles: ['admin'] },
        SYSTEM_ACTOR,
      );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const accessLine = async (requestId: string) => {
    for (let i = 0; i < 50; i++) {
      const found = lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l['msg'] === 'request' && l['requestId'] === requestId);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no access line for ${requestId}`);
  };

  it('logs a login and a call with a bearer token without the password or the token', async () => {
    const login = await http()
      .post('/api/v1/auth/login')
      .send({ email: 'logs@test.example', password: PASSWORD });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    expect(await accessLine(login.headers['x-request-id'])).toMatchObject({
      service: 'api',
      req: { method: 'POST', path: '/api/v1/auth/login' },
      res: { status: 200 },
    });

    const me = await http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(await accessLine(me.headers['x-request-id'])).toMatchObject({
      req: { path: '/api/v1/auth/me', headers: { authorization: '[Redacted]' } },
      res: { status: 200 },
    });

    const all = lines.join('\n');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(token);
  });

  it('gives a line written while serving a request that request id (sign-in slowed after failed logins)', async () => {
    await app
      .get(UsersService)
      .create(
        { email: 'slowed@test.example', name: 'Slowed', password: PASSWORD, roles: ['staff'] },
        SYSTEM_ACTOR,
      );
    const wrong = (i: number) => `wrong-password-${i}-9137`;
    let last = '';
    for (let i = 0; i < 3; i++) {
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ email: 'slowed@test.example', password: wrong(i) });
      expect(res.status).toBe(401);
      last = res.headers['x-request-id'];
    }
    await accessLine(last);
    const slowed = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l['msg'] === 'sign-in slowed for an address after repeated failures');
    expect(slowed).toMatchObject({
      level: 'warn',
      context: 'AuthService',
      requestId: last,
      source: '127.0.0.1',
    });
    const all = lines.join('\n');
    for (let i = 0; i < 3; i++) expect(all).not.toContain(wrong(i));
  });

  it('logs an acknowledgement link without its token', async () => {
    const res = await http().get(`/api/v1/ack/${ACK_TOKEN}`);
    expect(res.status).toBe(404);
    expect(await accessLine(res.headers['x-request-id'])).toMatchObject({
      req: { path: '/api/v1/ack/[Redacted]' },
      res: { status: 404 },
    });
    expect(lines.join('\n')).not.toContain(ACK_TOKEN);
  });

  it('never logs a token from an ack path in another case, a Referer or a detection key', async () => {
    const KEY = 'detect-key-5581-secret';
    const res = await http()
      .post(`/API/V1/Ack/${ACK_TOKEN}x`)
      .set('Referer', `https://mail.example/read?link=/api/v1/ack/${ACK_TOKEN}y`)
      .set('X-Api-Key', KEY);
    expect(await accessLine(res.headers['x-request-id'])).toMatchObject({
      req: {
        path: '/API/V1/Ack/[Redacted]',
        headers: { 'x-api-key': '[Redacted]', referer: 'https://mail.example/read' },
      },
    });
    const all = lines.join('\n');
    expect(all).not.toContain(`${ACK_TOKEN}x`);
    expect(all).not.toContain(`${ACK_TOKEN}y`);
    expect(all).not.toContain(KEY);
  });
});
