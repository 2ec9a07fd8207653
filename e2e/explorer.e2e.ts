// End-to-end checks of the explorer page against the built app: the network view
// (issue 3), time (issue 4), sources (issue 5) and export (issue 7) "done when" lists.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, screenshot } from './helpers/browser.ts';

const PROBES = 'e2e/helpers/probes.js';
const AXE = 'node_modules/axe-core/axe.min.js';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 667 };

interface NodeProbe {
  id: string;
  cx: string;
  cy: string;
  label: string | null;
  labelRect: Rect | null;
  circle: Rect | null;
}
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function open(path = 'index.html', viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  await page.addInitScript({ path: PROBES });
  await page.goto(appUrl(path));
  await drawn(page);
  return { page, errors };
}

/** Waits until the network has drawn at least one state. */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).__atn.nodes().length > 0, undefined, { timeout: 20_000 });
  // One more frame so updates scheduled by the first render have landed.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const nodes = (page: Page) => page.evaluate(() => (window as any).__atn.nodes()) as Promise<NodeProbe[]>;
const edgeInfo = (page: Page) =>
  page.evaluate(() => (window as any).__atn.edgeInfo()) as Promise<Record<string, { status: string; style: string }>>;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

describe('network view (issue 3)', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`${name}: every state labelled, no label overlaps, arrowheads and legend present`, async () => {
      const { page, errors } = await open('index.html', viewport);
      try {
        const list = await nodes(page);
        assert.ok(list.length >= 10, `at least 10 states drawn, got ${list.length}`);
        for (const n of list) assert.ok(n.label, `${n.id} has a visible label`);
        for (let i = 0; i < list.length; i++) {
          for (let j = 0; j < list.length; j++) {
            const a = list[i]!;
            const b = list[j]!;
            if (i < j) assert.ok(!overlap(a.labelRect!, b.labelRect!), `labels of ${a.id} and ${b.id} overlap`);
            // Labels may sit on their own (large) circle, never on another state's.
            if (i !== j) assert.ok(!overlap(shrink(a.labelRect!), shrink(b.circle!)), `label of ${a.id} covers ${b.id}`);
          }
        }
        const markers = await page.evaluate(() => {
          const svg = (window as any).__atn.svg() as SVGSVGElement;
          const ids = new Set([...svg.querySelectorAll('marker')].map((m) => m.id));
          const edges = (window as any).__atn.edges() as Element[];
          return edges.map((g) => {
            const ref = g.querySelector('path')?.getAttribute('marker-end') ?? '';
            return { edge: g.getAttribute('data-edge'), ok: ids.has(ref.replace(/^url\(#(.*)\)$/, '$1')) };
          });
        });
        assert.ok(markers.length > 20, 'edges drawn');
        assert.deepEqual(markers.filter((m) => !m.ok), [], 'every edge ends in an existing arrowhead marker');
        const legend = await page.evaluate(
          () => (window as any).__atn.all('svg.network g.legend').length + (window as any).__atn.all('.legend-toggle').length,
        );
        assert.ok(legend > 0, 'a legend (or, on phones, its toggle) is present');
        assert.deepEqual(errors, []);
        await screenshot(page, `explorer-${name}`);
      } finally {
        await page.context().close();
      }
    });
  }

  test('the same input renders byte-identical SVG across reloads', async () => {
    const { page } = await open();
    try {
      const first = await page.evaluate(() => (window as any).__atn.svg().outerHTML as string);
      await page.reload();
      await drawn(page);
      const second = await page.evaluate(() => (window as any).__atn.svg().outerHTML as string);
      assert.ok(first.length > 1000);
      assert.equal(second, first);
    } finally {
      await page.context().close();
    }
  });

  test('axe-core finds no violations on the page', async () => {
    const { page } = await open();
    try {
      assert.deepEqual(await axe(page), []);
    } finally {
      await page.context().close();
    }
  });
});

/** Rects shrunk by a pixel: glyph boxes that merely touch are not an overlap. */
function shrink(r: Rect): Rect {
  return { x: r.x + 1, y: r.y + 1, width: Math.max(0, r.width - 2), height: Math.max(0, r.height - 2) };
}

describe('time (issue 4)', () => {
  test('status as of the end date; positions never move', async () => {
    const { page } = await open('index.html?to=2024-01');
    try {
      const jan = await edgeInfo(page);
      assert.equal(jan['PRK-RUS-ballistic-missiles']?.status, 'used');
      assert.equal(jan['IRN-RUS-ballistic-missiles']?.status, 'negotiating');
      assert.equal(jan['IRN-RUS-ballistic-missiles']?.style, 'dashed');
      const janNodes = await nodes(page);

      await page.goto(appUrl('index.html?to=2024-10'));
      await drawn(page);
      const oct = await edgeInfo(page);
      assert.equal(oct['IRN-RUS-ballistic-missiles']?.status, 'delivered');
      assert.equal(oct['IRN-RUS-ballistic-missiles']?.style, 'solid');
      const octNodes = await nodes(page);

      await page.goto(appUrl('index.html?from=2022&to=2022'));
      await drawn(page);
      const y2022 = await edgeInfo(page);
      assert.deepEqual(Object.keys(y2022).filter((k) => k.startsWith('PRK-')), [], 'no North Korean transfers in 2022');
      assert.ok(Object.keys(y2022).some((k) => k.startsWith('IRN-RUS-drones')), 'Iranian drones are in 2022');
      const y2022Nodes = await nodes(page);

      const where = (list: NodeProbe[]) => new Map(list.map((n) => [n.id, `${n.cx},${n.cy}`]));
      const [a, b, c] = [where(janNodes), where(octNodes), where(y2022Nodes)];
      let compared = 0;
      for (const [id, pos] of a) {
        if (b.has(id)) {
          assert.equal(b.get(id), pos, `${id} moved between January and October 2024`);
          compared++;
        }
        if (c.has(id)) {
          assert.equal(c.get(id), pos, `${id} moved between 2024 and 2022`);
          compared++;
        }
      }
      assert.ok(compared >= 10, `compared ${compared} positions`);
    } finally {
      await page.context().close();
    }
  });

  test('play to the end of the data, then a reload of the paused view restores it', async () => {
    const { page } = await open('index.html?from=2022-04&to=2022-06');
    try {
      await page.evaluate(() => {
        const bar = (window as any).__atn.all('atn-time-bar')[0];
        bar.stepMs = 15;
        bar.play();
      });
      await page.waitForFunction(() => !(window as any).__atn.all('atn-time-bar')[0].isPlaying, undefined, { timeout: 60_000 });
      // Let the last URL write land.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      const url = page.url();
      const params = new URL(url).searchParams;
      assert.ok(params.get('to'), `the URL records the end date (${url})`);
      const before = { edges: await edgeInfo(page), nodes: await nodes(page) };
      await page.goto(url);
      await drawn(page);
      const after = { edges: await edgeInfo(page), nodes: await nodes(page) };
      assert.deepEqual(after.edges, before.edges);
      assert.deepEqual(
        after.nodes.map((n) => [n.id, n.cx, n.cy]),
        before.nodes.map((n) => [n.id, n.cx, n.cy]),
      );
    } finally {
      await page.context().close();
    }
  });
});

test('back and forward restore the range and the selection from the URL', async () => {
  const { page } = await open('index.html?to=2024-01');
  try {
    const pt = (await page.evaluate(() => (window as any).__atn.edgePoint('PRK-RUS-ballistic-missiles'))) as { x: number; y: number };
    await page.mouse.click(pt.x, pt.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('selected') === 'PRK-RUS-ballistic-missiles');
    await page.keyboard.press('Escape');
    await page.goto(appUrl('index.html?from=2022&to=2022'));
    await drawn(page);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2024-01');
    await drawn(page);
    assert.equal((await edgeInfo(page))['IRN-RUS-ballistic-missiles']?.status, 'negotiating');
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2022');
    await drawn(page);
    assert.deepEqual(Object.keys(await edgeInfo(page)).filter((k) => k.startsWith('PRK-')), []);
    // Within one page: selecting pushes an entry, Back clears the selection again.
    await page.goto(appUrl('index.html?to=2024-10'));
    await drawn(page);
    const p2 = (await page.evaluate(() => (window as any).__atn.edgePoint('IRN-RUS-ballistic-missiles'))) as { x: number; y: number };
    await page.mouse.click(p2.x, p2.y);
    await page.waitForFunction(() => (window as any).__atn.widget().getAttribute('selected') === 'IRN-RUS-ballistic-missiles');
    await page.goBack();
    await page.waitForFunction(() => !(window as any).__atn.widget().getAttribute('selected'));
    assert.equal(new URL(page.url()).searchParams.get('selected'), null);
  } finally {
    await page.context().close();
  }
});

describe('sources (issue 5)', () => {
  test('hover names The Guardian; click pins; Tab reaches a source link; axe passes with the popover open', async () => {
    const { page } = await open();
    try {
      const key = 'PRK-RUS-ballistic-missiles';
      const pt = (await page.evaluate((k) => (window as any).__atn.edgePoint(k), key)) as { x: number; y: number };
      await page.mouse.move(pt.x, pt.y);
      await page.waitForFunction(() => ((window as any).__atn.shadowText('atn-tooltip')[0] ?? '').length > 0);
      const tip = (await page.evaluate(() => (window as any).__atn.shadowText('atn-tooltip')[0])) as string;
      assert.match(tip, /North Korea → Russia/);
      assert.match(tip, /The Guardian/);
      await page.mouse.click(pt.x, pt.y);
      await page.waitForFunction(() => (window as any).__atn.all('atn-transfer-popover[open]').length === 1);
      let reached = '';
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = (await page.evaluate(() => {
          let a: Element | null = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return a?.tagName === 'A' ? (a as HTMLAnchorElement).href : '';
        })) as string;
      }
      assert.match(reached, /^https?:\/\//, 'Tab reaches a source link inside the popover');
      assert.deepEqual(await axe(page), [], 'no axe violations with the popover open');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => (window as any).__atn.all('atn-transfer-popover[open]').length === 0);
    } finally {
      await page.context().close();
    }
  });

  test('searching "DPRK" focuses North Korea', async () => {
    const { page } = await open();
    try {
      await page.getByRole('button', { name: 'Filter & search' }).click();
      const box = page.getByRole('combobox');
      await box.fill('DPRK');
      await box.press('Enter');
      await page.waitForFunction(() => (window as any).__atn.activeChain().some((s: string) => s.includes('[PRK]')));
      assert.equal(new URL(page.url()).searchParams.get('selected'), 'PRK');
    } finally {
      await page.context().close();
    }
  });

  test('the table lists exactly the transfers drawn, and axe passes with it shown', async () => {
    const { page } = await open('index.html?from=2023-09&to=2024-12');
    try {
      const drawnTransfers = (await page.evaluate(() =>
        ((window as any).__atn.widget().view.edges as any[]).flatMap((e) => e.transfers.map((t: any) => t.id)).sort(),
      )) as string[];
      const drawnEdges = (await page.evaluate(() => Object.keys((window as any).__atn.edgeInfo()).sort())) as string[];
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await page.waitForFunction(() => (window as any).__atn.all('tr[data-transfer]').length > 0);
      const rows = (await page.evaluate(() =>
        (window as any).__atn.all('tr[data-transfer]').map((r: Element) => [r.getAttribute('data-transfer'), r.getAttribute('data-edge')]),
      )) as [string, string][];
      assert.deepEqual(rows.map((r) => r[0]).sort(), drawnTransfers);
      assert.deepEqual([...new Set(rows.map((r) => r[1]))].sort(), drawnEdges);
      assert.deepEqual(await axe(page), [], 'no axe violations with the table shown');
    } finally {
      await page.context().close();
    }
  });

  test('a dataset with script-laden labels and javascript: URLs runs no script', async () => {
    const { page, errors } = await open();
    try {
      await page.evaluate(() => ((window as any).__xss = false));
      const graph = JSON.parse(readFileSync('data/transfers.json', 'utf8'));
      const prk = graph.states.find((s: any) => s.id === 'PRK');
      prk.name = '<img src=x onerror="window.__xss=true">';
      prk.shortName = '<script>window.__xss=true</script>';
      const dir = mkdtempSync(join(tmpdir(), 'atn-e2e-'));
      const clean = join(dir, 'script-labels.json');
      writeFileSync(clean, JSON.stringify(graph));
      await page.setInputFiles('#file-input', clean);
      await page.waitForFunction(() => (window as any).__atn.widget().loadedGraph?.states.some((s: any) => s.id === 'PRK' && s.name.startsWith('<img')));
      await drawn(page);
      const labels = (await page.evaluate(() => (window as any).__atn.nodes().map((n: any) => n.label))) as string[];
      assert.ok(labels.includes('<script>window.__xss=true</script>'), 'the short name shows as text');
      // Hover the state's edges so tooltips render the names too.
      const pt = (await page.evaluate(() => (window as any).__atn.edgePoint('PRK-RUS-ballistic-missiles'))) as { x: number; y: number };
      await page.mouse.move(pt.x, pt.y);
      await page.mouse.click(pt.x, pt.y);
      await page.waitForFunction(() => (window as any).__atn.all('atn-transfer-popover[open]').length === 1);

      graph.sources[0].url = 'javascript:window.__xss=true';
      const bad = join(dir, 'javascript-url.json');
      writeFileSync(bad, JSON.stringify(graph));
      await page.setInputFiles('#file-input', bad);
      await page.waitForFunction(() => !document.querySelector<HTMLElement>('#load-status')!.hidden && /could not be opened/.test(document.querySelector('#load-status')!.textContent!));
      const status = (await page.locator('#load-status').textContent()) ?? '';
      assert.match(status, /sources\[\d+\]\.url: must be an http:\/\/ or https:\/\/ URL/);
      assert.equal(await page.evaluate(() => (window as any).__xss), false, 'no injected script ran');
      assert.equal(await page.evaluate(() => (window as any).__atn.all('img[src="x"]').length), 0, 'no <img> element was created');
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });
});

describe('export (issue 7)', () => {
  test('Export downloads an SVG that xmllint accepts and rsvg-convert renders, with every label and edge', async () => {
    const { page } = await open('index.html?from=2023-09&to=2024-12');
    try {
      const onScreen = (await page.evaluate(() => Object.keys((window as any).__atn.edgeInfo()).sort())) as string[];
      const labels = (await page.evaluate(() => (window as any).__atn.nodes().map((n: any) => n.label))) as string[];
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Picture (SVG)' }).click()]);
      assert.equal(download.suggestedFilename(), 'arms-transfers_2023-09_2024-12.svg');
      const dir = mkdtempSync(join(tmpdir(), 'atn-export-'));
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const text = readFileSync(file, 'utf8');
      const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
      assert.equal(lint.status, 0, `xmllint: ${lint.stderr}`);
      const png = join(dir, 'export.png');
      const render = spawnSync('rsvg-convert', ['-o', png, file], { encoding: 'utf8' });
      assert.equal(render.status, 0, `rsvg-convert: ${render.stderr}`);
      assert.ok(readFileSync(png).length > 5000, 'the PNG is not blank');
      const exportedEdges = [...text.matchAll(/data-edge="([^"]+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(exportedEdges, onScreen, 'the exported edges are the edges on screen');
      const texts = new Set([...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]));
      for (const l of labels) assert.ok(texts.has(l), `label "${l}" is text in the SVG`);
      assert.doesNotMatch(text, /<script|javascript:|\son[a-z]+=|foreignObject/i);
    } finally {
      await page.context().close();
    }
  });

  test('a state named <script>alert(1)</script> exports escaped, with no script', async () => {
    const { page } = await open();
    try {
      const graph = JSON.parse(readFileSync('data/transfers.json', 'utf8'));
      graph.states.find((s: any) => s.id === 'RUS').shortName = '<script>alert(1)</script>';
      await page.evaluate((g) => ((window as any).__atn.widget().data = g), graph);
      await page.waitForFunction(() => (window as any).__atn.nodes().some((n: any) => n.label === '<script>alert(1)</script>'));
      await drawn(page);
      const svg = (await page.evaluate(() => (window as any).__atn.widget().exportSVG())) as string;
      assert.match(svg, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.doesNotMatch(svg, /<script/i);
    } finally {
      await page.context().close();
    }
  });
});
