import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from '../testing/browser';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';
import { as } from '../testing/incident-fixture';

/**
 * Every HTML page Cordon serves, in Chromium under the Content-Security-Policy the api
 * sends (docs/security.md): the console, the staff status page, an acknowledgement page,
 * the printable report on its own and inside the console's srcdoc frame, which inherits
 * the console's policy. Each renders, and the browser reports no violation: neither a
 * `securitypolicyviolation` event in any frame nor a CSP error on the console.
 */
/** Evaluated in the page: set by each page's inline style, 'none' without it. */
const BODY_MAX_WIDTH = 'getComputedStyle(document.body).maxWidth';

describe('the content security policy in a browser', () => {
  let session: ConsoleSession;
  let incidentId: string;
  let reference: string;
  const violations: string[] = [];
  const contexts: BrowserContext[] = [];

  /** A page whose every frame reports CSP violations to `violations`. */
  const watched = async (context: BrowserContext): Promise<Page> => {
    contexts.push(context);
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
        console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')));`,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content.Security.Policy|CSP violation/i.test(msg.text()))
        violations.push(`${page.url()}: ${msg.text()}`);
    });
    return page;
  };

  beforeAll(async () => {
    session = await startConsoleSession(2);
    const { api, council, owner } = session.world;
    const created = await as(api, owner.token)
      .post('incidents', {
        title: 'Blaster on the Civic Hall network',
        severity: 2,
        summary: 'Hosts scanning TCP 135',
        ownerId: owner.id,
      })
      .expect(201);
    incidentId = created.body.id;
    reference = created.body.reference;
    await as(api, owner.token)
      .post(`incidents/${incidentId}/lans`, { lanIds: [council.lans['SOC-HALL']] })
      .expect(201);
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await session?.close();
  }, 60_000);

  it('sends the policy with every page', async () => {
    const page = await watched(await newContext(session.browser, session.world.api.url));
    const res = await page.goto('/');
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  }, 30_000);

  it('lets the console sign in and show the report in its srcdoc frame', async () => {
    const page = await watched(await newContext(session.browser, session.world.api.url));
    await page.goto('/');
    await page.getByLabel('Email').fill(session.world.owner.email);
    await page.getByLabel('Password', { exact: true }).fill('correct-horse-battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`/incidents/${incidentId}/report`);
    const frame = page.frameLocator('iframe.report-frame');
    const heading = frame.getByRole('heading', { name: new RegExp(`${reference}: Blaster`) });
    await heading.waitFor();
    // the report's own inline style applied (its body is 60rem at most; unstyled: none)
    const report = page.frames().find((f) => f.url() === 'about:srcdoc');
    expect(await report?.evaluate(BODY_MAX_WIDTH)).toBe('960px');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    expect(violations).toEqual([]);
  }, 60_000);

  it('shows every screen of the console to an admin without a violation', async () => {
    const page = await watched(await newContext(session.browser, session.world.api.url));
    await page.goto('/');
    await page.getByLabel('Email').fill(session.world.admin.email);
    await page.getByLabel('Password', { exact: true }).fill('correct-horse-battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const inc = `/incidents/${incidentId}`;
    for (const path of [
      '/incidents',
      inc,
      `${inc}/broadcast`,
      `${inc}/warp`,
      '/reviews',
      '/metrics',
      '/patching',
      '/patching/services',
      '/queue',
      '/admin',
      '/status-page',
    ]) {
      await page.goto(path);
      await page.locator('main h1, main h2').first().waitFor();
      await page.waitForTimeout(300);
    }
    expect(violations).toEqual([]);
  }, 90_000);

  it('renders the printable report on its own with its inline style', async () => {
    const context = await newContext(session.browser, session.world.api.url);
    await context.setExtraHTTPHeaders({
      Authorization: `Bearer ${session.world.owner.token}`,
    });
    const page = await watched(context);
    const res = await page.goto(`/api/v1/incidents/${incidentId}/report?format=html`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { name: new RegExp(`${reference}: Blaster`) }).waitFor();
    expect(await page.evaluate(BODY_MAX_WIDTH)).toBe('960px');
    expect(violations).toEqual([]);
  }, 30_000);

  it('renders the staff status page and an acknowledgement page', async () => {
    const page = await watched(await newContext(session.browser, session.world.api.url, 'phone'));
    await page.goto('/status');
    await page.getByRole('heading', { name: 'Network status' }).waitFor();
    await page.getByText(reference).first().waitFor();
    const ack = await page.goto('/api/v1/ack/not-a-real-token');
    expect(ack?.status()).toBe(404);
    await page.getByRole('heading', { name: 'This link is not recognised' }).waitFor();
    // the page's inline style applied: a column of 34rem, not the full width
    expect(await page.evaluate(BODY_MAX_WIDTH)).toBe('544px');
    expect(violations).toEqual([]);
  }, 30_000);
});
