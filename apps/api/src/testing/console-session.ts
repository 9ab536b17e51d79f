import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Device, inspect, launchBrowser, newContext, signIn } from './browser';
import { buildConsole } from './console-build';
import { ConsoleWorld, PASSWORD, startConsoleWorld } from './console-world';

/**
 * A browser test's whole setup: a fresh build of the console, Cordon with its worker and a
 * small council (ConsoleWorld), Chromium, and pages opened as people (signed in through
 * the form, or not at all for the status page). `look` scans a page with axe and saves its
 * screenshot; the violations gather in `problems` for the test's last assertion.
 */
export interface ConsoleSession {
  world: ConsoleWorld;
  browser: Browser;
  problems: string[];
  page(email: string | null, device?: Device): Promise<Page>;
  look(page: Page, name: string, device?: Device): Promise<void>;
  close(): Promise<void>;
}

export async function startConsoleSession(staff?: number): Promise<ConsoleSession> {
  const consoleDir = buildConsole();
  const world = await startConsoleWorld(consoleDir, staff);
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  return {
    world,
    browser,
    problems,
    async page(email, device = 'desktop') {
      const context = await newContext(browser, world.api.url, device);
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      if (email) await signIn(page, email, PASSWORD);
      return page;
    },
    async look(page, name, device = 'desktop') {
      problems.push(...(await inspect(page, name, device)));
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await world.close();
      rmSync(consoleDir, { recursive: true, force: true });
    },
  };
}
