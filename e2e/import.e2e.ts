// Opening the reader's own files in the explorer (issue 8): a SIPRI trade-register
// export and a newsroom spreadsheet load in the browser; bad files are listed with
// line numbers and leave the current view in place.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser } from './helpers/browser.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ path: 'e2e/helpers/probes.js' });
  await page.goto(appUrl('index.html'));
  await page.waitForFunction(() => (window as any).__atn.nodes().length > 0);
  return page;
}

const status = (page: Page) => page.locator('#load-status').textContent();

test('a SIPRI trade-register export loads, and the time bar spans its years', async () => {
  const page = await open();
  try {
    await page.setInputFiles('#file-input', 'test/unit/import/fixtures/trade-register.csv');
    await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph?.meta.sipriDataGenerated === '2026-11-29');
    await page.waitForFunction(() => (window as any).__atn.nodes().some((n: any) => n.id === 'IRN'));
    assert.match((await status(page)) ?? '', /trade-register\.csv: \d+ transfers among \d+ states/);
    const span = (await page.evaluate(() => {
      const w = (window as any).__atn.widget();
      return [new Date(w.span.from * 864e5).getUTCFullYear(), new Date(w.span.to * 864e5).getUTCFullYear()];
    })) as [number, number];
    const years = (await page.evaluate(() =>
      (window as any).__atn.widget().loadedGraph.transfers.flatMap((t: any) => t.events.map((e: any) => Number(e.date.slice(0, 4)))),
    )) as number[];
    assert.deepEqual(span, [Math.min(...years), Math.max(...years)]);
    const credit = await page.evaluate(() => (window as any).__atn.shadowText('atn-about-data')[0] as string);
    assert.match(credit, /Information from the SIPRI Arms Transfers Database/);
  } finally {
    await page.close();
  }
});

test('a broken spreadsheet is reported by line and the current view stays', async () => {
  const page = await open();
  try {
    const before = (await page.evaluate(() => (window as any).__atn.widget().loadedGraph.transfers.length)) as number;
    const dir = mkdtempSync(join(tmpdir(), 'atn-import-'));
    const file = join(dir, 'broken.csv');
    writeFileSync(
      file,
      'id,supplier,recipient,category,item,event_date,event_kind,event_by,source_publisher,source_title,source_url,source_published,source_kind\n' +
        'x1,Narnia,RUS,drones,Shahed,2023-13,delivered,US,Example,Title,javascript:alert(1),2023,media-report\n',
    );
    await page.setInputFiles('#file-input', file);
    await page.waitForFunction(() => /could not be opened/.test(document.querySelector('#load-status')!.textContent ?? ''));
    const text = (await status(page)) ?? '';
    assert.match(text, /line 2/);
    assert.equal(await page.evaluate(() => (window as any).__atn.widget().loadedGraph.transfers.length), before, 'the view is unchanged');
  } finally {
    await page.close();
  }
});
