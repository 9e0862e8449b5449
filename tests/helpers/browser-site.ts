import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser';
import { seededDatabase } from './seeded';
import { startServer, type RunningServer } from './server';

/** What a browser test file drives: the production server's address and one chromium. */
export interface BrowserSite {
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Registers a file's set-up and tear-down: a database filled from the recorded Jan 29 export, the
 * production server on it (saved files in a temporary folder) and Debian's chromium.
 */
export function useBrowserSite(name: string): BrowserSite {
  let db: Awaited<ReturnType<typeof seededDatabase>> | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    db = await seededDatabase(['jan29']);
    await db.handle.close();
    dir = mkdtempSync(path.join(tmpdir(), `cmp-browser-${name}-`));
    server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** A fresh context and page for one describe block, with JavaScript on or off. */
export function useBrowserPage(
  site: BrowserSite,
  options: { javaScriptEnabled: boolean; viewport: { width: number; height: number } },
): { readonly page: Page; readonly context: BrowserContext } {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    context = await site.browser.newContext(options);
    page = await context.newPage();
  });
  afterAll(() => context?.close());
  return {
    get page() {
      return page!;
    },
    get context() {
      return context!;
    },
  };
}

/** A screenshot of the viewport into test-results/screenshots (git-ignored). */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });

/** The plan ids of the cards on the page, in order. */
export const planIds = (page: Page) =>
  page.$$eval('[data-plan-id]', (els) => els.map((e) => e.getAttribute('data-plan-id')));
