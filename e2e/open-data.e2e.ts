// Opening the reader's own data in the explorer (issue 8), the parts beyond the file
// picker: ?src= links to JSON, SIPRI and spreadsheet CSV files (run through the same
// import as a picked file), drag and drop, and that no file ever leaves the browser.
// Files for ?src= are written into the served dist/ for the test and removed after it
// (vite preview reads dist/ per request), so no fixture ships with the app.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateGraph } from '../src/data/generate/index.ts';
import { appUrl, launchBrowser } from './helpers/browser.ts';

const SERVED_DIR = `__e2e-open-data-${process.pid}`;
const served = (name: string) => join('dist', SERVED_DIR, name);
const BUNDLED = JSON.parse(readFileSync('data/transfers.json', 'utf8')) as { meta: { title: string }; transfers: unknown[] };
const TEMPLATE = readFileSync('data/templates/transfers-template.csv', 'utf8');
const TEMPLATE_HEADER = TEMPLATE.split(/\r?\n/)[0]!;
const BROKEN_CSV = [
  TEMPLATE_HEADER,
  'x1,Narnia,RUS,drones,Shahed,,,,,2023,,delivered,US,Example,Title,https://example.org/a,2023,media-report,,,',
  'x2,IRN,RUS,drones,Shahed,,,,,2023-13,,delivered,US,Example,Title,https://example.org/b,2023,media-report,,,',
].join('\n');
const SYNTHETIC = generateGraph({ deals: 40, seed: 7 });

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
  mkdirSync(join('dist', SERVED_DIR), { recursive: true });
  copyFileSync('test/unit/import/fixtures/trade-register.csv', served('trade-register.csv'));
  writeFileSync(served('broken.csv'), BROKEN_CSV);
  writeFileSync(served('synthetic.json'), JSON.stringify(SYNTHETIC));
});
after(async () => {
  rmSync(join('dist', SERVED_DIR), { recursive: true, force: true });
  await browser?.close();
});

async function open(path: string, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? (await browser.newContext({ viewport: { width: 1280, height: 800 } }))).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ path: 'e2e/helpers/probes.js' });
  await page.goto(appUrl(path));
  return { page, errors };
}

const statusText = (page: Page) => page.evaluate(() => (document.querySelector('#load-status') as HTMLElement).innerText);
const problemItems = (page: Page) => page.evaluate(() => [...document.querySelectorAll('#load-status .load-problems li')].map((li) => li.textContent));
const waitForStatus = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#load-status .load-summary')?.textContent ?? ''), pattern.source, { timeout: 20_000 });
const loaded = (page: Page) =>
  page.evaluate(() => {
    const g = (window as any).__atn.widget().loadedGraph;
    return g ? { title: g.meta.title as string, transfers: g.transfers.length as number, states: g.states.map((s: any) => s.id) as string[] } : null;
  });
/** The drawn states, once some are drawn; each must be a state of the loaded graph. */
async function drawnStates(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (window as any).__atn.nodes().length > 0, undefined, { timeout: 20_000 });
  await page.evaluate(() => (window as any).__atn.settled());
  return (await page.evaluate(() => (window as any).__atn.nodes().map((n: any) => n.id))) as string[];
}

// ---- ?src= ------------------------------------------------------------------------------

test('?src= opens a JSON file through the file import: the bundled file and another one', async () => {
  {
    const { page, errors } = await open('index.html?src=data/transfers.json');
    try {
      // Only the import path writes this summary; the widget's own src attribute never did.
      await waitForStatus(page, new RegExp(`^transfers\\.json: ${BUNDLED.transfers.length} transfers among \\d+ states$`));
      assert.equal(await page.evaluate(() => (window as any).__atn.widget().hasAttribute('src')), false, 'the graph came in as data, not through src');
      const graph = (await loaded(page))!;
      assert.equal(graph.transfers, BUNDLED.transfers.length);
      const drawn = await drawnStates(page);
      assert.ok(drawn.every((id) => graph.states.includes(id)), `drawn ${drawn.join(', ')}`);
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  }
  {
    const { page, errors } = await open(`index.html?src=${encodeURIComponent(`${SERVED_DIR}/synthetic.json`)}`);
    try {
      await page.waitForFunction((title) => (window as any).__atn.widget().loadedGraph?.meta.title === title, SYNTHETIC.meta.title, { timeout: 20_000 });
      const graph = (await loaded(page))!;
      assert.equal(graph.transfers, SYNTHETIC.transfers.length);
      assert.match(await statusText(page), new RegExp(`^synthetic\\.json: ${SYNTHETIC.transfers.length} transfers among`));
      const drawn = await drawnStates(page);
      assert.ok(drawn.every((id) => graph.states.includes(id)), `drawn ${drawn.join(', ')}`);
      // The link stays in the address bar, so the view can be shared.
      assert.match(page.url(), /[?&]src=/);
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  }
});

test('?src= opens a SIPRI trade-register CSV served by the site, listing its skipped row by line', async () => {
  const { page, errors } = await open(`index.html?src=${SERVED_DIR}/trade-register.csv`);
  try {
    await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph?.meta.sipriDataGenerated === '2026-11-29', undefined, { timeout: 20_000 });
    await page.waitForFunction(() => (window as any).__atn.nodes().some((n: any) => n.id === 'IRN'), undefined, { timeout: 20_000 });
    const graph = (await loaded(page))!;
    assert.equal(graph.transfers, 8);
    for (const id of ['RUS', 'IRN', 'PRK', 'HEZBOLLAH', 'NATO']) assert.ok(graph.states.includes(id), id);
    const drawn = await drawnStates(page);
    assert.ok(drawn.every((id) => graph.states.includes(id)), `drawn ${drawn.join(', ')}`);
    assert.match(await statusText(page), /^trade-register\.csv: 8 transfers among \d+ states; 1 row skipped \(listed below\)/);
    const items = await problemItems(page);
    assert.equal(items.length, 1);
    assert.match(items[0] ?? '', /^line 17: unknown recipient "Atlantis"/);
    const credit = await page.evaluate(() => (window as any).__atn.shadowText('atn-about-data')[0] as string);
    assert.match(credit, /Information from the SIPRI Arms Transfers Database/);
    assert.deepEqual(errors, []);
  } finally {
    await page.context().close();
  }
});

test('?src= to a broken CSV lists its problems by line and the bundled view stays', async () => {
  const { page, errors } = await open(`index.html?src=${SERVED_DIR}/broken.csv`);
  try {
    await waitForStatus(page, /^broken\.csv could not be opened; the current view is unchanged\.$/);
    const items = await problemItems(page);
    assert.match(items[0] ?? '', /^line 2: unknown supplier "Narnia"/);
    assert.match(items[1] ?? '', /^line 3: event_date "2023-13" is not a date/);
    assert.equal(await page.evaluate(() => document.querySelector('#load-status')!.getAttribute('role')), 'alert');
    await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph !== undefined, undefined, { timeout: 20_000 });
    const graph = (await loaded(page))!;
    assert.deepEqual([graph.title, graph.transfers], [BUNDLED.meta.title, BUNDLED.transfers.length], 'the bundled view is shown');
    assert.ok((await drawnStates(page)).length > 0);
    assert.deepEqual(errors, []);
  } finally {
    await page.context().close();
  }
});

test('?src= that cannot be fetched, or is not http(s), says why and the bundled view stays', async () => {
  for (const [src, message] of [
    [`${SERVED_DIR}/missing.csv`, new RegExp(`^Could not load /${SERVED_DIR}/missing\\.csv: HTTP 404 Not Found; the current view is unchanged\\.$`)],
    ['javascript:alert(1)', /^Only http\(s\) URLs can be loaded, not javascript:; the current view is unchanged\.$/],
  ] as const) {
    const { page, errors } = await open(`index.html?src=${encodeURIComponent(src)}`);
    try {
      await waitForStatus(page, message);
      await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph !== undefined, undefined, { timeout: 20_000 });
      assert.equal((await loaded(page))!.title, BUNDLED.meta.title);
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  }
});

// ---- drag and drop ----------------------------------------------------------------------

/** Dispatches one drag event carrying a file made in the page (the same DataTransfer each time). */
function drag(page: Page, type: 'dragenter' | 'dragover' | 'drop' | 'dragleave', file?: { name: string; text: string }) {
  return page.evaluate(
    ({ type, file }) => {
      const w = window as any;
      if (file) {
        w.__dt = new DataTransfer();
        w.__dt.items.add(new File([file.text], file.name, { type: 'text/csv' }));
      }
      const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: w.__dt });
      document.querySelector('main')!.dispatchEvent(event);
      return event.defaultPrevented;
    },
    { type, file },
  );
}

const overlayShown = (page: Page) => page.evaluate(() => !(document.querySelector('#drop-overlay') as HTMLElement).hidden);

test('dropping a spreadsheet CSV shows the overlay while dragging and opens the file', async () => {
  const { page, errors } = await open('index.html');
  try {
    await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph !== undefined && (window as any).__atn.nodes().length > 0, undefined, { timeout: 20_000 });
    await page.evaluate(() => ((window as any).__before = (window as any).__atn.widget().loadedGraph));
    assert.equal(await overlayShown(page), false);
    assert.equal(await page.locator('#drop-overlay').isVisible(), false);

    await drag(page, 'dragenter', { name: 'dropped.csv', text: TEMPLATE });
    assert.equal(await overlayShown(page), true, 'dragenter shows the overlay');
    assert.equal(await page.locator('#drop-overlay').isVisible(), true);
    assert.equal(await drag(page, 'dragover'), true, 'dragover is accepted (default prevented), so the drop lands');
    assert.equal(await drag(page, 'drop'), true, 'the drop is handled by the page, not the browser');
    assert.equal(await overlayShown(page), false, 'drop hides the overlay');
    assert.equal(await page.locator('#drop-overlay').isVisible(), false);

    await page.waitForFunction(() => {
      const w = (window as any).__atn.widget();
      return w.loadedGraph !== (window as any).__before && w.loadedGraph?.transfers[0]?.id === 'example-irn-rus-drones';
    }, undefined, { timeout: 20_000 });
    const graph = (await loaded(page))!;
    assert.equal(graph.transfers, 1);
    assert.deepEqual([...graph.states].sort(), ['IRN', 'RUS']);
    assert.deepEqual([...(await drawnStates(page))].sort(), ['IRN', 'RUS']);
    assert.match(await statusText(page), /^dropped\.csv: 1 transfer among 2 states/);
    assert.deepEqual(errors, []);
  } finally {
    await page.context().close();
  }
});

test('a drag that leaves without dropping hides the overlay and changes nothing', async () => {
  const { page } = await open('index.html');
  try {
    await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph !== undefined, undefined, { timeout: 20_000 });
    await page.evaluate(() => ((window as any).__before = (window as any).__atn.widget().loadedGraph));
    await drag(page, 'dragenter', { name: 'dropped.csv', text: TEMPLATE });
    assert.equal(await overlayShown(page), true);
    await drag(page, 'dragleave');
    assert.equal(await overlayShown(page), false);
    assert.equal(await page.evaluate(() => (window as any).__atn.widget().loadedGraph === (window as any).__before), true);
  } finally {
    await page.context().close();
  }
});

// ---- nothing is uploaded ---------------------------------------------------------------

test('opening a file with the picker or by dropping it sends nothing anywhere', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests: { method: string; url: string; body: string }[] = [];
  // The whole context: the page, its workers, anything it starts.
  context.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() ?? '' }));
  const { page, errors } = await open('index.html', context);
  try {
    await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph !== undefined && (window as any).__atn.nodes().length > 0, undefined, { timeout: 20_000 });
    const secrets: string[] = [];
    const file = (tag: string) => {
      const marker = `${tag}${Math.random().toString(36).slice(2, 10)}`;
      const name = `private-${marker}.csv`;
      const text = TEMPLATE.replaceAll('Shahed-136 one-way attack drones', `Item ${marker}`).replaceAll('Example headline', `Headline ${marker}`);
      secrets.push(marker, name, `Item ${marker}`);
      return { name, text, item: `Item ${marker}` };
    };
    const loadedItem = (item: string) =>
      page.waitForFunction((i) => (window as any).__atn.widget().loadedGraph?.transfers[0]?.item === i, item, { timeout: 20_000 });

    const picked = file('picked');
    await page.setInputFiles('#file-input', { name: picked.name, mimeType: 'text/csv', buffer: Buffer.from(picked.text) });
    await loadedItem(picked.item);

    const dropped = file('dropped');
    await drag(page, 'dragenter', dropped);
    await drag(page, 'dragover');
    await drag(page, 'drop');
    await loadedItem(dropped.item);
    await page.evaluate(() => (window as any).__atn.settled());
    await page.waitForTimeout(500); // anything sent late, after the view updated

    assert.ok(requests.some((r) => r.method === 'GET' && /\/index\.html$/.test(r.url)), 'requests are being recorded');
    assert.deepEqual(requests.filter((r) => r.method !== 'GET'), [], 'only GET requests');
    for (const r of requests) {
      let decoded = r.url;
      try {
        decoded = decodeURIComponent(r.url);
      } catch {
        // keep it raw
      }
      for (const s of secrets) {
        assert.ok(!r.url.includes(s) && !decoded.includes(s) && !r.body.includes(s), `${r.method} ${r.url} carries "${s}"`);
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
