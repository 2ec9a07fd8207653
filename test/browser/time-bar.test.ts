// <atn-time-bar> in a real browser: bars per bin, keyboard, pointer drags (draw,
// move, resize, click, touch), play, mode switch, accessibility, and no events for
// programmatic changes.
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/components/time-bar/define.ts';
import type { TimeBar } from '../../src/components/time-bar/time-bar.ts';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { dataSpan, histogram } from '../../src/model/index.ts';
import type { RangeChangeDetail } from '../../src/components/shared/events.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { loadAxe } from './helpers/components.ts';


const span = dataSpan(graph, 'reported')!;
const hist = histogram(graph, span, 'reported');

async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

async function mount(props: Partial<Pick<TimeBar, 'from' | 'to' | 'mode' | 'stepMs' | 'loop'>> = {}) {
  const el = document.createElement('atn-time-bar');
  el.style.width = '800px';
  el.histogram = hist;
  el.span = span;
  Object.assign(el, props);
  document.body.append(el);
  const events: RangeChangeDetail[] = [];
  el.addEventListener('atn-range-change', (e) => events.push(e.detail));
  const root = el.shadowRoot!;
  await until(() => root.querySelector('.range-rect') !== null, 'the range');
  await el.updateComplete;
  return { el, root, events };
}

/** Client x of a bin position on the chart, and a y in the middle of the bars. */
function chartPoint(root: ShadowRoot) {
  const box = root.querySelector<SVGRectElement>('.track')!.getBoundingClientRect();
  const n = hist.bins.length;
  return { xAt: (pos: number) => box.left + (pos / n) * box.width, y: box.top + box.height / 2, box };
}

/**
 * A synthetic pointer gesture: down on `target`, moves and up on the plot (where
 * pointer capture sends them). Returns the events fired while the pointer was down.
 */
function pointerDrag(
  root: ShadowRoot,
  target: Element,
  xs: readonly number[],
  y: number,
  events: readonly RangeChangeDetail[],
  pointerType = 'mouse',
): number {
  const plot = root.querySelector('.plot')!;
  const init = (x: number): PointerEventInit => ({
    clientX: x,
    clientY: y,
    bubbles: true,
    composed: true,
    cancelable: true,
    view: window,
    button: 0,
    buttons: 1,
    pointerId: pointerType === 'mouse' ? 1 : 11,
    pointerType,
    isPrimary: true,
  });
  target.dispatchEvent(new PointerEvent('pointerdown', init(xs[0]!)));
  for (const x of xs.slice(1)) plot.dispatchEvent(new PointerEvent('pointermove', init(x)));
  const during = events.length;
  plot.dispatchEvent(new PointerEvent('pointerup', { ...init(xs[xs.length - 1]!), buttons: 0 }));
  return during;
}

function key(target: Element, k: string, shiftKey = false): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true }));
}

describe('atn-time-bar', () => {
  afterEach(() => {
    document.querySelectorAll('atn-time-bar').forEach((el) => el.remove());
  });

  it('draws one bar group per histogram bin, with stacked segments for events', async () => {
    const { root } = await mount();
    assertEqual(hist.binning, 'month', 'fixture spans months');
    assertEqual(root.querySelectorAll('g.bin').length, hist.bins.length, 'bar groups = bins');
    const segments = root.querySelectorAll('g.bin rect').length;
    const expected = hist.bins.reduce((a, b) => a + b.counts.filter((c) => c > 0).length, 0);
    assertEqual(segments, expected, 'one segment per non-empty category per bin');
    const labels = [...root.querySelectorAll('.tick text')].map((t) => t.textContent);
    assert(labels.includes('2023') && labels.includes('2024'), `year labels present: ${labels.join(',')}`);
    assertEqual(root.querySelector('.range-label')?.textContent, 'Jan 2023 – Sep 2024', 'whole span label');
  });

  it('moves the end by a month and a year from the keyboard', async () => {
    const { root, events } = await mount({ from: startDay('2023-03'), to: endDay('2024-06') });
    const end = root.querySelector('.slider.end')!;
    key(end, 'ArrowRight');
    assertEqual(events.length, 1, 'one event per key');
    assertEqual(events[0]!.to, '2024-07-31', 'a month later');
    assertEqual(events[0]!.from, '2023-03-01', 'start unchanged');
    key(end, 'ArrowLeft', true);
    assertEqual(events[1]!.to, '2023-07-31', 'Shift+ArrowLeft: a year earlier');
    key(end, 'PageUp');
    assertEqual(events[2]!.to, '2024-07-31', 'PageUp: a year later');
    await (root.host as TimeBar).updateComplete;
    assertEqual(end.getAttribute('aria-valuetext'), 'July 2024', 'valuetext names the month');
    assertEqual(root.querySelector('.range-label')?.textContent, 'Mar 2023 – Jul 2024', 'label follows');
  });

  it('Home and End jump to the data start and end', async () => {
    const { root, events } = await mount({ from: startDay('2023-03'), to: endDay('2024-06') });
    key(root.querySelector('.slider.start')!, 'Home');
    assertEqual(events[0]!.from, '2023-01-01', 'start at data start');
    key(root.querySelector('.slider.end')!, 'End');
    assertEqual(events[1]!.to, '2024-09-30', 'end at data end');
    key(root.querySelector('.slider.end')!, 'End');
    assertEqual(events.length, 2, 'no event when nothing changes');
  });

  it('never lets the start pass the end', async () => {
    const { root, events } = await mount({ from: startDay('2024-05'), to: endDay('2024-06') });
    const start = root.querySelector('.slider.start')!;
    key(start, 'ArrowRight');
    key(start, 'ArrowRight');
    key(start, 'ArrowRight');
    assertEqual(events.length, 1, 'stops at the end month');
    assertEqual(events[0]!.from, '2024-06-01', 'start in the end month');
  });

  it('changes the range by dragging on the chart, snapped to months', async () => {
    // The whole span is selected, so a press inside it draws a new range.
    const { el, root, events } = await mount();
    const { xAt, y } = chartPoint(root);
    const during = pointerDrag(root, root.querySelector('.track')!, [xAt(2.2), xAt(4), xAt(5.8)], y, events);
    assertEqual(during, 0, 'nothing fired while dragging');
    assertEqual(events.length, 1, 'one event at the end of the drag');
    assertEqual(events[0]!.from, '2023-03-01', 'start snapped to a month');
    assertEqual(events[0]!.to, '2023-06-30', 'end snapped to a month');
    assertEqual(el.from, startDay('2023-03'), 'property follows');
  });

  it('shows the snapped preview while dragging and fires only on release', async () => {
    const { el, root, events } = await mount({ from: startDay('2024-01'), to: endDay('2024-06') });
    const { xAt, y } = chartPoint(root);
    const plot = root.querySelector('.plot')!;
    const init = (x: number): PointerEventInit => ({ clientX: x, clientY: y, bubbles: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0 });
    root.querySelector('.track')!.dispatchEvent(new PointerEvent('pointerdown', init(xAt(2.1))));
    plot.dispatchEvent(new PointerEvent('pointermove', init(xAt(4.9))));
    await el.updateComplete;
    assertEqual(root.querySelector('.range-label')!.textContent, 'Mar 2023 – May 2023', 'label previews the snapped range');
    assertEqual(root.querySelector('.range-label')!.getAttribute('aria-live'), 'off', 'not announced while dragging');
    assertEqual(events.length, 0, 'no event yet');
    plot.dispatchEvent(new PointerEvent('pointerup', init(xAt(4.9))));
    assertEqual(events.length, 1, 'one event on release');
    assertEqual(`${events[0]!.from}/${events[0]!.to}`, '2023-03-01/2023-05-31', 'the previewed range');
  });

  it('resizes the range by dragging a handle', async () => {
    const { el, root, events } = await mount({ from: startDay('2023-03'), to: endDay('2023-08') });
    const { xAt, y } = chartPoint(root);
    // The end handle sits at position 8 (end of August 2023); drag it to the end of November.
    const end = root.querySelector('.slider.end')!;
    const box = end.getBoundingClientRect();
    assert(box.width >= 24, `handle is a touch target (${box.width} px)`);
    assert(Math.abs(box.left + box.width / 2 - xAt(8)) < 1, 'end handle centred on the end');
    pointerDrag(root, end, [xAt(8) + 5, xAt(9.5), xAt(10.9) + 5], y, events);
    assertEqual(events.length, 1, 'one event');
    assertEqual(`${events[0]!.from}/${events[0]!.to}`, '2023-03-01/2023-11-30', 'end moved, start kept');
    // The start handle, grabbed a little outside the range, dragged two months later.
    await el.updateComplete;
    const start = root.querySelector('.slider.start')!;
    pointerDrag(root, start, [xAt(2) - 6, xAt(3), xAt(4) - 6], y, events);
    assertEqual(events.length, 2, 'a second event');
    assertEqual(`${events[1]!.from}/${events[1]!.to}`, '2023-05-01/2023-11-30', 'start moved, end kept');
  });

  it('moves the whole range by dragging inside it, keeping its length', async () => {
    const { root, events } = await mount({ from: startDay('2023-03'), to: endDay('2023-08') });
    const { xAt, y } = chartPoint(root);
    const rect = root.querySelector('.range-rect')!;
    pointerDrag(root, rect, [xAt(5), xAt(6), xAt(8.2)], y, events);
    assertEqual(events.length, 1, 'one event');
    assertEqual(`${events[0]!.from}/${events[0]!.to}`, '2023-06-01/2023-11-30', 'three months later, six months long');
    // Dragged far past the end of the data, the range stops at the edge.
    const n = hist.bins.length;
    pointerDrag(root, rect, [xAt(8), xAt(n + 10)], y, events);
    assertEqual(`${events[1]!.from}/${events[1]!.to}`, '2024-04-01/2024-09-30', 'stops at the data end');
  });

  it('keeps the range on a click without a drag', async () => {
    const { el, root, events } = await mount({ from: startDay('2023-03'), to: endDay('2023-08') });
    const { xAt, y } = chartPoint(root);
    // On empty plot area (a brush would clear its selection here), inside the range, and on a handle.
    pointerDrag(root, root.querySelector('.track')!, [xAt(14), xAt(14) + 1], y, events);
    pointerDrag(root, root.querySelector('.range-rect')!, [xAt(5)], y, events);
    pointerDrag(root, root.querySelector('.slider.end')!, [xAt(8), xAt(8) + 2], y, events);
    assertEqual(events.length, 0, 'no event');
    await el.updateComplete;
    assertEqual(el.from, startDay('2023-03'), 'start kept');
    assertEqual(el.to, endDay('2023-08'), 'end kept');
    assertEqual(root.querySelector('.range-label')!.textContent, 'Mar 2023 – Aug 2023', 'label kept');
    assert(Math.abs(Number(root.querySelector('.range-rect')!.getAttribute('x')) - (xAt(2) - xAt(0))) < 1, 'range drawn where it was');
  });

  it('drags with a touch pointer, and a cancelled touch (a page scroll) keeps the range', async () => {
    const { root, events } = await mount({ from: startDay('2023-03'), to: endDay('2023-08') });
    const { xAt, y } = chartPoint(root);
    pointerDrag(root, root.querySelector('.track')!, [xAt(12.3), xAt(13), xAt(15.7)], y, events, 'touch');
    assertEqual(events.length, 1, 'one event from a touch drag');
    assertEqual(`${events[0]!.from}/${events[0]!.to}`, '2024-01-01/2024-04-30', 'drawn range, snapped');
    // The browser claims a vertical swipe for scrolling and cancels the pointer.
    const plot = root.querySelector('.plot')!;
    const init = (x: number): PointerEventInit => ({ clientX: x, clientY: y, bubbles: true, composed: true, pointerId: 12, pointerType: 'touch', isPrimary: true });
    root.querySelector('.track')!.dispatchEvent(new PointerEvent('pointerdown', init(xAt(1))));
    plot.dispatchEvent(new PointerEvent('pointermove', init(xAt(3))));
    plot.dispatchEvent(new PointerEvent('pointercancel', init(xAt(3))));
    assertEqual(events.length, 1, 'no event after a cancel');
    await (root.host as TimeBar).updateComplete;
    assertEqual(root.querySelector('.range-label')!.textContent, 'Jan 2024 – Apr 2024', 'preview dropped');
    // Page scrolling: vertical pans stay with the page on the plot; only the handles refuse them.
    assertEqual(getComputedStyle(plot).touchAction, 'pan-y', 'plot lets the page scroll vertically');
    assertEqual(getComputedStyle(root.querySelector('.slider.end')!).touchAction, 'none', 'handles take every touch');
  });

  it('keeps dragging with a real mouse outside the bar (pointer capture)', async () => {
    const { root, events } = await mount({ from: startDay('2023-03'), to: endDay('2023-08') });
    const { xAt, y, box } = chartPoint(root);
    try {
      await sendMouse({ type: 'move', position: [Math.round(xAt(10.3)), Math.round(y)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(xAt(12)), Math.round(y)] });
      // Well below the bar: the drag goes on, only x counts.
      await sendMouse({ type: 'move', position: [Math.round(xAt(13.6)), Math.round(box.bottom + 150)] });
      assertEqual(events.length, 0, 'nothing fired while dragging');
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    assertEqual(events.length, 1, 'one event on release');
    assertEqual(`${events[0]!.from}/${events[0]!.to}`, '2023-11-01/2024-02-29', 'drawn range, snapped');
  });

  it('plays one month per step, sliding the window, and pauses', async () => {
    const { el, root, events } = await mount({ from: startDay('2023-03'), to: endDay('2023-05'), stepMs: 10 });
    root.querySelector<HTMLButtonElement>('button.play')!.click();
    await until(() => events.length >= 2, 'two play steps');
    el.pause();
    assertEqual(events[0]!.from, '2023-04-01', 'window slides: start');
    assertEqual(events[0]!.to, '2023-06-30', 'first step: end one month later');
    assertEqual(events[1]!.from, '2023-05-01', 'window keeps its length');
    assertEqual(events[1]!.to, '2023-07-31', 'second step');
  });

  it('plays a cumulative range to the data end and stops there', async () => {
    const { el, events } = await mount({ from: startDay('2023-03'), to: endDay('2024-07'), mode: 'cumulative', stepMs: 10 });
    el.play();
    await until(() => !el.isPlaying, 'play to stop at the end');
    assertEqual(events.map((e) => e.to).join(','), '2024-08-31,2024-09-30', 'month steps to the end');
    assert(events.every((e) => e.from === '2023-03-01' && e.mode === 'cumulative'), 'start stays in cumulative mode');
  });

  it('loops back to the data start when Loop is on', async () => {
    const { el, root, events } = await mount({ from: startDay('2024-06'), to: endDay('2024-08'), stepMs: 10 });
    root.querySelector<HTMLButtonElement>('button.loop')!.click();
    await el.updateComplete;
    assertEqual(root.querySelector('button.loop')!.getAttribute('aria-pressed'), 'true', 'loop pressed');
    el.play();
    await until(() => events.length >= 3, 'three play steps');
    el.pause();
    assertEqual(`${events[0]!.from}/${events[0]!.to}`, '2024-07-01/2024-09-30', 'reaches the end');
    assertEqual(`${events[1]!.from}/${events[1]!.to}`, '2023-01-01/2023-03-31', 'starts over with the same window length');
    assertEqual(`${events[2]!.from}/${events[2]!.to}`, '2023-02-01/2023-04-30', 'and keeps stepping');
  });

  it('fires with the new mode and basis from the switches', async () => {
    const { el, root, events } = await mount();
    root.querySelector<HTMLInputElement>('input[name="mode"][value="cumulative"]')!.click();
    assertEqual(events.length, 1, 'mode switch fires');
    assertEqual(events[0]!.mode, 'cumulative', 'detail mode');
    assertEqual(el.mode, 'cumulative', 'property follows');
    await el.updateComplete;
    assert(root.querySelector('.range-label')!.textContent!.startsWith('Up to'), 'cumulative label');
    root.querySelector<HTMLInputElement>('input[name="basis"][value="happened"]')!.click();
    assertEqual(events[1]!.basis, 'happened', 'basis switch fires');
    assertEqual(events[1]!.mode, 'cumulative', 'keeps the mode');
  });

  it('does not fire when properties are set programmatically', async () => {
    const { el, root, events } = await mount();
    el.from = startDay('2023-06');
    el.to = endDay('2023-09');
    el.mode = 'cumulative';
    el.basis = 'happened';
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    assertEqual(events.length, 0, 'no events');
    assertEqual(root.querySelector('.slider.start')!.getAttribute('aria-valuetext'), 'June 2023', 'start shown');
    assertEqual(root.querySelector<HTMLInputElement>('input[value="cumulative"]')!.checked, true, 'radio follows');
    const sel = root.querySelector('.range-rect')!;
    const n = hist.bins.length;
    const w = root.querySelector('.track')!.getBoundingClientRect().width;
    const x = Number(sel.getAttribute('x'));
    assert(Math.abs(x - (5 / n) * w) < 1, `range drawn at June 2023 (x=${x})`);
  });

  it('uses year bins and sparse labels over decades', async () => {
    const long = histogram(graph, { from: startDay('1950'), to: endDay('2025') }, 'reported');
    const { el, root } = await mount();
    el.histogram = long;
    await el.updateComplete;
    assertEqual(long.binning, 'year', 'year bins');
    assertEqual(root.querySelectorAll('g.bin').length, 76, 'one bar group per year');
    const labels = [...root.querySelectorAll('.tick text')].map((t) => Number(t.textContent));
    assert(labels.length >= 4 && labels.length <= 16, `a readable number of labels: ${labels.join(',')}`);
    assert(labels.every((y) => y % 5 === 0), 'round years');
  });

  it('has no axe violations', async () => {
    const { el } = await mount({ from: startDay('2023-03'), to: endDay('2024-06') });
    const axe = await loadAxe();
    const result = await axe.run(el);
    assertEqual(
      result.violations.length,
      0,
      `axe violations: ${result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`).join(', ')}`,
    );
  });
});
