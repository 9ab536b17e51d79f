import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from './testing/api-harness';

describe('authentication over HTTP', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({
      admin: { email: 'admin@council.example', password: 'bootstrap-secret' },
      login: {
        perMinute: 1000,
        freeFailures: 3,
        maxDelaySeconds: 60,
        accountFailures: 50,
        windowMinutes: 15,
      },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('creates the bootstrap admin on start, who can log in', async () => {
    const res = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'ADMIN@council.example', password: 'bootstrap-secret' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      email: 'admin@council.example',
      roles: ['admin'],
      departmentId: null,
    });
    const me = await api
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('admin@council.example');
  });

  it('answers a wrong password with 401 problem+json', async () => {
    const res = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'admin@council.example', password: 'nope' });
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const res = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@council.example', password: 'nope' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_credentials');
  });

  it('refuses a request without a token, or with a forged one, with 401', async () => {
    const none = await api.http().get('/api/v1/auth/me');
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('unauthorized');
    const forged = await api
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', 'Bearer abc.def.ghi');
    expect(forged.status).toBe(401);
  });

  it('answers a known and an unknown account alike after repeated failures: a short wait, no lockout', async () => {
    await api.login(['staff'], { email: 'slowed@council.example' });
    const attempts = async (email: string) => {
      const answers: string[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await api
          .http()
          .post('/api/v1/auth/login')
          .send({ email, password: 'wrong-password' });
        const retry = Number(res.headers['retry-after'] ?? 0);
        answers.push(
          `${res.status} ${res.body.code}${retry > 0 && retry <= 5 ? ' retry-after' : ''}`,
        );
      }
      return answers;
    };
    const known = await attempts('slowed@council.example');
    expect(known).toEqual([
      '401 invalid_credentials',
      '401 invalid_credentials',
      '401 invalid_credentials',
      '429 rate_limited retry-after',
    ]);
    expect(await attempts('never-an-account@council.example')).toEqual(known);
    await new Promise((r) => setTimeout(r, 5_100));
    const res = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'slowed@council.example', password: 'correct-horse-battery' });
    expect(res.status).toBe(200);
  }, 60_000);

  it('signs out: the token stops working at once, other tokens go on', async () => {
    const user = await api.login(['itu'], { email: 'signs-out@council.example' });
    const again = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'signs-out@council.example', password: 'correct-horse-battery' })
      .expect(200);
    const me = (token: string) =>
      api.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect((await me(user.token)).status).toBe(200);
    const out = await api
      .http()
      .post('/api/v1/auth/logout')
      .set('Authorization', `Bearer ${user.token}`);
    expect(out.status).toBe(204);
    expect((await me(user.token)).status).toBe(401);
    expect((await me(again.body.accessToken)).status).toBe(200);
  });

  it("stops a disabled user's token as soon as the change is heard (milliseconds)", async () => {
    const user = await api.login(['command']);
    const me = () => api.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${user.token}`);
    expect((await me()).status).toBe(200);
    await api.app.get(DataSource).query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    const committed = Date.now();
    while ((await me()).status === 200 && Date.now() - committed < 2_000)
      await new Promise((r) => setTimeout(r, 5));
    expect((await me()).status).toBe(401);
    expect(Date.now() - committed).toBeLessThan(2_000);
  });

  it('lets only admins create users', async () => {
    const itu = await api.login(['itu']);
    const res = await api
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${itu.token}`)
      .send({
        email: 'new@council.example',
        name: 'New',
        password: 'long-enough',
        roles: ['staff'],
      });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('names every bad field, rejects unknown fields and malformed JSON with 400', async () => {
    const admin = await api.login(['admin']);
    const res = await api
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ email: 'not-an-email', name: 5, password: 'short', roles: ['emperor'], shoeSize: 9 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    const fields = new Set(res.body.errors.map((e: { field: string }) => e.field));
    expect(fields).toEqual(new Set(['email', 'name', 'password', 'roles', 'shoeSize']));

    const bad = await api
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('malformed_json');
  });

  it('answers 409 conflict for a duplicate email and keeps the first user', async () => {
    const admin = await api.login(['admin']);
    const body = {
      email: 'twice@council.example',
      name: 'Twice',
      password: 'long-enough',
      roles: ['staff'],
    };
    await api
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send(body)
      .expect(201);
    const again = await api
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ ...body, name: 'Other' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
    const login = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'twice@council.example', password: 'long-enough' });
    expect(login.body.user.name).toBe('Twice');
  });

  it('serves health without a token and OpenAPI at /api/docs', async () => {
    const health = await api.http().get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
    const docs = await api.http().get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users']),
    );
  });
});

describe('login rate limit', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({
      login: {
        perMinute: 3,
        freeFailures: 100,
        maxDelaySeconds: 1,
        accountFailures: 1000,
        windowMinutes: 1,
      },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers 429 with Retry-After past the per-minute limit', async () => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await api
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'x@council.example', password: 'whatever' });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers['retry-after'];
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
