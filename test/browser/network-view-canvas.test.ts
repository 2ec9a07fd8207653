// <atn-network-view> with its canvas edge layer (ADR 0006): views above
// `edgeCanvasMin` edges paint edges on a canvas under the SVG, yet every edge
// can still be hovered, clicked, reached by keyboard and read by axe.
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/components/network-view/canvas-layer.ts';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { buildView } from '../../src/model/index.ts';
import { canvasEdges, curveMidpoint, THEME_TONES } from '../../src/render/index.ts';
import { assert, assertEqual } from './helpers/assert.ts';
import { loadAxe } from './helpers/components.ts';
import { bundledData, frame, mount, walkByKeyboard } from './helpers/network-view.ts';

/** Canvas pixel (RGBA) at a stage point, in CSS pixels. */
function pixel(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const r = canvas.width / canvas.getBoundingClientRect().width;
  return [...canvas.getContext('2d')!.getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data];
}

const hex = (rgb: number[]) => `#${rgb.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

describe('atn-network-view canvas edge layer', () => {
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
    const painted = canvasEdges(svg()).edges;
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
    const target = canvasEdges(svg()).edges.find((e) => e.key === 'PRK-RUS-ballistic-missiles')!;
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
    const target = canvasEdges(svg()).edges[0]!;
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
    assertEqual(root.querySelector('.stage > canvas'), null, 'canvas gone');
    assertEqual(getComputedStyle(svg().querySelector('rect.background')!).fill, 'rgb(22, 24, 29)', 'the SVG paints its own background again');
    assert(/line width/.test(svg().querySelector('g.legend')!.textContent ?? ''), 'the legend speaks of width again');
    assertEqual(svg().querySelectorAll('g.edges > g[data-edge]').length, early.edges.length, 'every edge an element again');
    result = await axe.run(el);
    assertEqual(result.violations.map((v) => v.id).join(', '), '', 'no violations with SVG edges');
  });
});
