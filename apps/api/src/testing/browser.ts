import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

const root = join(__dirname, '../../../..');
export const SCREENSHOTS = join(root, 'docs/screenshots');

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type Device = 'desktop' | 'phone';

export function newContext(
  browser: Browser,
  baseURL: string,
  device: Device = 'desktop',
): Promise<BrowserContext> {
  return browser.newContext(
    device === 'phone'
      ? {
          baseURL,
          viewport: { width: 360, height: 740 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
          timezoneId: 'Europe/London',
        }
      : { baseURL, viewport: { width: 1366, height: 900 }, timezoneId: 'Europe/London' },
  );
}

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  // exact: the password form's own label ("Sign in with a password") holds the word too
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Serious and critical accessibility violations on the page as it is now (axe-core). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Saves a screenshot for docs/screenshots (the README shows them). */
export async function screenshot(page: Page, name: string, device: Device): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}-${device}.png`),
    fullPage: device === 'desktop',
  });
}

/**
 * Looks at a screen as its people do: no serious or critical axe violation, and a
 * screenshot at this width. Returns the violations so the test can show them all.
 */
export async function inspect(page: Page, name: string, device: Device): Promise<string[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const problems = await accessibilityProblems(page);
  await screenshot(page, name, device);
  return problems.map((p) => `${name} (${device}): ${p}`);
}

/**
 * Counts the page's reads of the api from now on; `settled()` resolves once none
 * has been in flight for `quietMs` (a screen that re-reads its lists after it
 * learns where the log ends has done so by then).
 */
export function trackApiReads(page: Page, quietMs = 400): { settled(): Promise<void> } {
  let inFlight = 0;
  let lastChange = Date.now();
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (r) => {
    if (!isApi(r.url())) return;
    inFlight++;
    lastChange = Date.now();
  });
  const done = (r: { url(): string }) => {
    if (!isApi(r.url())) return;
    inFlight--;
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settled() {
      const deadline = Date.now() + 15_000;
      while (inFlight > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) throw new Error(`api reads still in flight: ${inFlight}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
