// Opening the reader's own files in the explorer (issue 8): a SIPRI trade-register
// export and a newsroom spreadsheet load in the browser; bad files are listed with
// line numbers and leave the current view in place.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EDGE_CANVAS_MIN } from '../src/components/network-view/thresholds.ts';
import { generateGraph } from '../src/data/generate/index.ts';
import { withPositions } from '../scripts/precompute-layout.ts';
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

test('a SIPRI-sized file paints its edges on the canvas layer, and a painted edge answers the pointer', async () => {
  const page = await open();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const dir = mkdtempSync(join(tmpdir(), 'atn-import-'));
    const file = join(dir, 'synthetic-5000.json');
    writeFileSync(file, JSON.stringify(generateGraph({ deals: 5000, seed: 1 })));
    await page.setInputFiles('#file-input', file);
    await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph?.transfers.length === 5000, undefined, { timeout: 30_000 });
    // A ten-year window: hundreds of edges (over the canvas threshold, EDGE_CANVAS_MIN), and states
    // small enough to leave edges in the open.
    await page.evaluate(() => {
      const w = (window as any).__atn.widget();
      w.setAttribute('from', '1995-01');
      w.setAttribute('to', '2004-12');
    });
    const stage = page.locator('atn-network-view');
    await page.waitForFunction(() => {
      const nv = (window as any).__atn.widget().shadowRoot.querySelector('atn-network-view');
      return nv?.shadowRoot.querySelector('.stage > canvas') !== null && nv?.svgElement;
    });
    const info = await stage.evaluate((nv: any) => ({
      svgEdges: nv.svgElement.querySelectorAll('g.edges > g[data-edge]').length,
      links: nv.view.edges.length,
      legend: nv.svgElement.querySelector('g.legend')?.textContent ?? '',
    }));
    assert.ok(info.links > EDGE_CANVAS_MIN, `a dense view (${info.links} links)`);
    assert.ok(info.svgEdges <= 1, 'edges are painted, not elements');
    assert.match(info.legend, /line shade: number of transfers/);
    // The explorer paints edges in a worker (ADR 0007): the page hands its canvas over.
    const handed = await stage.evaluate((nv: any) => {
      try {
        nv.shadowRoot.querySelector('.stage > canvas').getContext('2d');
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(handed, 'the canvas is drawn by a worker');
    // A point where the canvas shows ink and no state covers it: a painted edge is there.
    // The worker's frame reaches the page through the compositor: read a copy once it has arrived.
    await page.waitForFunction(() => {
      const nv = (window as any).__atn.widget().shadowRoot.querySelector('atn-network-view');
      const canvas = nv.shadowRoot.querySelector('.stage > canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = copy.height = 4;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0, 4, 4, 0, 0, 4, 4);
      return ctx.getImageData(1, 1, 1, 1).data[3] === 255;
    });
    const spot = (await stage.evaluate((nv: any) => {
      const canvas = nv.shadowRoot.querySelector('.stage > canvas') as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const bg = ctx.getImageData(1, 1, 1, 1).data.join();
      for (let y = 20; y < box.height - 20; y += 7) {
        for (let x = 300; x < box.width - 60; x += 7) {
          if (ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data.join() === bg) continue;
          const hit = nv.shadowRoot.elementFromPoint(box.x + x, box.y + y);
          if (hit?.getAttribute('class') === 'background') return { x: box.x + x, y: box.y + y };
        }
      }
      return null;
    })) as { x: number; y: number } | null;
    assert.ok(spot, 'some edge is painted clear of the states');
    await page.mouse.move(spot.x, spot.y);
    const hovered = await stage.evaluate((nv: any) => nv.svgElement.querySelector('g.edges > g.edge.is-focus')?.getAttribute('data-edge') ?? null);
    assert.ok(hovered, 'the painted edge under the pointer became the hovered, highlighted element');
    const tooltip = await page.evaluate(() => (window as any).__atn.shadowText('atn-tooltip')[0] as string | undefined);
    assert.match(tooltip ?? '', /→/, 'and its tooltip names supplier and recipient');
    // Circles shrink with the spacing of this crowded layout, and the SVG export draws them as on screen.
    const radii = (await page.evaluate(() => {
      const w = (window as any).__atn.widget();
      const nv = w.shadowRoot.querySelector('atn-network-view');
      const live = new Map<string, string | null>([...nv.svgElement.querySelectorAll('g[data-state]')].map((g: Element) => [g.getAttribute('data-state') ?? '', g.querySelector('circle')!.getAttribute('r')]));
      const doc = new DOMParser().parseFromString(w.exportSVG(), 'image/svg+xml');
      const exported = [...doc.querySelectorAll('g[data-state]')].map((g) => [g.getAttribute('data-state'), g.querySelector('circle')!.getAttribute('r')]);
      return { scale: nv.exportFrame().radiusScale, same: exported.filter(([id, r]) => live.get(id ?? '') === r).length, total: exported.length };
    })) as { scale: number | undefined; same: number; total: number };
    assert.ok(radii.scale !== undefined && radii.scale < 1, `circles scaled down (${radii.scale})`);
    assert.ok(radii.total > 0 && radii.same === radii.total, `exported circles match the screen (${radii.same}/${radii.total})`);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a large file is laid out in a Web Worker, and a file with stored positions needs no layout', async () => {
  const page = await open();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  try {
    const dir = mkdtempSync(join(tmpdir(), 'atn-import-'));
    const graph = generateGraph({ deals: 6000, seed: 2 }); // a union over the worker threshold (1,000 states + links)
    const loaded = async (file: string, transfers: number) => {
      await page.setInputFiles('#file-input', file);
      await page.waitForFunction(
        (n) => (window as any).__atn.widget().loadedGraph?.transfers.length === n && (window as any).__atn.nodes().length > 0,
        transfers,
        { timeout: 30_000 },
      );
    };
    const fresh = join(dir, 'synthetic-6000.json');
    writeFileSync(fresh, JSON.stringify(graph));
    await loaded(fresh, 6000);
    const layoutWorkers = () => workers.filter((u) => /layout-worker/.test(u)).length;
    assert.equal(layoutWorkers(), 1, `one layout worker started (${workers.join(', ')})`);

    // The same graph with every position stored: pinned where the file says, no new worker.
    const stored = withPositions(graph as never, { seed: 5 }) as typeof graph & { states: { id: string; position?: { x: number; y: number } }[] };
    const storedFile = join(dir, 'synthetic-6000-stored.json');
    writeFileSync(storedFile, JSON.stringify({ ...stored, transfers: stored.transfers.slice(0, 5999) }));
    await loaded(storedFile, 5999);
    assert.equal(layoutWorkers(), 1, 'stored positions start no worker');
    const layout = (await page.evaluate(() => Object.fromEntries((window as any).__atn.widget().layout.positions))) as Record<string, { x: number; y: number }>;
    const pinned = stored.states.filter((s) => s.position && layout[s.id]);
    assert.ok(pinned.length > 100, `${pinned.length} states laid out`);
    for (const s of pinned) assert.deepEqual(layout[s.id], s.position, s.id);
  } finally {
    await page.close();
  }
});
