// The embeddable widget on host pages: two independent widgets, loading the module
// twice, the iframe route with auto-height, the wheel left to the host page, and a
// broken `src` contained inside its own box.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type OpenedPage } from './helpers/browser.ts';
import { waitForWidgets, widgetStates } from './helpers/widget.ts';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Runs `body` on a fresh page; screenshots on failure; always closes the page. */
async function withPage(path: string, name: string, body: (opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await openPage(browser, path);
  try {
    await body(opened);
  } catch (err) {
    await screenshot(opened.page, `embed-${name}-failure`);
    throw err;
  } finally {
    await opened.page.context().close();
  }
}

describe('embedding', () => {
  test('two widgets on one page show their own ranges', () =>
    withPage('demo/two-widgets.html', 'two-widgets', async ({ page, problems }) => {
      const widgets = await waitForWidgets(page);
      assert.equal(widgets.length, 2);
      const [early, late] = widgets as [(typeof widgets)[0], (typeof widgets)[0]];
      assert.deepEqual([early.from, early.to], ['2022-08', '2023-06']);
      assert.deepEqual([late.from, late.to], ['2023-09', '2024-12']);
      for (const w of widgets) {
        assert.equal(w.error, null, `${w.id} has no error`);
        assert.ok(w.states > 0 && w.visibleEdges > 0, `${w.id} draws states and edges`);
      }
      // Same data, different periods: the visible networks differ.
      assert.notEqual(early.visibleEdges, late.visibleEdges, 'different ranges show different edges');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, []);
    }));

  test('loading the widget module a second time does not throw', () =>
    withPage('demo/two-widgets.html', 'twice', async ({ page, problems }) => {
      await waitForWidgets(page);
      const outcome = await page.evaluate(async () => {
        const before = customElements.get('arms-transfer-network');
        const sources = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((s) => s.src);
        const errors: string[] = [];
        window.addEventListener('error', (e) => errors.push(String(e.message)));
        // A query string makes a new module URL, so the browser evaluates the code again.
        await Promise.all(
          sources.map(
            (src) =>
              new Promise<void>((resolve, reject) => {
                const s = document.createElement('script');
                s.type = 'module';
                s.src = `${src}${src.includes('?') ? '&' : '?'}again=1`;
                s.addEventListener('load', () => resolve());
                s.addEventListener('error', () => reject(new Error(`could not load ${s.src}`)));
                document.head.append(s);
              }),
          ),
        );
        return { count: sources.length, errors, same: customElements.get('arms-transfer-network') === before };
      });
      assert.ok(outcome.count > 0, 'the page loads the widget through a module script');
      assert.deepEqual(outcome.errors, [], 'no error from the second evaluation');
      assert.equal(outcome.same, true, 'the first registration stays');
      const widgets = await widgetStates(page);
      assert.ok(widgets.every((w) => w.states > 0), 'the widgets still render');
      assert.deepEqual(problems, []);
    }));

  test('the iframe page posts its height and the loader resizes the iframe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Record what the top page receives (the init script runs in every frame; only the top listens).
    await context.addInitScript(() => {
      if (window !== window.top) return;
      const received: unknown[] = [];
      (window as unknown as { received: unknown[] }).received = received;
      window.addEventListener('message', (e) => received.push(e.data));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    try {
      await page.goto(new URL('demo/iframe.html', process.env.BASE_URL).href, { waitUntil: 'load' });
      const frame = page.frames().find((f) => f.url().includes('embed.html'));
      assert.ok(frame, 'the embed frame loaded');
      const [w] = await waitForWidgets(frame);
      assert.ok(w && w.states > 0 && w.error === null, 'the widget inside the iframe renders');
      assert.deepEqual([w.from, w.to], ['2023-09', '2024-12'], 'query parameters became attributes');

      // The frame starts at height="300"; the widget alone is taller, so a resize must happen.
      await page.waitForFunction(() => Number(document.getElementById('embed-frame')?.getAttribute('height')) > 300);
      await page.waitForFunction(() => {
        const frameEl = document.getElementById('embed-frame') as HTMLIFrameElement;
        const inner = frameEl.contentDocument?.documentElement;
        return !!inner && Math.abs(frameEl.getBoundingClientRect().height - Math.ceil(inner.getBoundingClientRect().height)) < 1;
      });
      const result = await page.evaluate(() => {
        const frameEl = document.getElementById('embed-frame') as HTMLIFrameElement;
        return {
          rendered: frameEl.getBoundingClientRect().height,
          attribute: Number(frameEl.getAttribute('height')),
          content: Math.ceil(frameEl.contentDocument!.documentElement.getBoundingClientRect().height),
          received: (window as unknown as { received: unknown[] }).received,
        };
      });
      assert.equal(result.attribute, result.content, 'the iframe height equals the content height');
      const atn = result.received.filter((m): m is { type: string; height: number; id: string | null } =>
        typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'atn-embed-height');
      assert.ok(atn.length > 0, 'atn-embed-height messages were posted');
      assert.equal(atn.at(-1)!.height, result.content, 'the last posted height is the content height');
      assert.equal(atn.at(-1)!.id, 'demo-frame', 'the id echoes childId');
      assert.ok(
        result.received.some((m) => typeof m === 'object' && m !== null && (m as { sentinel?: unknown }).sentinel === 'amp' && (m as { height?: unknown }).height === result.content),
        'the AMP embed-size message was posted',
      );
      assert.ok(result.received.includes(`pymxPYMxdemo-framexPYMxheightxPYMx${result.content}`), 'the Pym.js message was posted');

      // The wheel over the iframe scrolls the article: nothing inside captures it.
      await page.locator('#embed-frame').scrollIntoViewIfNeeded();
      const box = await page.locator('#embed-frame').boundingBox();
      assert.ok(box);
      const scrollBefore = await page.evaluate(() => window.scrollY);
      await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 100);
      await page.mouse.wheel(0, 200);
      await page.waitForFunction((y) => window.scrollY > y, scrollBefore, { timeout: 5_000 });
      assert.deepEqual(problems, []);
    } catch (err) {
      await screenshot(page, 'embed-iframe-failure');
      throw err;
    } finally {
      await context.close();
    }
  });

  test('a widget whose src is missing shows the error in its box; the rest of the page works', () =>
    withPage('demo/article.html', 'broken-src', async ({ page, problems }) => {
      await waitForWidgets(page);
      const fired = await page.evaluate(
        () =>
          new Promise<{ message: string; problems: readonly string[] }>((resolve) => {
            const broken = document.createElement('arms-transfer-network');
            broken.id = 'broken';
            broken.addEventListener('atn-error', (e) => resolve(e.detail));
            broken.setAttribute('src', '../data/does-not-exist.json');
            document.querySelector('article')!.append(broken);
          }),
      );
      assert.match(fired.message, /404/, 'atn-error says 404');
      const widgets = await waitForWidgets(page);
      const broken = widgets.find((w) => w.id === 'broken');
      const good = widgets.find((w) => w.id === 'article-widget');
      assert.ok(broken?.error?.includes('404'), `the error box mentions 404: ${broken?.error}`);
      assert.ok(good && good.states > 0 && good.error === null, 'the article widget still renders');
      // The only problems are the 404 itself (network log and the browser's console line).
      const unexpected = problems.filter((p) => !p.includes('does-not-exist.json') && !/404 \(Not Found\)/.test(p));
      assert.deepEqual(unexpected, [], 'no other errors on the page');
      assert.ok(problems.some((p) => p.includes('does-not-exist.json')), 'the 404 request did happen');
    }));
});
