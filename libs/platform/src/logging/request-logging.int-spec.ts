import { Body, Controller, Get, HttpCode, Logger, Param, Post } from '@nestjs/common';
import { testConfig } from '../testing/test-config';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { HttpTestApp, startHttpTestApp } from '../testing/http-test-app';
import { AppLogger } from './app-logger';
import { requestLogging } from './request-logging';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-bearer.sig';
const PASSWORD = 'correct-horse-battery-staple';
const ACK = 'Zq8vN3xK0pL7sT2w';

@Controller()
class LoggedController {
  private readonly logger = new Logger('LoggedController');

  @Get('me')
  me() {
    this.logger.log({ msg: 'who am i' });
    return { ok: true };
  }

  /** As careless code might: logs the body it was given. */
  @Post('login')
  @HttpCode(200)
  login(@Body() body: { email: string; password: string }) {
    this.logger.warn({ msg: 'login attempt', body });
    return { ok: true };
  }

  @Get('ack/:token')
  ack(@Param('token') token: string) {
    return { length: token.length };
  }
}

describe(requestLogging.name, () => {
  let db: TestDatabase;
  let http: HttpTestApp;
  const lines: string[] = [];
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    db = await createTestDatabase();
    const logger = new AppLogger('api', 'info', (line) => lines.push(line));
    http = await startHttpTestApp(testConfig(db.url), [LoggedController], logger);
  });
  afterAll(async () => {
    await http?.close();
    await db?.drop();
  });
  beforeEach(() => {
    lines.length = 0;
  });

  /** Access lines are written when the answer is finished: wait for the one of `id`. */
  async function accessLine(id: string): Promise<Record<string, unknown>> {
    for (let i = 0; i < 50; i++) {
      const line = parsed().find((l) => l['msg'] === 'request' && l['requestId'] === id);
      if (line) return line;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no access line for ${id}`);
  }

  it('writes one JSON line per request with its id, the Authorization header redacted', async () => {
    const res = await fetch(`${http.url}/me?cursor=abc`, {
      headers: { authorization: `Bearer ${TOKEN}`, cookie: `session=${TOKEN}` },
    });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await accessLine(id);
    expect(line).toMatchObject({
      level: 'info',
      service: 'api',
      requestId: id,
      req: {
        method: 'GET',
        path: '/me',
        headers: { authorization: '[Redacted]', cookie: '[Redacted]' },
      },
      res: { status: 200 },
    });
    expect(typeof line['ms']).toBe('number');
    expect(typeof line['time']).toBe('string');
    expect(parsed().filter((l) => l['requestId'] === id && l['msg'] === 'request')).toHaveLength(1);
    // a line the handler logged carries the request's id too
    expect(parsed()).toContainEqual(
      expect.objectContaining({ msg: 'who am i', context: 'LoggedController', requestId: id }),
    );
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('keeps a well-formed incoming X-Request-Id and replaces a malformed one', async () => {
    const kept = await fetch(`${http.url}/me`, { headers: { 'x-request-id': 'edge-42.a_b' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-42.a_b');
    await accessLine('edge-42.a_b');
    const replaced = await fetch(`${http.url}/me`, { headers: { 'x-request-id': 'bad id\u00e9' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes a password from a body, even when code logs the body', async () => {
    const res = await fetch(`${http.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@council.example', password: PASSWORD }),
    });
    const id = res.headers.get('x-request-id')!;
    await accessLine(id);
    expect(parsed()).toContainEqual(
      expect.objectContaining({
        msg: 'login attempt',
        level: 'warn',
        requestId: id,
        body: { email: 'a@council.example', password: '[Redacted]' },
      }),
    );
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });

  it('logs an acknowledgement link without its token, and a refused body with its id', async () => {
    const res = await fetch(`${http.url}/ack/${ACK}?x=1`);
    const line = await accessLine(res.headers.get('x-request-id')!);
    expect(line['req']).toMatchObject({ path: '/ack/[Redacted]' });
    expect(lines.join('\n')).not.toContain(ACK);

    const malformed = await fetch(`${http.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"password": "' + PASSWORD,
    });
    expect(malformed.status).toBe(400);
    const refused = await accessLine(malformed.headers.get('x-request-id')!);
    expect(refused['res']).toEqual({ status: 400 });
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });
});
