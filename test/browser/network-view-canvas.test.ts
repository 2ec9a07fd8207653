// <atn-network-view> with its canvas edge layer (ADR 0006): views above
// `edgeCanvasMin` edges paint edges on a canvas under the SVG, yet every edge
// can still be hovered, clicked, reached by keyboard and read by axe.
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { useEdgePainter } from '../../src/components/network-view/canvas-layer.ts';
import { mainThreadPainter, workerPainter } from '../../src/components/network-view/edge-painter.ts';
import type { EdgesPaintedDetail } from '../../src/components/shared/events.ts';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { buildView } from '../../src/model/index.ts';
import { canvasEdges, curveMidpoint, paintJob, THEME_TONES, unpackPainted } from '../../src/render/index.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { loadAxe } from './helpers/components.ts';
import { bundledData, frame, mount, until, walkByKeyboard } from './helpers/network-view.ts';

/** Canvas pixel (RGBA) at a stage point, in CSS pixels. */
function pixel(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const r = canvas.width / canvas.getBoundingClientRect().width;
  return [...canvas.getContext('2d')!.getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data];
}

const hex = (rgb: number[]) => `#${rgb.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

/** The next `atn-edges-painted` from `el`. */
function nextPaint(el: EventTarget, timeoutMs = 5000): Promise<EdgesPaintedDetail> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no atn-edges-painted')), timeoutMs);
    el.addEventListener(
      'atn-edges-painted',
      (e) => {
        clearTimeout(timer);
        resolve((e as CustomEvent<EdgesPaintedDetail>).detail);
      },
      { once: true },
    );
  });
}

/** Pixels of any canvas (one drawn in a worker included), copied onto a scratch canvas of its size. */
function snapshot(canvas: HTMLCanvasElement): (x: number, y: number) => number[] {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0);
  const r = canvas.width / canvas.getBoundingClientRect().width;
  return (x, y) => [...ctx.getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data];
}

/** A checksum of every pixel the page shows of `canvas`. */
function fingerprint(canvas: HTMLCanvasElement): number {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0);
  let h = 0;
  for (const v of ctx.getImageData(0, 0, copy.width, copy.height).data) h = (h * 31 + v) | 0;
  return h;
}

/** Stage points (edge midpoints) with no ink within 2 px. */
function unpainted(read: (x: number, y: number) => number[], points: readonly { x: number; y: number }[], background: string) {
  return points.filter((m) => {
    for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) if (hex(read(m.x + dx, m.y + dy)) !== background) return false;
    return true;
  });
}

describe('atn-network-view canvas edge layer', () => {
  // These tests read the canvas's pixels directly: painted on the page's thread.
  before(() => useEdgePainter(mainThreadPainter()));
  after(() => useEdgePainter(workerPainter()));
  afterEach(async () => {
    document.querySelectorAll('atn-network-view').forEach((el) => el.parentElement!.remove());
    await resetMouse();
  });

  it('paints a dense view\'s edges on a canvas under the SVG, which keeps the states', async () => {
    const data = await bundledData();
    const { root, svg } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    const canvas = root.querySelector<HTMLCanvasElement>('.stage > canvas');
    assert(canvas, 'a canvas layer');
    assertEqual(canvas.getAttribute('aria-hidden'), 'true', 'hidden from assistive technology');
    assertEqual(canvas.width, Math.round(1000 * devicePixelRatio), 'backing store in device pixels');
    assertEqual(canvas.nextElementSibling, svg(), 'the canvas lies under the SVG');
    assertEqual(svg().querySelectorAll('g.edges > g[data-edge]').length, 0, 'no edge elements until one is needed');
    assertEqual(svg().querySelectorAll('g.nodes > g[data-state]').length, data.union.nodes.length, 'every state in the SVG');
    assertEqual(getComputedStyle(svg().querySelector('rect.background')!).fill, 'rgba(0, 0, 0, 0)', 'SVG background see-through');
    const painted = unpackPainted(canvasEdges(svg()).painted);
    assertEqual(painted.length, data.union.edges.length, 'every edge painted');
    assert(/line shade: number of transfers/.test(svg().querySelector('g.legend')!.textContent ?? ''), 'the legend explains shade');
    assertEqual(pixel(canvas, 2, 2).slice(0, 3).join(), [255, 255, 255].join(), 'background painted (light theme)');
    // Each edge leaves ink near its midpoint: some pixel within 2 px differs from the background.
    const misses = painted.filter((e) => {
      const m = curveMidpoint(e);
      for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) if (hex(pixel(canvas, m.x + dx, m.y + dy)) !== THEME_TONES.light.background) return false;
      return true;
    });
    assertEqual(misses.map((e) => e.key).join(', '), '', 'every edge drawn where its curve is');
    assert(svg().getAttribute('aria-describedby'), 'the SVG still describes the whole view');
    assert(/\d+ links/.test(svg().querySelector('desc')!.textContent ?? ''), 'description counts the links');
    assertEqual(
      svg().querySelector('desc')!.textContent!.match(/(\d+) links/)![1],
      String(data.union.edges.length),
      'every link counted, painted or not',
    );
  });

  it('hovers and selects a painted edge under the mouse, which then becomes an element', async () => {
    const data = await bundledData();
    const { el, root, svg, hovers, selects } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    const target = unpackPainted(canvasEdges(svg()).painted).find((e) => e.key === 'PRK-RUS-ballistic-missiles')!;
    assert(target, 'the edge is painted');
    const box = svg().getBoundingClientRect();
    const m = curveMidpoint(target);
    await sendMouse({ type: 'move', position: [Math.round(box.x + m.x), Math.round(box.y + m.y)] });
    await frame();
    assertEqual(hovers.at(-1)?.id, target.key, 'hover reports the painted edge');
    assertEqual(hovers.at(-1)?.kind, 'edge', 'as an edge');
    const g = svg().querySelector(`g[data-edge="${target.key}"]`);
    assert(g, 'the hovered edge is now an SVG element');
    assertEqual(g.getAttribute('class'), 'edge is-focus', 'in focus');
    const emphasis = canvasEdges(svg()).emphasis;
    assertEqual(emphasis.get('RUS-PRK-fighter-aircraft'), 'related', 'what was traded for it is related');
    assertEqual(emphasis.get('IRN-RUS-drones'), 'dim', 'the rest is dimmed on the canvas');

    const away: [number, number] = [Math.round(box.x + 3), Math.round(box.bottom - 3)];
    await sendMouse({ type: 'move', position: away });
    await frame();
    assertEqual(hovers.at(-1)?.id, null, 'leaving reports no hover');
    assertEqual(svg().querySelector(`g[data-edge="${target.key}"]`), null, 'and the edge goes back to the canvas');
    assertEqual(canvasEdges(svg()).emphasis.get('IRN-RUS-drones'), 'normal', 'nothing dimmed');

    await sendMouse({ type: 'move', position: [Math.round(box.x + m.x), Math.round(box.y + m.y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    assertEqual(selects.at(-1)?.id, target.key, 'a click selects it');
    await el.updateComplete;
    assertEqual(el.selected, target.key, 'selected');
    root.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.focus(); // focus elsewhere, hover gone
    await sendMouse({ type: 'move', position: away });
    await frame();
    assert(svg().querySelector(`g[data-edge="${target.key}"]`), 'the selected edge stays an element');
    assertEqual(canvasEdges(svg()).emphasis.get('IRN-RUS-drones'), 'dim', 'and keeps its highlight');
    assert(root.querySelector('.stage > canvas'), 'still on the canvas');
  });

  it('lets the legend, not the edges painted under it, have the pointer', async () => {
    const data = await bundledData();
    const { svg, hovers, selects } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    const target = unpackPainted(canvasEdges(svg()).painted)[0]!;
    const box = svg().getBoundingClientRect();
    const m = curveMidpoint(target);
    const at = { clientX: box.x + m.x, clientY: box.y + m.y, bubbles: true, composed: true };
    // The same point, as if the legend covered it: nothing is hovered or selected.
    const legend = svg().querySelector('g.legend > rect')!;
    legend.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
    legend.dispatchEvent(new MouseEvent('click', at));
    assertEqual(hovers.length, 0, 'no hover through the legend');
    assertEqual(selects.length, 0, 'no selection through the legend');
    // On the bare background the painted edge answers: a tap (no hover before it) selects it.
    const background = svg().querySelector('rect.background')!;
    background.dispatchEvent(new MouseEvent('click', at));
    assertEqual(selects.at(-1)?.id, target.key, 'a tap on the background selects the edge');
  });

  it('explains shade in the narrow legend panel too', async () => {
    const data = await bundledData();
    const { root, el } = await mount(data, 360, 600, { edgeCanvasMin: 10 });
    assert(root.querySelector('.stage > canvas'), 'canvas on a phone');
    root.querySelector<HTMLButtonElement>('.legend-toggle')!.click();
    await el.updateComplete;
    assert(/line shade: number of transfers/.test(root.querySelector('#legend-panel')!.textContent ?? ''), 'the panel says shade');
  });

  it('reaches every edge by keyboard, each as a focused element in turn', async () => {
    const data = await bundledData();
    const { root, el, svg } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    el.focus();
    const { states, edges } = walkByKeyboard(root, data, () => {
      assertEqual(svg().querySelectorAll('[tabindex="0"]').length, 1, 'one tab stop');
      assert(svg().querySelectorAll('g.edges > g[data-edge]').length <= 2, 'only the edges in use are elements');
    });
    assertEqual(states.size, data.union.nodes.length, 'every state reached');
    const missing = data.union.edges.filter((e) => !edges.has(e.key)).map((e) => e.key);
    assertEqual(missing.join(', '), '', 'every edge reached');
  });

  it('goes back to SVG edges when the view thins out, and has no axe violations either way', async () => {
    const axe = await loadAxe();
    const data = await bundledData();
    const { el, root, svg } = await mount(data, 1000, 700, { edgeCanvasMin: 20, theme: 'dark' });
    assert(root.querySelector('.stage > canvas'), 'the union is dense');
    el.focus();
    let result = await axe.run(el);
    assertEqual(result.violations.map((v) => v.id).join(', '), '', 'no violations on the canvas layer');
    const early = buildView(data.graph, { range: { from: startDay('2022-01'), to: endDay('2022-12') }, mode: 'window', basis: 'reported' });
    assert(early.edges.length <= 20, `2022 is sparse (${early.edges.length} edges)`);
    el.view = early;
    await el.updateComplete;
    const parked = root.querySelector<HTMLCanvasElement>('.stage > canvas');
    assert(parked === null || getComputedStyle(parked).display === 'none', 'the canvas is out of sight');
    assertEqual(getComputedStyle(svg().querySelector('rect.background')!).fill, 'rgb(22, 24, 29)', 'the SVG paints its own background again');
    assert(/line width/.test(svg().querySelector('g.legend')!.textContent ?? ''), 'the legend speaks of width again');
    assertEqual(svg().querySelectorAll('g.edges > g[data-edge]').length, early.edges.length, 'every edge an element again');
    result = await axe.run(el);
    assertEqual(result.violations.map((v) => v.id).join(', '), '', 'no violations with SVG edges');
  });
});

describe('atn-network-view canvas edge layer, painted in a worker (ADR 0007)', () => {
  afterEach(() => {
    document.querySelectorAll('atn-network-view').forEach((el) => el.parentElement!.remove());
    useEdgePainter(workerPainter());
  });

  it('hands the canvas to a worker, which paints every edge and each new view', async () => {
    useEdgePainter(workerPainter());
    const data = await bundledData();
    // Events compose out of the shadow root and bubble: the first paint may come while mounting.
    const first = nextPaint(document.body);
    const { el, root, svg } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    assert((await first).offThread, 'painted off the page\'s thread');
    const canvas = root.querySelector<HTMLCanvasElement>('.stage > canvas')!;
    let handed = false;
    try {
      canvas.getContext('2d');
    } catch {
      handed = true;
    }
    assert(handed, 'the page can no longer draw on the canvas: the worker owns it');
    const mids = () => unpackPainted(canvasEdges(svg()).painted).map((e) => ({ key: e.key, ...curveMidpoint(e) }));
    // The worker's frame reaches the page's canvas through the compositor, a frame or two later.
    await until(() => snapshot(canvas)(2, 2)[3] === 255, 'the worker\'s frame on the page');
    let read = snapshot(canvas);
    assertEqual(read(2, 2).slice(0, 3).join(), '255,255,255', 'background painted (light theme)');
    assertEqual(unpainted(read, mids(), THEME_TONES.light.background).length, 0, 'every edge drawn where its curve is');

    // A new view: the worker repaints; the edges left out leave no ink.
    const later = buildView(data.graph, { range: { from: startDay('2024-01'), to: endDay('2025-12') }, mode: 'window', basis: 'reported' });
    assert(later.edges.length > 10 && later.edges.length < data.union.edges.length, 'a smaller, still dense view');
    const gone = data.union.edges.filter((e) => !later.edges.some((l) => l.key === e.key)).map((e) => e.key);
    const before = new Map(mids().map((m) => [m.key, m]));
    const old = fingerprint(canvas);
    const repaint = nextPaint(el);
    el.view = later;
    await el.updateComplete;
    assert((await repaint).offThread, 'repainted in the worker');
    const shown = root.querySelector<HTMLCanvasElement>('.stage > canvas')!;
    await until(() => fingerprint(shown) !== old, 'the new frame on the page');
    read = snapshot(shown);
    assertEqual(unpainted(read, mids(), THEME_TONES.light.background).length, 0, 'every edge of the new view drawn');
    const kept = new Set(mids().map((m) => `${Math.round(m.x)},${Math.round(m.y)}`));
    const blank = unpainted(read, gone.map((k) => before.get(k)!).filter((m) => !kept.has(`${Math.round(m.x)},${Math.round(m.y)}`)), THEME_TONES.light.background);
    assert(blank.length > 0, 'edges that left the view are gone from the canvas');
  });

  it("moves a copy of the curves to the worker and leaves the caller's job whole (kept for a fallback redraw)", async () => {
    const painter = workerPainter();
    const data = await bundledData();
    const { svg } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    const job = paintJob(canvasEdges(svg()).painted, { width: 1000, height: 700, pixelRatio: 1, theme: 'light', emphasis: new Map() });
    const before = [...job.coords];
    assert(before.length > 0, 'a job with curves');
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const painted = nextPaint(canvas);
    painter.paint(canvas, job, { width: 1000, height: 700 });
    const detail = await painted;
    assert(detail.offThread, 'painted by the worker');
    assertEqual(job.coords.length, before.length, 'the caller keeps its coordinates');
    assertEqual(job.coords.every((v, i) => v === before[i]), true, 'unchanged');
    painter.release(canvas);
    canvas.remove();
  });

  it('parks the canvas when the view thins out and takes it up again when it grows dense, with no new hand-over', async () => {
    const painter = workerPainter();
    useEdgePainter(painter);
    const data = await bundledData();
    const first = nextPaint(document.body);
    const { el, box, root, svg } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    await first;
    const canvas = root.querySelector<HTMLCanvasElement>('.stage > canvas')!;
    const jobs = painter.posted(canvas);
    const early = buildView(data.graph, { range: { from: startDay('2022-01'), to: endDay('2022-12') }, mode: 'window', basis: 'reported' });
    assert(early.edges.length <= 10, `2022 is sparse (${early.edges.length} edges)`);
    const cleared = nextPaint(el);
    el.view = early;
    await el.updateComplete;
    assertEqual(root.querySelector('.stage > canvas'), canvas, 'the same canvas stays in the stage');
    assertEqual(getComputedStyle(canvas).display, 'none', 'out of sight');
    assertEqual((await cleared).seq, jobs + 1, 'and cleared, by its worker');
    assertEqual(svg().querySelectorAll('g.edges > g[data-edge]').length, early.edges.length, 'the SVG draws the edges');
    const back = nextPaint(el);
    el.view = data.union;
    await el.updateComplete;
    const detail = await back;
    assert(detail.offThread, 'dense again: painted by the worker');
    assertEqual(root.querySelector('.stage > canvas'), canvas, 'on the parked canvas');
    assert(getComputedStyle(canvas).display !== 'none', 'in sight again');
    assertEqual(detail.seq, jobs + 2, 'its next job: no new canvas was handed over');
    // Leaving the page releases a parked canvas as well.
    el.view = early;
    await el.updateComplete;
    box.remove();
    assertEqual(root.querySelector('.stage > canvas'), null, 'a parked canvas is released with the view');
  });

  it('gives the canvas up when the view leaves the page, and paints a new one when it comes back', async () => {
    const painter = workerPainter();
    useEdgePainter(painter);
    const data = await bundledData();
    const first = nextPaint(document.body);
    const { el, box, root } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    await first;
    const handed = root.querySelector<HTMLCanvasElement>('.stage > canvas')!;
    box.remove();
    assertEqual(root.querySelector('.stage > canvas'), null, 'released with the view');
    assertEqual(handed.isConnected, false, 'the handed-over canvas is gone');
    const again = nextPaint(el);
    document.body.append(box);
    assert((await again).offThread, 'back on the page: painted again, by the worker');
    const canvas = root.querySelector<HTMLCanvasElement>('.stage > canvas');
    assert(canvas && canvas !== handed, 'on a new canvas');
    assertEqual(painter.posted(canvas), 1, 'its first job');
  });

  it('falls back to the page\'s thread, on a fresh canvas, when the worker fails', async () => {
    useEdgePainter(workerPainter({ createWorker: () => new Worker('/no-such-worker.js', { type: 'module' }) }));
    const data = await bundledData();
    const painted: EdgesPaintedDetail[] = [];
    const record = (e: Event) => painted.push((e as CustomEvent<EdgesPaintedDetail>).detail);
    document.body.addEventListener('atn-edges-painted', record);
    const { root, svg } = await mount(data, 1000, 700, { edgeCanvasMin: 10 });
    const handed = root.querySelector('.stage > canvas');
    await until(() => painted.some((p) => !p.offThread), 'a paint on the page after the worker failed');
    const canvas = root.querySelector<HTMLCanvasElement>('.stage > canvas')!;
    assert(canvas !== handed, 'the canvas handed to the worker was replaced');
    assertEqual(root.querySelectorAll('.stage > canvas').length, 1, 'one canvas layer');
    assertEqual(canvas.nextElementSibling, svg(), 'under the SVG');
    assertEqual(canvas.getAttribute('aria-hidden'), 'true', 'hidden from assistive technology');
    const read = snapshot(canvas);
    assertEqual(unpainted(read, unpackPainted(canvasEdges(svg()).painted).map((e) => curveMidpoint(e)), THEME_TONES.light.background).length, 0, 'every edge drawn');
    document.body.removeEventListener('atn-edges-painted', record);
  });
});
