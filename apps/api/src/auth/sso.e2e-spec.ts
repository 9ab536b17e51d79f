import { INestApplication } from '@nestjs/common';
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@cordon/auth';
import { AppLogger, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, freePort, testConfig, TestDatabase } from '@cordon/platform/testing';
import { createApi } from '../bootstrap';
import {
  accessibilityProblems,
  launchBrowser,
  newContext,
  screenshot,
  signIn,
} from '../testing/browser';
import { buildConsole } from '../testing/console-build';
import { startTestProvider, TestProvider } from '../testing/oidc-test-provider';

const CLIENT = { clientId: 'cordon', clientSecret: 'a-test-client-secret-of-some-length' };
const PASSWORD = 'break-glass-password';

/**
 * Single sign-on against a real OpenID provider (oidc-provider) on loopback, through the
 * built console in Chromium: the authorisation-code flow with PKCE S256, state and nonce;
 * the user made at the first sign-in with the role and department their groups map to, an
 * existing login linked and its role refreshed; a tampered state, a tampered nonce and a
 * user in no mapped group refused with nobody created; LOCAL_LOGIN=admins keeps passwords
 * for admins only.
 */
describe('single sign-on (OpenID Connect)', () => {
  let db: TestDatabase | undefined;
  let provider: TestProvider | undefined;
  let app: INestApplication | undefined;
  let browser: Browser | undefined;
  let consoleDir: string | undefined;
  let url: string;
  let ds: DataSource;
  let soc: string;
  let adminToken: string;
  const authRequests: URL[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const [port, providerPort] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    provider = await startTestProvider({
      port: providerPort,
      ...CLIENT,
      redirectUri: `${url}/api/v1/auth/oidc/callback`,
      accounts: {
        ann: { email: 'ann.itu@council.example', name: 'Ann Itu', groups: ['ITU Social', 'All'] },
        carol: { email: 'carol@council.example', name: 'Carol Cmd', groups: ['Cordon Command'] },
        dave: { email: 'dave@council.example', name: 'Dave', groups: ['Cordon Command'] },
        nina: { email: 'nina@council.example', name: 'Nina', groups: ['Cordon Command'] },
        eve: { email: 'eve@council.example', name: 'Eve', groups: ['Finance'] },
      },
    });
    consoleDir = buildConsole();
    const base = testConfig(db.url);
    const config = testConfig(db.url, {
      port,
      publicUrl: url,
      consoleDir,
      login: { ...base.login, perMinute: 200 },
      localLogin: 'admins',
      oidc: {
        issuerUrl: provider.issuer,
        ...CLIENT,
        scopes: ['openid', 'profile', 'email', 'groups'],
        groupsClaim: 'groups',
        displayName: 'Council account',
        redirectUrl: null,
      },
    });
    app = await createApi(config, new AppLogger('api', 'error', () => undefined));
    await app.listen(port, '127.0.0.1');
    ds = app.get(DataSource);

    const users = app.get(UsersService);
    await users.create(
      { email: 'root@council.example', name: 'Root', password: PASSWORD, roles: ['admin'] },
      SYSTEM_ACTOR,
    );
    await users.create(
      { email: 'carol@council.example', name: 'Carol', password: PASSWORD, roles: ['staff'] },
      SYSTEM_ACTOR,
    );
    const login = await request(url)
      .post('/api/v1/auth/login')
      .send({ email: 'root@council.example', password: PASSWORD })
      .expect(200);
    adminToken = login.body.accessToken;
    const admin = () => ({ authorization: `Bearer ${adminToken}` });
    soc = (
      await request(url)
        .post('/api/v1/departments')
        .set(admin())
        .send({ code: 'SOC', name: 'Social Services' })
        .expect(201)
    ).body.id;
    for (const mapping of [
      { group: 'ITU Social', role: 'itu', departmentId: soc },
      { group: 'Cordon Command', role: 'command' },
    ])
      await request(url).post('/api/v1/auth/group-mappings').set(admin()).send(mapping).expect(201);

    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.close();
    await provider?.stop();
    await db?.drop();
    if (consoleDir) rmSync(consoleDir, { recursive: true, force: true });
  }, 60_000);

  /** A fresh browser at the console's sign-in page; the provider's pages load no web fonts. */
  async function signInPage(): Promise<Page> {
    const context = await newContext(browser!, url);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (u.pathname === '/auth' && u.searchParams.has('client_id')) authRequests.push(u);
    });
    await page.goto('/');
    return page;
  }

  /**
   * Starts a sign-in as the button does, but with the provider's URL changed by `tamper`
   * on its way (Playwright cannot intercept a redirect's later hops): the browser context's
   * request API shares its cookies, so the flow cookie is set as a click would set it.
   */
  async function startTampered(page: Page, tamper: (auth: URL) => void): Promise<void> {
    const started = await page
      .context()
      .request.get('/api/v1/auth/oidc/login', { maxRedirects: 0 });
    expect(started.status()).toBe(302);
    const auth = new URL(started.headers()['location']!);
    tamper(auth);
    await page.goto(auth.href);
  }

  /** At the provider: its login page (any password), then consent when it asks. */
  async function atProvider(page: Page, login: string, started = false): Promise<void> {
    if (!started) await page.getByRole('link', { name: 'Sign in with Council account' }).click();
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    await Promise.race([
      consent.waitFor().then(() => consent.click()),
      page.waitForURL((u) => !u.href.startsWith(provider!.issuer)),
    ]);
  }

  const userRow = async (email: string) =>
    (await ds.query(`SELECT id, roles, department_id FROM users WHERE email = $1`, [email]))[0] as
      { id: string; roles: string[]; department_id: string | null } | undefined;

  it('offers single sign-on on the sign-in page, and password sign-in for admins only', async () => {
    const methods = await request(url).get('/api/v1/auth/methods').expect(200);
    expect(methods.body).toEqual({
      localLogin: 'admins',
      sso: { displayName: 'Council account', loginUrl: '/api/v1/auth/oidc/login' },
    });
    const page = await signInPage();
    await page.getByRole('link', { name: 'Sign in with Council account' }).waitFor();
    await page.getByText('Password sign-in is for administrators only').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'sign-in-sso', 'desktop');
    await page.context().close();
  }, 60_000);

  it('signs in through the provider with PKCE and lands with the role and department its groups map to', async () => {
    const page = await signInPage();
    await atProvider(page, 'ann');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // the header names the department once the departments have loaded
    await page
      .locator('.who', { hasText: 'SOC' })
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    const who = await page.locator('.who').textContent();
    expect(who).toContain('Ann Itu');
    expect(who).toContain('itu');
    expect(who).toContain('SOC');
    expect(new URL(page.url()).pathname).toBe('/queue');
    expect(page.url()).not.toContain('token=');

    const auth = authRequests.at(-1)!;
    expect(auth.searchParams.get('response_type')).toBe('code');
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(auth.searchParams.get('state')).toBeTruthy();
    expect(auth.searchParams.get('nonce')).toBeTruthy();

    expect(await userRow('ann.itu@council.example')).toMatchObject({
      roles: ['itu'],
      department_id: soc,
    });
    const created = await ds.query(
      `SELECT data FROM events WHERE type = 'user.created' AND data->'user'->>'email' = $1`,
      ['ann.itu@council.example'],
    );
    expect(created).toEqual([
      {
        data: expect.objectContaining({
          sso: { issuer: provider!.issuer, groups: ['ITU Social'] },
        }),
      },
    ]);
    await page.context().close();
  }, 90_000);

  it('links an existing login by email and refreshes its role from the groups', async () => {
    const page = await signInPage();
    await atProvider(page, 'carol');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('.who').textContent()).toContain('command');
    expect(await userRow('carol@council.example')).toMatchObject({ roles: ['command'] });
    const changed = await ds.query(
      `SELECT data FROM events WHERE type = 'user.access_changed' AND data->>'email' = $1`,
      ['carol@council.example'],
    );
    expect(changed).toEqual([
      {
        data: expect.objectContaining({
          before: { roles: ['staff'], departmentId: null },
          after: { roles: ['command'], departmentId: null },
          source: 'sso',
        }),
      },
    ]);
    const identities = await ds.query(`SELECT subject FROM user_identities ORDER BY subject`);
    expect(identities.map((r: { subject: string }) => r.subject)).toEqual(['ann', 'carol']);
    await page.context().close();
  }, 90_000);

  it('refuses a callback whose state was tampered with, and creates nobody', async () => {
    const page = await signInPage();
    // the provider returns the state it was given: not the one this sign-in keeps
    await startTampered(page, (auth) =>
      auth.searchParams.set('state', `${auth.searchParams.get('state')}x`),
    );
    const callback = page.waitForResponse((r) => r.url().includes('/auth/oidc/callback'));
    await atProvider(page, 'dave', true);
    expect((await callback).status()).toBe(401);
    await page.getByRole('heading', { name: 'Sign-in was refused' }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/state/i);
    expect(await userRow('dave@council.example')).toBeUndefined();
    await page.context().close();
  }, 90_000);

  it('refuses an ID token whose nonce is not the one this sign-in sent, and creates nobody', async () => {
    const page = await signInPage();
    // the request to the provider carries another nonce: its ID token then holds that one
    await startTampered(page, (auth) =>
      auth.searchParams.set('nonce', 'a-nonce-cordon-never-sent'),
    );
    const callback = page.waitForResponse((r) => r.url().includes('/auth/oidc/callback'));
    await atProvider(page, 'nina', true);
    expect((await callback).status()).toBe(401);
    await page.getByRole('heading', { name: 'Sign-in was refused' }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/nonce/i);
    expect(await userRow('nina@council.example')).toBeUndefined();
    await page.context().close();
  }, 90_000);

  it('refuses a person none of whose groups is mapped, and creates nobody', async () => {
    const page = await signInPage();
    const callback = page.waitForResponse((r) => r.url().includes('/auth/oidc/callback'));
    await atProvider(page, 'eve');
    expect((await callback).status()).toBe(403);
    await page.getByRole('heading', { name: 'Your account has no role in Cordon' }).waitFor();
    expect(await userRow('eve@council.example')).toBeUndefined();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('lets the admin list, add and remove group mappings in the console', async () => {
    const page = await signInPage();
    await signIn(page, 'root@council.example', PASSWORD);
    await page.goto('/admin/sso-groups');
    await page.getByTestId('mapping-ITU Social').waitFor();
    expect(await page.getByTestId('mapping-ITU Social').textContent()).toContain('Social Services');
    await page.getByLabel('Group', { exact: true }).fill('Cordon Owners');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Incident owner' });
    await page.getByRole('button', { name: 'Add mapping' }).click();
    await page.getByTestId('mapping-Cordon Owners').waitFor();
    await page.getByLabel('Group', { exact: true }).fill('ITU without department');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Department IT unit' });
    await page.getByRole('button', { name: 'Add mapping' }).click();
    await page
      .locator('.field-error')
      .getByText(/department/)
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'admin-sso-groups', 'desktop');
    await page.getByRole('button', { name: 'Remove Cordon Owners → Incident owner' }).click();
    await page.getByTestId('mapping-Cordon Owners').waitFor({ state: 'detached' });
    const groups = await ds.query(`SELECT group_name FROM identity_group_mappings ORDER BY 1`);
    expect(groups.map((g: { group_name: string }) => g.group_name)).toEqual([
      'Cordon Command',
      'ITU Social',
    ]);
    await page.context().close();
  }, 90_000);

  it('refuses a callback that this browser did not start (no flow cookie) as problem+json', async () => {
    const res = await request(url)
      .get('/api/v1/auth/oidc/callback?code=abc&state=def')
      .set('accept', 'application/json')
      .expect(401);
    expect(res.body).toMatchObject({ code: 'sso_failed' });
  });

  it('keeps passwords for admins only when LOCAL_LOGIN=admins', async () => {
    const refused = await request(url)
      .post('/api/v1/auth/login')
      .send({ email: 'ann.itu@council.example', password: PASSWORD })
      .expect(401);
    expect(refused.body.code).toBe('invalid_credentials');
    const notAdmin = await request(url)
      .post('/api/v1/auth/login')
      .send({ email: 'carol@council.example', password: PASSWORD })
      .expect(403);
    expect(notAdmin.body.code).toBe('local_login_disabled');
    await request(url)
      .post('/api/v1/auth/login')
      .send({ email: 'root@council.example', password: PASSWORD })
      .expect(200);
  });
});
