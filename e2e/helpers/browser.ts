// Browser helpers for end-to-end tests: the system Chromium driven by playwright-core.
// playwright-core never downloads a browser; the executable comes from findChromium().
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';

/** Where screenshots and other artefacts go (git-ignored). */
export const RESULTS_DIR = 'test-results';

/**
 * Launches headless Chromium with the project's flags. playwright's launch() gives
 * every browser a fresh temporary --user-data-dir and deletes it on close.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found for e2e tests. Install it (apt-get install chromium) or set CHROME_PATH.');
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
}

/** Base URL of the app under test; scripts/e2e.mjs sets BASE_URL to its preview server. */
export function baseUrl(): string {
  const url = process.env.BASE_URL;
  if (!url) throw new Error('BASE_URL is not set. Run e2e tests through `npm run test:e2e`.');
  return url.endsWith('/') ? url : `${url}/`;
}

/** Resolves a page path ("index.html", "embed.html?x=1") against BASE_URL. */
export function appUrl(path = ''): string {
  return new URL(path, baseUrl()).href;
}

export interface OpenedPage {
  readonly page: Page;
  /** Console errors, uncaught page errors and failed requests seen so far. */
  readonly problems: string[];
}

/**
 * Opens a new page (own context, fixed viewport) and starts recording problems
 * before navigation, so errors thrown while the app boots are caught too.
 */
export async function openPage(
  browser: Browser,
  path = '',
  viewport = { width: 1280, height: 800 },
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} [${msg.location().url}]`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(appUrl(path), { waitUntil: 'load' });
  return { page, problems };
}

/** Saves a full-page screenshot to test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
