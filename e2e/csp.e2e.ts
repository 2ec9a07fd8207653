// Strict Content-Security-Policy: every page of the built site (app, embed page,
// demos, and the standalone widget bundle) works under scripts/serve-csp.mjs's policy
// with zero violations: no inline scripts, styles or handlers, no eval, nothing foreign.
// lit's styles arrive as constructable stylesheets (adoptedStyleSheets), which
// style-src does not govern; this test is what shows that holds in practice.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo, Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createCspServer, STRICT_CSP } from '../scripts/serve-csp.mjs';
import { generateGraph } from '../src/data/generate/index.ts';
import { launchBrowser, screenshot } from './helpers/browser.ts';
import { waitForWidgets } from './helpers/widget.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

let browser: Browser;
let server: Server;
let base: string;

before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run through `npm run test:e2e`, which builds the app');
  // The standalone demo uses the library build; build it now so it is current.
  const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.widget.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  assert.equal(built.status, 0, 'widget library build failed');
  server = createCspServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

interface Opened {
  page: Page;
  problems: string[];
}

/** Opens `path` and records CSP violations (from every frame) and console/page errors. */
async function open(path: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  // Runs in every frame before its scripts: violations from inline code are caught too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = e.target instanceof Element ? `<${e.target.localName}${e.target.className ? ` class="${String(e.target.className)}"` : ''}>` : 'document';
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} on ${where} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
  assert.equal(response?.headers()['content-security-policy'], STRICT_CSP, 'the page is served with the strict policy');
  return { page, problems };
}

async function check(path: string, run: (opened: Opened) => Promise<void>): Promise<void> {
  const opened = await open(path);
  try {
    await run(opened);
    await opened.page.waitForLoadState('networkidle');
    assert.deepEqual(opened.problems, [], `no CSP violations or errors on ${path}`);
  } catch (err) {
    await screenshot(opened.page, `csp-${path}`);
    throw err;
  } finally {
    await opened.page.context().close();
  }
}

describe('strict CSP', () => {
  test('the policy really blocks inline script (the check is not vacuous)', async () => {
    const { page, problems } = await open('demo/article.html');
    try {
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true';
        document.body.append(s);
      });
      await page.waitForFunction(() => true);
      assert.equal(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? false), false);
      assert.ok(problems.some((p) => p.includes('CSP violation')), `the violation was reported: ${problems.join('; ')}`);
    } finally {
      await page.context().close();
    }
  });

  for (const path of ['demo/article.html', 'demo/two-widgets.html', 'demo/standalone.html']) {
    test(`${path}: widgets render with zero violations`, () =>
      check(path, async ({ page }) => {
        const widgets = await waitForWidgets(page);
        assert.ok(widgets.length > 0);
        for (const w of widgets) {
          assert.equal(w.error, null, `${w.id} shows no error`);
          assert.ok(w.states > 0, `${w.id} drew states`);
        }
        // Styles applied although style-src forbids inline styles: adopted stylesheets work.
        const adopted = await page.evaluate(() => document.querySelector('arms-transfer-network')?.shadowRoot?.adoptedStyleSheets.length ?? 0);
        assert.ok(adopted > 0, 'lit styles are adopted stylesheets');
      }));
  }

  test('embed.html renders the widget with zero violations', () =>
    check('embed.html?src=data%2Ftransfers.json&from=2023-09&to=2024-12', async ({ page }) => {
      const [w] = await waitForWidgets(page);
      assert.ok(w && w.states > 0, 'the embed page drew states');
    }));

  test('demo/iframe.html: the iframe renders and is resized with zero violations', () =>
    check('demo/iframe.html', async ({ page }) => {
      const frame = page.frameLocator('#embed-frame');
      await frame.locator('arms-transfer-network').waitFor();
      const inner = page.frames().find((f) => f.url().includes('embed.html'));
      assert.ok(inner, 'the embed frame exists');
      await waitForWidgets(inner);
      await page.waitForFunction(() => Number(document.getElementById('embed-frame')?.getAttribute('height')) > 300);
    }));

  test('index.html (the app) loads with zero violations', () =>
    check('index.html', async ({ page }) => {
      assert.equal(await page.evaluate(() => document.querySelector('main') !== null), true);
    }));

  test('index.html: a SIPRI-sized file lays out and paints its edges in workers, with zero violations', () =>
    check('index.html', async ({ page }) => {
      const file = join(mkdtempSync(join(tmpdir(), 'atn-csp-')), 'synthetic-5000.json');
      writeFileSync(file, JSON.stringify(generateGraph({ deals: 5000, seed: 1 })));
      // Every paint of the canvas edge layer says where it was drawn.
      await page.evaluate(() => {
        const w = window as unknown as { paints: boolean[] };
        w.paints = [];
        document.addEventListener('atn-edges-painted', (e) => w.paints.push((e as CustomEvent<{ offThread: boolean }>).detail.offThread));
      });
      await page.setInputFiles('#file-input', file);
      await page.waitForFunction(() => (document.querySelector('arms-transfer-network') as any)?.loadedGraph?.transfers.length === 5000, undefined, {
        timeout: 30_000,
      });
      await page.evaluate(() => {
        const w = document.querySelector('arms-transfer-network')!;
        w.setAttribute('from', '1995-01');
        w.setAttribute('to', '2004-12');
      });
      await page.waitForFunction(() => ((window as unknown as { paints: boolean[] }).paints ?? []).length > 0, undefined, { timeout: 30_000 });
      const paints = await page.evaluate(() => (window as unknown as { paints: boolean[] }).paints);
      assert.ok(paints.every(Boolean), `the worker painted every time, allowed by worker-src 'self' (${paints.join(', ')})`);
    }));
});
