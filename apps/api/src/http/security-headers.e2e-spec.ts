import { createHash } from 'node:crypto';
import { ApiHarness, startApi } from '../testing/api-harness';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Helmet's headers, Cache-Control and CORS on the api's answers (docs/security.md). */
describe('security headers, default configuration', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  }, 60_000);
  afterAll(() => api?.close());

  it('sends nosniff, frame protection, a referrer policy and the CSP on every answer, no HSTS', async () => {
    for (const path of ['/api/v1/status', '/api/v1/auth/me', '/api/v1/ack/not-a-token']) {
      const res = await api.http().get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('allows inline styles on the Swagger UI page alone', async () => {
    const docs = await api.http().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.headers['content-security-policy']).toMatch(
      /style-src 'self' 'unsafe-inline'(;|$)/,
    );
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it("allows the acknowledgement page's inline style by its hash", async () => {
    const res = await api.http().get('/api/v1/ack/not-a-token');
    expect(res.status).toBe(404);
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.text)?.[1];
    expect(style).toBeDefined();
    const styleSrc = /style-src ([^;]*)/.exec(String(res.headers['content-security-policy']))?.[1];
    expect(styleSrc?.split(' ')).toContain(sha256(style!));
  });

  it('keeps the login answer and personal data out of caches; the public status briefly', async () => {
    const user = await api.login(['owner'], { email: 'cache@council.example' });
    const login = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'cache@council.example', password: 'correct-horse-battery' });
    expect(login.status).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'cache@council.example', password: 'wrong' });
    expect(refused.headers['cache-control']).toBe('no-store');
    for (const path of ['/api/v1/auth/me', '/api/v1/incidents', '/api/v1/users']) {
      const res = await api.http().get(path).set('Authorization', `Bearer ${user.token}`);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    const status = await api.http().get('/api/v1/status');
    expect(status.status).toBe(200);
    expect(status.headers['cache-control']).toBe('public, max-age=5');
  });

  it('answers no cross-origin request: CORS is closed by default', async () => {
    const preflight = await api
      .http()
      .options('/api/v1/incidents')
      .set('Origin', 'https://elsewhere.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const get = await api.http().get('/api/v1/status').set('Origin', 'https://elsewhere.example');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('security headers with CORS_ORIGINS and HSTS_MAX_AGE set', () => {
  let api: ApiHarness;
  const allowed = 'https://console.council.example';
  beforeAll(async () => {
    api = await startApi({
      security: { trustProxy: false, corsOrigins: [allowed], hstsMaxAgeSeconds: 31_536_000 },
    });
  }, 60_000);
  afterAll(() => api?.close());

  it('answers the configured origin only', async () => {
    const preflight = (origin: string) =>
      api
        .http()
        .options('/api/v1/incidents')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'GET')
        .set('Access-Control-Request-Headers', 'authorization');
    const ok = await preflight(allowed);
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(allowed);
    expect(ok.headers['access-control-allow-headers']).toMatch(/Authorization/i);
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await preflight('https://elsewhere.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends HSTS and upgrades insecure requests', async () => {
    const res = await api.http().get('/api/v1/status');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
