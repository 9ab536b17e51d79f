import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PrintablePlan } from '@cordon/contracts';
import { ApiHarness, startApi } from '../testing/api-harness';
import {
  accessibilityProblems,
  launchBrowser,
  newContext,
  SCREENSHOTS,
  signIn,
} from '../testing/browser';
import { buildConsole } from '../testing/console-build';

jest.setTimeout(300_000);

const root = join(__dirname, '../../../..');
/** Every demo login's password (README). */
const DEMO_PASSWORD = 'cordon-demo-2026';

/** docs/screenshots/printable-plan-<what>.png: what the viewport shows (the plan runs to pages). */
const shoot = (page: Page, what: 'desktop' | 'print') =>
  page.screenshot({ path: join(SCREENSHOTS, `printable-plan-${what}.png`) });

/** `npm run seed:demo` on the test's database, as a person loads the demo. */
function seedDemo(api: ApiHarness): void {
  const res = spawnSync(process.execPath, ['tools/run-ts.mjs', 'tools/seed-demo.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: api.db.url,
      REDIS_URL: api.config.redisUrl,
      QUEUE_PREFIX: api.config.queuePrefix,
    },
    timeout: 240_000,
  });
  if (res.status !== 0) throw new Error(`seed:demo failed: ${res.stderr || res.stdout}`);
}

const PHASE: Record<string, string> = {
  planned: 'Planned',
  shut_down: 'Shut down',
  cleaning: 'Cleaning',
  reopened: 'Reopened',
};

/**
 * The printable plan of the demo's Welchia incident in progress, in Chromium: the owner
 * opens it from the incident page; it shows every LAN's phase, the tasks per department
 * with their machines, whom to call and the next update; under print media it is a clean
 * A4 document and page.pdf() makes the PDF; the page served on its own passes the CSP;
 * an ITU member's plan holds their own department only. Screenshots for the README.
 */
describe('the printable plan of the demo incident', () => {
  let consoleDir: string;
  let api: ApiHarness;
  let browser: Browser;
  let incidentId: string;
  let plan: PrintablePlan;
  let ownerToken: string;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const violations: string[] = [];

  const open = async (
    extra: Parameters<Browser['newContext']>[0] = {},
    device: 'desktop' | 'phone' = 'desktop',
  ): Promise<Page> => {
    const context = await newContext(browser, api.url, device);
    contexts.push(context);
    if (extra.extraHTTPHeaders) await context.setExtraHTTPHeaders(extra.extraHTTPHeaders);
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
        console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')));`,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content.Security.Policy|CSP violation/i.test(msg.text()))
        violations.push(`${page.url()}: ${msg.text()}`);
    });
    return page;
  };

  beforeAll(async () => {
    consoleDir = buildConsole();
    api = await startApi({
      consoleDir,
      // the address staff know, as the plan prints it (docs/operations.md)
      publicUrl: 'https://status.council.example',
      login: {
        perMinute: 200,
        freeFailures: 5,
        maxDelaySeconds: 300,
        accountFailures: 50,
        windowMinutes: 15,
      },
    });
    seedDemo(api);
    const login = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'owner@council.example', password: DEMO_PASSWORD })
      .expect(200);
    ownerToken = login.body.accessToken;
    const incidents = await api
      .http()
      .get('/api/v1/incidents')
      .set('Authorization', `Bearer ${ownerToken}`)
      .expect(200);
    const welchia = incidents.body.items.filter((i: { title: string }) =>
      i.title.startsWith('W32.Welchia'),
    );
    expect(welchia).toHaveLength(1);
    incidentId = welchia[0].id;
    plan = (
      await api
        .http()
        .get(`/api/v1/incidents/${incidentId}/plan`)
        .set('Authorization', `Bearer ${ownerToken}`)
        .expect(200)
    ).body;
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await api?.close().catch(() => undefined);
    if (consoleDir) rmSync(consoleDir, { recursive: true, force: true });
  }, 60_000);

  it('opens from the incident page with the LAN phases, tasks per department, contacts and next update', async () => {
    expect(plan.lans.length).toBeGreaterThan(2);
    expect(plan.lans.some((l) => l.phase === 'cleaning')).toBe(true);
    expect(plan.departments.map((d) => d.code)).toEqual(expect.arrayContaining(['EDU', 'SOC']));
    const page = await open();
    await signIn(page, 'owner@council.example', DEMO_PASSWORD);
    await page.goto(`/incidents/${incidentId}`);
    await page.getByRole('link', { name: 'Print plan' }).click();
    await page.waitForURL(new RegExp(`/incidents/${incidentId}/plan$`));
    const frame = page.frameLocator('iframe.report-frame');
    await frame.getByRole('heading', { name: `${plan.reference}: ${plan.title}` }).waitFor();

    for (const lan of plan.lans) {
      const row = frame.locator('#lans tbody tr', { hasText: lan.code });
      expect(await row.locator('td.phase').textContent()).toBe(PHASE[lan.phase]);
      expect(await row.textContent()).toContain(`${lan.devices.verified} of ${lan.devices.total}`);
    }
    for (const d of plan.departments) {
      const section = frame.locator(`#dept-${d.code}`);
      await expect(section.getByRole('heading', { level: 3 }).textContent()).resolves.toContain(
        `${d.counts.open} open, ${d.counts.claimed} claimed, ${d.counts.done} done`,
      );
      // work to do as rows with a box to tick, what is done in one list per LAN
      expect(await section.locator('tbody tr').count()).toBe(d.tasks.filter((t) => !t.done).length);
      const done = await section.locator('.done-list').allTextContents();
      expect(done.map((l) => Number(/\((\d+)\)/.exec(l)?.[1])).reduce((a, b) => a + b, 0)).toBe(
        d.tasks.filter((t) => t.done).length,
      );
      const first = d.tasks.find((t) => t.hostname && !t.done);
      if (first?.hostname) await section.getByText(first.hostname, { exact: true }).waitFor();
      for (const person of d.itu) {
        const contact = frame.locator('#contacts tr', { hasText: person.name });
        if (person.mobile) expect(await contact.textContent()).toContain(person.mobile);
      }
    }
    const owner = frame.locator('#contacts tr', { hasText: 'Incident owner' });
    expect(await owner.textContent()).toContain(plan.owner.name);
    if (plan.owner.email) expect(await owner.textContent()).toContain(plan.owner.email);
    const due = new Intl.DateTimeFormat('en-GB', {
      timeZone: api.config.comms.timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(plan.nextUpdateDueAt as string));
    expect(await frame.locator('dd.due').textContent()).toBe(due);
    // the screen as a person first sees it (the whole plan runs to several pages)
    problems.push(...(await accessibilityProblems(page)).map((p) => `console: ${p}`));
    await shoot(page, 'desktop');
  });

  it('prints as a clean A4 document, and page.pdf() makes the PDF', async () => {
    const page = await open({ extraHTTPHeaders: { authorization: `Bearer ${ownerToken}` } });
    const res = await page.goto(`/api/v1/incidents/${incidentId}/plan`);
    expect(res?.headers()['content-type']).toMatch(/^text\/html/);
    await page.getByRole('heading', { name: 'LAN plan' }).waitFor();
    // its own hashed inline style applied under the CSP (unstyled, body has no max width)
    expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).toBe('1024px');
    problems.push(...(await accessibilityProblems(page)).map((p) => `plan page: ${p}`));

    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).toBe('none');
    expect(await page.evaluate('getComputedStyle(document.querySelector("thead")).display')).toBe(
      'table-header-group',
    );
    await shoot(page, 'print'); // its first A4 page
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThan(25);
  });

  it("gives an ITU member their own department's tasks and IT unit", async () => {
    const page = await open();
    await signIn(page, 'itu.soc@council.example', DEMO_PASSWORD);
    await page.goto(`/incidents/${incidentId}`);
    await page.getByRole('link', { name: 'Print plan' }).click();
    const frame = page.frameLocator('iframe.report-frame');
    await frame.getByText('Tasks and IT unit of SOC only (your department).').waitFor();
    expect(await frame.locator('section.department').count()).toBe(1);
    expect(await frame.locator('#lans tbody tr').count()).toBe(plan.lans.length);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
