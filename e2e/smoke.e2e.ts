// Smoke test of the built app: the page loads in a real browser without errors.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './helpers/browser.ts';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('index page loads with a title, a <main> and no errors', async () => {
  const { page, problems } = await openPage(browser, 'index.html');
  try {
    assert.match(await page.title(), /Arms/);
    assert.equal(await page.evaluate(() => document.querySelector('main') !== null), true, '<main> exists');
    // Give module scripts a moment past `load` to throw, without timing assertions.
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, [], 'no console errors, page errors or failed requests');
  } catch (err) {
    await screenshot(page, 'smoke-index-failure');
    throw err;
  } finally {
    await page.context().close();
  }
});
