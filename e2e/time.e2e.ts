// Time (issue 4) end to end, beyond explorer.e2e.ts: the widget's from / to / mode
// attributes reflect a reader's change and fire atn-range-change; mode, date basis
// and filters round-trip through the URL and history; entering elements fade only
// without reduced motion; the time bar stays usable at phone width.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { RESULTS_DIR, appUrl, launchBrowser, screenshot } from './helpers/browser.ts';
import { waitForWidgets, widgetStates } from './helpers/widget.ts';
import {
  PHONE,
  drawnIds,
  edgeInfo,
  openExplorer,
  params,
  settled,
  setRange,
  timeBarChoices,
  widgetAttrs,
  type Rect,
} from './helpers/explorer.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Runs `body` on a page; a failure leaves a screenshot in test-results/; the page always closes. */
async function withPage<T extends { page: Page }>(opened: T, name: string, body: (o: T) => Promise<void>): Promise<void> {
  try {
    await body(opened);
  } catch (err) {
    await screenshot(opened.page, `time-${name}-failure`).catch(() => undefined);
    throw err;
  } finally {
    await opened.page.context().close();
  }
}

interface RangeEvent {
  /** id of the event's target as seen from the document (the host, after retargeting). */
  target: string;
  /** id of the element the listener on each widget host saw it on. */
  host: string;
  bubbles: boolean;
  composed: boolean;
  detail: { from: string; to: string; mode: string; basis: string };
}

describe('the <arms-transfer-network> element reflects reader changes (issue 4)', () => {
  test('keyboard on the time bar updates from/to, fires atn-range-change from the host; mode attribute and switch', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(appUrl('demo/two-widgets.html'));
    await withPage({ page }, 'widget-reflect', async () => {
      await waitForWidgets(page);
      // Record every atn-range-change at the document and at each host.
      await page.evaluate(() => {
        const log: RangeEvent[] = [];
        (window as any).__rangeEvents = log;
        const hostSeen = new Map<Event, string>();
        for (const w of document.querySelectorAll('arms-transfer-network')) {
          w.addEventListener('atn-range-change', (e) => hostSeen.set(e, w.id));
        }
        document.addEventListener('atn-range-change', (e) => {
          const ev = e as CustomEvent;
          log.push({
            target: (ev.target as Element).id,
            host: hostSeen.get(ev) ?? '',
            bubbles: ev.bubbles,
            composed: ev.composed,
            detail: ev.detail,
          });
        });
      });
      const events = () => page.evaluate(() => (window as any).__rangeEvents as RangeEvent[]);
      const early = page.locator('#widget-early');
      const endHandle = early.locator('atn-time-bar [role="slider"][aria-label="End of the time range"]');
      const startHandle = early.locator('atn-time-bar [role="slider"][aria-label="Start of the time range"]');

      // A reader moves the end a month later from the keyboard.
      await endHandle.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('#widget-early')!.getAttribute('to') === '2023-07');
      const [e1, l1] = await widgetStates(page);
      assert.deepEqual([e1!.from, e1!.to], ['2022-08', '2023-07'], 'the host reflects the new end');
      assert.deepEqual([l1!.from, l1!.to], ['2023-09', '2024-12'], 'the other widget keeps its range');
      assert.deepEqual(await events(), [
        {
          target: 'widget-early',
          host: 'widget-early',
          bubbles: true,
          composed: true,
          detail: { from: '2022-08-01', to: '2023-07-31', mode: 'window', basis: 'reported' },
        },
      ]);
      // The start a month earlier: the from attribute follows.
      await startHandle.press('ArrowLeft');
      await page.waitForFunction(() => document.querySelector('#widget-early')!.getAttribute('from') === '2022-07');
      assert.deepEqual((await events()).at(-1)?.detail, { from: '2022-07-01', to: '2023-07-31', mode: 'window', basis: 'reported' });
      assert.equal((await events()).length, 2);

      // The host sets mode="cumulative": no event (not a reader change), a fuller view.
      const counts = () =>
        page.evaluate(() => {
          const w = document.querySelector('#widget-early') as any;
          return {
            transfers: (w.view.edges as any[]).reduce((n, e) => n + e.transfers.length, 0) as number,
            mode: w.query.mode as string,
            checked: (w.shadowRoot.querySelector('atn-time-bar').shadowRoot.querySelector('input[name="mode"]:checked') as HTMLInputElement)
              .value,
          };
        });
      const windowed = await counts();
      const windowedDrawn = (await widgetStates(page))[0]!.visibleEdges;
      assert.equal(windowed.mode, 'window');
      await page.evaluate(() => document.querySelector('#widget-early')!.setAttribute('mode', 'cumulative'));
      await page.waitForFunction(() => {
        const bar = (document.querySelector('#widget-early') as any).shadowRoot.querySelector('atn-time-bar');
        return bar.shadowRoot.querySelector('input[name="mode"]:checked')?.value === 'cumulative';
      });
      await page.evaluate(async () => {
        const w = document.querySelector('#widget-early') as any;
        await w.updateComplete;
        await w.shadowRoot.querySelector('atn-network-view').updateComplete;
      });
      const cumulative = await counts();
      const cumulativeDrawn = (await widgetStates(page))[0]!.visibleEdges;
      assert.equal(cumulative.mode, 'cumulative');
      assert.equal(cumulative.checked, 'cumulative', 'the time bar shows the host-set mode');
      // July 2022 – July 2023 against everything up to July 2023: April–June 2022 deals join.
      assert.ok(cumulative.transfers > windowed.transfers, `cumulative ${cumulative.transfers} > window ${windowed.transfers} transfers`);
      assert.ok(cumulativeDrawn >= windowedDrawn, `cumulative draws ${cumulativeDrawn} ≥ ${windowedDrawn} edges`);
      assert.equal((await events()).length, 2, 'setting the attribute fires no atn-range-change');

      // The reader switches back to "Window": the attribute follows and the event says so.
      await early.locator('atn-time-bar label', { hasText: 'Window' }).click();
      await page.waitForFunction(() => document.querySelector('#widget-early')!.getAttribute('mode') === 'window');
      assert.deepEqual((await events()).at(-1), {
        target: 'widget-early',
        host: 'widget-early',
        bubbles: true,
        composed: true,
        detail: { from: '2022-07-01', to: '2023-07-31', mode: 'window', basis: 'reported' },
      });
      await early.locator('atn-time-bar label', { hasText: 'Up to date' }).click();
      await page.waitForFunction(() => document.querySelector('#widget-early')!.getAttribute('mode') === 'cumulative');
      assert.equal((await events()).at(-1)?.detail.mode, 'cumulative');
      assert.equal((await events()).length, 4);
      const late = (await widgetStates(page))[1]!;
      assert.deepEqual([late.from, late.to], ['2023-09', '2024-12'], 'the other widget never changed');
      assert.ok((await events()).every((e) => e.target === 'widget-early'), 'no event from the other widget');
      assert.deepEqual(errors, []);
    });
  });
});

/** Ballistic-missile edges drawn for December 2023, cumulative, by date of event. */
const BALLISTIC_HAPPENED_CUMULATIVE = [
  'IRN-RUS-ballistic-missiles',
  'PRK-RUS-ballistic-missiles',
  'RUS-BLR-ballistic-missiles',
  'USA-UKR-ballistic-missiles',
];

describe('URL state (issue 4)', () => {
  test('mode, date basis and filters come from the URL; filter and basis changes go through history', async () => {
    const query = 'from=2023-12&to=2023-12&mode=cumulative&basis=happened&categories=ballistic-missiles';
    await withPage(await openExplorer(browser, `index.html?${query}`), 'url-state', async ({ page, errors }) => {
      // The element took every parameter…
      assert.deepEqual(await widgetAttrs(page), {
        from: '2023-12',
        to: '2023-12',
        mode: 'cumulative',
        basis: 'happened',
        categories: 'ballistic-missiles',
        statuses: null,
      });
      assert.deepEqual(await timeBarChoices(page), { mode: 'cumulative', basis: 'happened' });
      const q = (await page.evaluate(() => {
        const w = (window as any).__atn.widget();
        return { mode: w.query.mode, basis: w.query.basis, categories: w.query.filters.categories };
      })) as { mode: string; basis: string; categories: string[] };
      assert.deepEqual(q, { mode: 'cumulative', basis: 'happened', categories: ['ballistic-missiles'] });
      // …and the drawing follows all three. Only ballistic missiles (the filter).
      // USA → UKR has no event in December 2023: drawn because the mode is cumulative
      // (a December window leaves it out). PRK → RUS was used on 30 December 2023 but
      // reported on 4 January 2024; IRN → RUS and RUS → BLR are dated 2023 and reported
      // later: drawn because the basis is "happened" (by date reported only USA → UKR is).
      const first = await drawnIds(page);
      assert.deepEqual(first.edges, BALLISTIC_HAPPENED_CUMULATIVE);
      assert.equal(page.url(), appUrl(`index.html?${query}`), 'loading the link leaves it as it is');
      assert.equal((await edgeInfo(page))['PRK-RUS-ballistic-missiles']?.status, 'used');

      // A reader adds the drones category in the filter panel: the URL gains it.
      const before = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: 'Filter & search' }).click();
      await page.locator('atn-filters button[data-category="drones"]').click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('categories') === 'ballistic-missiles,drones');
      await settled(page);
      assert.equal(await page.evaluate(() => history.length), before + 1, 'a filter change pushes a history entry');
      const withDrones = await drawnIds(page);
      assert.ok(withDrones.edges.includes('IRN-RUS-drones'), 'Iranian drones are drawn with the drones filter on');
      assert.ok(withDrones.edges.every((k) => k.endsWith('-ballistic-missiles') || k.endsWith('-drones')));
      for (const k of ['mode', 'basis', 'from', 'to']) assert.equal(params(page).get(k), new URLSearchParams(query).get(k), `${k} stays in the URL`);

      // Back: the ballistic-only filter returns, in the element, the panel and the drawing.
      await page.goBack();
      await page.waitForFunction(() => (window as any).__atn.widget().getAttribute('categories') === 'ballistic-missiles');
      await settled(page);
      assert.equal(params(page).get('categories'), 'ballistic-missiles');
      assert.deepEqual((await drawnIds(page)).edges, BALLISTIC_HAPPENED_CUMULATIVE);
      assert.equal(
        await page.evaluate(() =>
          (window as any).__atn.all('atn-filters')[0].shadowRoot.querySelector('button[data-category="drones"]').getAttribute('aria-pressed'),
        ),
        'false',
      );
      assert.deepEqual(await timeBarChoices(page), { mode: 'cumulative', basis: 'happened' }, 'mode and basis survive Back');

      // Forward: drones again.
      await page.goForward();
      await page.waitForFunction(() => (window as any).__atn.widget().getAttribute('categories') === 'ballistic-missiles,drones');
      await settled(page);
      assert.deepEqual((await drawnIds(page)).edges, withDrones.edges);

      // The basis switch goes through history too: "When reported" drops PRK → RUS
      // (reported in January 2024); Back brings "happened" and the edge back.
      await page.locator('atn-time-bar label', { hasText: 'When reported' }).click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('basis'));
      await settled(page);
      assert.equal((await widgetAttrs(page)).basis, 'reported');
      assert.ok(!(await drawnIds(page)).edges.includes('PRK-RUS-ballistic-missiles'), 'not yet reported in 2023');
      await page.goBack();
      await page.waitForFunction(() => (window as any).__atn.widget().getAttribute('basis') === 'happened');
      await settled(page);
      assert.equal(params(page).get('basis'), 'happened');
      assert.deepEqual(await timeBarChoices(page), { mode: 'cumulative', basis: 'happened' });
      assert.ok((await drawnIds(page)).edges.includes('PRK-RUS-ballistic-missiles'));
      assert.deepEqual(errors, []);
    });
  });
});

describe('date basis (issue 4)', () => {
  // A basis switch fires atn-range-change with the range clamped to the old basis's
  // bounds; the widget used to write both ends into from/to, pinning the whole-data
  // range to the old basis's ends (and dropping 2026 reports on the way back).
  test(
    'switching the basis there and back keeps the whole-data range and the same view',
    async () => {
      await withPage(await openExplorer(browser, 'index.html'), 'basis-round-trip', async ({ page }) => {
        const state = () =>
          page.evaluate(() => {
            const w = (window as any).__atn.widget();
            return { range: w.range, span: w.span, drawn: (window as any).__atn.drawnIds() };
          }) as Promise<{ range: { from: number; to: number }; span: { from: number; to: number }; drawn: { states: string[]; edges: string[] } }>;
        const start = await state();
        assert.deepEqual(start.range, start.span, 'the page opens on the whole data');

        await page.locator('atn-time-bar label', { hasText: 'When it happened' }).click();
        await page.waitForFunction(() => (window as any).__atn.widget().getAttribute('basis') === 'happened');
        await settled(page);
        const happened = await state();
        assert.deepEqual(happened.range, happened.span, 'the whole data under "happened" (it starts earlier)');
        assert.equal(params(page).get('from'), null, 'no start pinned in the URL');

        await page.locator('atn-time-bar label', { hasText: 'When reported' }).click();
        await page.waitForFunction(() => (window as any).__atn.widget().getAttribute('basis') === 'reported');
        await settled(page);
        const back = await state();
        assert.deepEqual(back.range, start.range, 'the same range as before the round trip');
        assert.deepEqual(back.drawn, start.drawn, 'the same states and edges as before the round trip');
      });
    },
  );
});

describe('motion (issue 4)', () => {
  /**
   * From a 2022-only view to the whole data in one range change, inside the page:
   * which states and edges entered, and the animations running on every drawn
   * g[data-state] / g[data-edge] right after the redraw.
   */
  async function enter(page: Page) {
    await setRange(page, { from: '2022', to: '2022' });
    return page.evaluate(async () => {
      const atn = (window as any).__atn;
      const stage = atn.stage() as HTMLElement & { updateComplete: Promise<unknown> };
      const before = new Set((atn.items() as { id: string }[]).map((i) => i.id));
      const w = atn.widget();
      w.removeAttribute('from');
      w.removeAttribute('to');
      await w.updateComplete;
      await stage.updateComplete;
      // Read at once: the fade lasts 240 ms.
      const now = (atn.items() as { id: string; el: Element }[]).map((i) => ({
        id: i.id,
        entered: !before.has(i.id),
        animations: i.el.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.constructor.name),
      }));
      return { static: stage.hasAttribute('data-static'), now };
    });
  }

  test('with reduced motion, elements entering on a range change do not animate', async () => {
    await withPage(await openExplorer(browser, 'index.html', { reducedMotion: 'reduce' }), 'reduced-motion', async ({ page }) => {
      assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
      const { static: isStatic, now } = await enter(page);
      assert.equal(isStatic, false, 'a small view, where the fade would run');
      const entered = now.filter((n) => n.entered);
      assert.ok(entered.some((n) => n.id.startsWith('edge:')) && entered.some((n) => !n.id.startsWith('edge:')), 'states and edges entered');
      assert.deepEqual(now.filter((n) => n.animations.length > 0), [], 'no animation on any state or edge');
    });
  });

  test('without reduced motion, each entering state and edge fades in', async () => {
    await withPage(await openExplorer(browser, 'index.html', { reducedMotion: 'no-preference' }), 'motion', async ({ page }) => {
      const { now } = await enter(page);
      const entered = now.filter((n) => n.entered);
      assert.ok(entered.length >= 5, `${entered.length} elements entered`);
      assert.deepEqual(
        entered.filter((n) => !n.animations.includes('atn-enter')),
        [],
        'every entering element runs the atn-enter fade',
      );
    });
  });
});

describe('phone (issue 4)', () => {
  test('at 375×667 the time bar controls are visible, large enough, apart, and the chart is wide', async () => {
    await withPage(await openExplorer(browser, 'index.html', { viewport: PHONE }), 'phone', async ({ page, errors }) => {
      await page.locator('atn-time-bar').scrollIntoViewIfNeeded();
      await settled(page);
      const boxes = (await page.evaluate(() => {
        const atn = (window as any).__atn;
        const root = atn.timeBar().shadowRoot as ShadowRoot;
        return {
          play: atn.rect(root.querySelector('button.play')),
          loop: atn.rect(root.querySelector('button.loop')),
          mode: atn.rect(root.querySelector('fieldset.mode')),
          basis: atn.rect(root.querySelector('fieldset.basis')),
          labels: [...root.querySelectorAll('fieldset.segment label')].map((l) => ({ text: l.textContent!.trim(), ...atn.rect(l) })),
          chart: atn.rect(root.querySelector('svg.chart')),
          track: atn.rect(root.querySelector('rect.track')),
          label: atn.rect(root.querySelector('.range-label')),
        };
      })) as Record<'play' | 'loop' | 'mode' | 'basis' | 'chart' | 'track' | 'label', Rect | null> & { labels: (Rect & { text: string })[] };
      await page.screenshot({ path: `${RESULTS_DIR}/time-bar-phone.png` });
      const inside = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.width <= PHONE.width && r.y + r.height <= PHONE.height;
      const overlap = (a: Rect, b: Rect) =>
        a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
      const controls = { play: boxes.play, loop: boxes.loop, mode: boxes.mode, basis: boxes.basis };
      for (const [name, r] of Object.entries(controls)) {
        assert.ok(r, `${name} is rendered`);
        assert.ok(r.width > 0 && r.height > 0, `${name} is visible`);
        assert.ok(inside(r), `${name} is inside the viewport: ${JSON.stringify(r)}`);
        assert.ok(r.height >= 24, `${name} is at least 24 px tall (${r.height})`);
      }
      for (const l of boxes.labels) {
        assert.ok(inside(l), `"${l.text}" is inside the viewport`);
        assert.ok(l.height >= 24 && l.width >= 24, `"${l.text}" is at least 24×24 px`);
      }
      const list = Object.entries(controls) as [string, Rect][];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          assert.ok(!overlap(list[i]![1], list[j]![1]), `${list[i]![0]} and ${list[j]![0]} overlap`);
        }
      }
      assert.ok(boxes.label && inside(boxes.label), 'the range text is on screen');
      assert.ok(boxes.chart && boxes.chart.width > 300, `the chart is ${boxes.chart?.width} px wide`);
      assert.ok(boxes.track && boxes.track.width > 300, `the brush track is ${boxes.track?.width} px wide`);
      assert.ok(boxes.chart.x >= 0 && boxes.chart.x + boxes.chart.width <= PHONE.width, 'the chart fits the width');
      // Every control is what a finger lands on: its centre hits the control itself.
      for (const [name, r] of list) {
        const hit = (await page.evaluate(
          ({ x, y }) => {
            let el: Element | null = document.elementFromPoint(x, y);
            while (el?.shadowRoot) {
              const inner: Element | null = el.shadowRoot.elementFromPoint(x, y);
              if (!inner || inner === el) break;
              el = inner;
            }
            return el ? `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}` : '';
          },
          { x: r.x + r.width / 2, y: r.y + r.height / 2 },
        )) as string;
        assert.ok(hit !== '' && !hit.startsWith('html') && !hit.startsWith('body'), `${name} receives a tap at its centre (hit ${hit})`);
      }
      assert.deepEqual(errors, []);
    });
  });
});
