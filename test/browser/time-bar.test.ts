// <atn-time-bar> in a real browser: bars per bin, keyboard, brush drag, play,
// mode switch, accessibility, and no events for programmatic changes.
import type * as Axe from 'axe-core';
import '../../src/components/time-bar/define.ts';
import type { TimeBar } from '../../src/components/time-bar/time-bar.ts';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { dataSpan, histogram } from '../../src/model/index.ts';
import type { RangeChangeDetail } from '../../src/components/shared/events.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';

/** axe-core ships as a UMD script, not an ES module: load it as a classic script. */
async function loadAxe(): Promise<typeof Axe> {
  const w = window as unknown as { axe?: typeof Axe };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(s);
    });
  }
  return w.axe!;
}

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
  await until(() => root.querySelector('g.brush .selection') !== null, 'the brush');
  await el.updateComplete;
  return { el, root, events };
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
    const { el, root, events } = await mount();
    const overlay = root.querySelector<SVGRectElement>('g.brush .overlay')!;
    const box = overlay.getBoundingClientRect();
    const n = hist.bins.length;
    const xAt = (pos: number) => box.left + (pos / n) * box.width;
    const y = box.top + box.height / 2;
    const opts = (x: number) => ({ clientX: x, clientY: y, bubbles: true, composed: true, view: window, button: 0 });
    overlay.dispatchEvent(new MouseEvent('mousedown', opts(xAt(2.2))));
    window.dispatchEvent(new MouseEvent('mousemove', opts(xAt(4))));
    window.dispatchEvent(new MouseEvent('mousemove', opts(xAt(5.8))));
    assertEqual(events.length, 0, 'nothing fired while dragging');
    window.dispatchEvent(new MouseEvent('mouseup', opts(xAt(5.8))));
    assertEqual(events.length, 1, 'one event at the end of the drag');
    assertEqual(events[0]!.from, '2023-03-01', 'start snapped to a month');
    assertEqual(events[0]!.to, '2023-06-30', 'end snapped to a month');
    assertEqual(el.from, startDay('2023-03'), 'property follows');
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
    const sel = root.querySelector('g.brush .selection')!;
    const n = hist.bins.length;
    const w = root.querySelector('g.brush .overlay')!.getBoundingClientRect().width;
    const x = Number(sel.getAttribute('x'));
    assert(Math.abs(x - (5 / n) * w) < 1, `brush moved to June 2023 (x=${x})`);
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
