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
import {
  DESKTOP,
  PHONE,
  drawn,
  drawnIds,
  edgeInfo,
  nodes,
  openExplorer,
  params,
  setRange,
  widgetAttrs,
  type NodeProbe,
  type Rect,
} from './helpers/explorer.ts';
import { endDay, startDay } from '../src/data/partial-date.ts';

const AXE = 'node_modules/axe-core/axe.min.js';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const open = (path = 'index.html', viewport = DESKTOP) => openExplorer(browser, path, { viewport });

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

/** The data's first and last month under the default (reported) basis, read from the file itself. */
function dataMonths(): { first: string; last: string } {
  const graph = JSON.parse(readFileSync('data/transfers.json', 'utf8')) as {
    transfers: { events: { date: string; reported?: string }[] }[];
  };
  const dates = graph.transfers.flatMap((t) => t.events.map((e) => e.reported ?? e.date));
  const month = (d: string, edge: '01' | '12') => (d.length === 4 ? `${d}-${edge}` : d.slice(0, 7));
  return { first: dates.map((d) => month(d, '01')).sort()[0]!, last: dates.map((d) => month(d, '12')).sort().at(-1)! };
}

/** Months from `a` to `b` ("YYYY-MM"), both included. */
function monthsBetween(a: string, b: string): string[] {
  const out: string[] = [];
  for (let y = Number(a.slice(0, 4)), m = Number(a.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= b; m === 12 ? (y++, (m = 1)) : m++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

describe('time (issue 4)', () => {
  test('in one page: status as of the end date, and no state moves between ranges', async () => {
    const { page, errors } = await open('index.html');
    try {
      // A marker that a reload or navigation would wipe.
      await page.evaluate(() => ((window as any).__samePage = true));
      await setRange(page, { from: null, to: '2024-01' });
      const jan = await edgeInfo(page);
      assert.equal(jan['PRK-RUS-ballistic-missiles']?.status, 'used');
      assert.equal(jan['PRK-RUS-ballistic-missiles']?.style, 'solid');
      assert.equal(jan['IRN-RUS-ballistic-missiles']?.status, 'negotiating');
      assert.equal(jan['IRN-RUS-ballistic-missiles']?.style, 'dashed');
      const janNodes = await nodes(page);

      await setRange(page, { from: null, to: '2024-10' });
      const oct = await edgeInfo(page);
      assert.equal(oct['IRN-RUS-ballistic-missiles']?.status, 'delivered');
      assert.equal(oct['IRN-RUS-ballistic-missiles']?.style, 'solid');
      const octNodes = await nodes(page);

      await setRange(page, { from: '2022', to: '2022' });
      const y2022 = await edgeInfo(page);
      const withPrk = Object.keys(y2022).filter((k) => k.split('-')[0] === 'PRK' || k.split('-')[1] === 'PRK');
      assert.deepEqual(withPrk, [], 'no transfer to or from North Korea in 2022');
      assert.ok(Object.keys(y2022).some((k) => k.startsWith('IRN-RUS-drones')), 'Iranian drones are in 2022');
      const y2022Nodes = await nodes(page);
      assert.equal(await page.evaluate(() => (window as any).__samePage), true, 'all three ranges in one page');
      assert.equal(params(page).get('from'), '2022', 'the URL follows the range');

      const where = (list: NodeProbe[]) => new Map(list.map((n) => [n.id, `${n.cx},${n.cy}`]));
      const views = [
        ['January 2024', where(janNodes)],
        ['October 2024', where(octNodes)],
        ['2022', where(y2022Nodes)],
      ] as const;
      // The positions are real: states sit at different places.
      assert.ok(new Set(views[0][1].values()).size >= 10, 'states are drawn at distinct positions');
      // The views differ in which states they draw, so the check below covers moves in and out.
      assert.notDeepEqual([...views[0][1].keys()].sort(), [...views[2][1].keys()].sort(), 'January 2024 and 2022 draw different states');
      let compared = 0;
      for (let i = 0; i < views.length; i++) {
        for (let j = i + 1; j < views.length; j++) {
          const [nameA, a] = views[i]!;
          const [nameB, b] = views[j]!;
          for (const [id, pos] of a) {
            if (!b.has(id)) continue;
            assert.equal(b.get(id), pos, `${id} moved between ${nameA} and ${nameB}`);
            compared++;
          }
        }
      }
      assert.ok(compared >= 20, `compared ${compared} positions`);
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });

  test("play from the data's first month to its last, pause, then a reload restores the same view", async () => {
    const { first, last } = dataMonths();
    const { page, errors } = await open('index.html');
    try {
      // Start at the data's start: Home on both handles gives its first month.
      const bar = page.locator('atn-time-bar');
      await bar.locator('[role="slider"][aria-label="Start of the time range"]').press('Home');
      await bar.locator('[role="slider"][aria-label="End of the time range"]').press('Home');
      await page.waitForFunction((m) => (window as any).__atn.widget().getAttribute('to') === m, first);
      assert.deepEqual([(await widgetAttrs(page)).from, (await widgetAttrs(page)).to], [first, first]);

      await page.evaluate(() => {
        const steps: string[] = [];
        (window as any).__playSteps = steps;
        (window as any).__atn.widget().addEventListener('atn-range-change', (e: CustomEvent) => steps.push(e.detail.to));
        (window as any).__atn.timeBar().stepMs = 15;
      });
      await bar.locator('button.play').click();
      await page.waitForFunction(() => !(window as any).__atn.timeBar().isPlaying, undefined, { timeout: 20_000 });
      // Stopped by itself at the end: the button offers Play again.
      assert.match((await bar.locator('button.play').textContent()) ?? '', /Play/);
      const steps = (await page.evaluate(() => (window as any).__playSteps)) as string[];
      // One step per month, each end a month after the last, up to the data's last month.
      assert.deepEqual(
        steps.map((d) => d.slice(0, 7)),
        monthsBetween(first, last).slice(1),
        'play moved the end one month at a time to the last month',
      );
      const attrs = await widgetAttrs(page);
      assert.equal(endDay(attrs.to!), endDay(last), `the range ends in the data's last month (${last}), got ${attrs.to}`);
      assert.equal(startDay(attrs.from!), startDay(last), 'a one-month window slid to the last month');
      assert.equal(attrs.mode ?? 'window', 'window');

      // The URL has caught up with the element (it is written a microtask after the attributes).
      await page.waitForFunction(() => {
        const w = (window as any).__atn.widget();
        const p = new URL(location.href).searchParams;
        return p.get('to') === w.getAttribute('to') && p.get('from') === w.getAttribute('from');
      });
      const before = { attrs, drawn: await drawnIds(page), nodes: await nodes(page), edges: await edgeInfo(page) };
      assert.ok(before.drawn.edges.length > 0, 'the last month draws edges');
      await page.reload();
      await drawn(page);
      const after = { attrs: await widgetAttrs(page), drawn: await drawnIds(page), nodes: await nodes(page), edges: await edgeInfo(page) };
      assert.deepEqual(after.attrs, before.attrs, 'same from, to and mode');
      assert.deepEqual(after.drawn, before.drawn, 'same states and edges');
      assert.deepEqual(after.edges, before.edges, 'same statuses');
      assert.deepEqual(
        after.nodes.map((n) => [n.id, n.cx, n.cy]),
        before.nodes.map((n) => [n.id, n.cx, n.cy]),
      );
      assert.deepEqual(errors, []);
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
