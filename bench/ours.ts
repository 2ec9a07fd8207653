// Benchmark page for our approach (ADR 0003, 0005, 0006): one layout of the union
// (in a worker, or stored with the data), then the app's own stage,
// <atn-network-view>, given the current window's view; a range change is
// buildView + a new `view` (SVG edges, or the canvas edge layer above
// EDGE_CANVAS_MIN edges). scripts/bench.mjs drives window.__bench.
import '../src/components/network-view/define.ts';
import { useEdgePainter } from '../src/components/network-view/canvas-layer.ts';
import { workerPainter } from '../src/components/network-view/edge-painter.ts';
import type { NetworkView } from '../src/components/network-view/network-view.ts';
import { layoutInWorker, layoutInputOf, type LayoutSource } from '../src/embed/layout-client.ts';
import { parseGraphJsonFast } from '../src/data/fast-accept.ts';
import type { Graph } from '../src/data/types.ts';
import { computeLayout } from '../src/layout/compute-layout.ts';
import { buildView, dataSpan, indexGraph, type GraphView } from '../src/model/index.ts';
import { renderNetwork, type RenderOptions } from '../src/render/index.ts';
import { afterPaint, clearStage, fetchText, inFrame, sweep, VIEWPORT, watchEdgePaint } from './shared.ts';

// As the explorer paints (a worker where possible), but the worker rasterises
// before it reports, so a timing that waits for the edges includes their raster.
const painter = workerPainter({ confirmRaster: true });
useEdgePainter(painter);
const posted = (canvas: HTMLCanvasElement) => painter.posted(canvas);

const options: RenderOptions = { width: VIEWPORT.width, height: VIEWPORT.height };

interface State {
  graph: Graph;
  stage: NetworkView;
  view: GraphView;
  union: GraphView;
  span: { from: number; to: number };
}
let text = '';
let state: State | undefined;

const need = (): State => {
  if (!state) throw new Error('call firstRender first');
  return state;
};

async function load(url: string): Promise<number> {
  text = await fetchText(url);
  return text.length;
}

/** Data in the page (JSON text) → network painted. Returns the total and its parts, in ms. */
async function firstRender(layoutMode: 'worker' | 'main' = 'worker') {
  const host = clearStage();
  host.style.cssText = `width:${VIEWPORT.width}px;height:${VIEWPORT.height}px`;
  state = undefined;
  await afterPaint();
  const t0 = performance.now();
  const loaded = parseGraphJsonFast(text);
  if (!loaded.ok) throw new Error(`invalid graph: ${loaded.problems[0]?.message}`);
  const graph = loaded.graph;
  const t1 = performance.now();
  indexGraph(graph);
  const span = dataSpan(graph, 'reported') ?? { from: 0, to: 0 };
  const t2 = performance.now();
  let source: LayoutSource = 'main-thread';
  const layout =
    layoutMode === 'worker'
      ? await layoutInWorker(graph, { onSource: (s) => (source = s) })
      : computeLayout(layoutInputOf(graph));
  const t3 = performance.now();
  // The union fixes the fit (positions never depend on the window); the first
  // window of the sweep is what gets drawn.
  const union = buildView(graph, { range: span, mode: 'cumulative', basis: 'reported' });
  const view = buildView(graph, { range: sweep(span)[0]!, mode: 'window', basis: 'reported' });
  const t4 = performance.now();
  const stage = document.createElement('atn-network-view');
  stage.label = 'Benchmark';
  stage.unionView = union;
  stage.layout = layout;
  stage.view = view;
  host.append(stage);
  while (!stage.svgElement) await new Promise((r) => requestAnimationFrame(r));
  await stage.updateComplete;
  const t5 = performance.now();
  const t6 = await afterPaint();
  state = { graph, stage, view, union, span };
  const root = stage.shadowRoot!;
  return {
    total: t6 - t0,
    parse: t1 - t0,
    index: t2 - t1,
    layout: t3 - t2,
    view: t4 - t3,
    render: t5 - t4,
    paint: t6 - t5,
    layoutSource: source,
    transfers: graph.transfers.length,
    nodes: view.nodes.length,
    edges: view.edges.length,
    canvas: root.querySelector('canvas') !== null,
    elements: root.querySelectorAll('*').length + stage.svgElement.querySelectorAll('*').length,
  };
}

/** Layout alone, in the worker (incl. start-up and copying) and on the main thread. */
async function layout(mode: 'worker' | 'main'): Promise<{ ms: number; source: string }> {
  const { graph } = need();
  const t0 = performance.now();
  let source = 'main-thread';
  if (mode === 'worker') await layoutInWorker(graph, { onSource: (s) => (source = s) });
  else computeLayout(layoutInputOf(graph));
  return { ms: performance.now() - t0, source };
}

/**
 * 30 window changes sweeping the span. Each is buildView + a new `view` on the
 * stage (lit's update included), timed two ways:
 *  - `total`: from the change, whenever it happens, to the end of the next frame
 *    rendered (as the baseline is timed; includes waiting for that frame);
 *  - `frame`: started at the beginning of a frame, to the end of that frame's
 *    rendering: the "within one frame" budget; `interval` to the next frame.
 */
async function rangeSweep(aligned = false) {
  const s = need();
  const out: {
    total: number;
    model: number;
    update: number;
    visibleEdges: number;
    edges: number;
    main?: number;
    frame?: number;
    interval?: number;
  }[] = [];
  for (const range of sweep(s.span)) {
    let model = 0;
    let update = 0;
    let view = s.view;
    const change = async () => {
      const a = performance.now();
      view = buildView(s.graph, { range, mode: 'window', basis: 'reported' });
      const b = performance.now();
      s.stage.view = view;
      await s.stage.updateComplete;
      model = b - a;
      update = performance.now() - b;
    };
    // A dense view's edges are painted in a worker: the change is rendered once
    // both the page's frame and that paint are done.
    const watch = watchEdgePaint(s.stage, posted);
    if (aligned) {
      const t = await inFrame(change);
      const painted = await watch.end();
      const edges = painted ? painted - t.start : 0;
      out.push({ total: Math.max(t.frame, edges), frame: Math.max(t.frame, edges), main: t.frame, interval: t.interval, edges, model, update, visibleEdges: view.edges.length });
    } else {
      const t0 = performance.now();
      await change();
      const t1 = await afterPaint();
      const painted = await watch.end();
      out.push({ total: Math.max(t1, painted) - t0, edges: painted ? painted - t0 : 0, model, update, visibleEdges: view.edges.length });
    }
    s.view = view;
  }
  return out;
}

/** Pointer over a visible state (highlight of its neighbourhood), then the frame after; alternates with leaving. */
async function hover(count = 10) {
  const s = need();
  const svg = s.stage.svgElement!;
  const ids = s.view.nodes.map((n) => n.id).filter((id) => s.view.edges.some((e) => e.supplier === id || e.recipient === id));
  const background = svg.querySelector('rect.background')!;
  const out: number[] = [];
  for (let i = 0; i < count && ids.length > 0; i++) {
    const node = svg.querySelector(`g[data-state="${ids[(i * 7) % ids.length]}"] > circle`)!;
    const watch = watchEdgePaint(s.stage, posted);
    const t = await inFrame(() => {
      node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    });
    // On the canvas layer a highlight repaints the edges (in a worker): count that too.
    const painted = await watch.end();
    out.push(Math.max(t.frame, painted ? painted - t.start : 0));
    const settled = watchEdgePaint(s.stage, posted);
    node.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: background }));
    await afterPaint();
    await settled.end();
  }
  return out;
}

/** renderNetwork of the current view into a detached SVG + XMLSerializer (what exportSVG builds on). */
function exportSvg(): { ms: number; bytes: number } {
  const s = need();
  const t0 = performance.now();
  const svg = renderNetwork(document, s.view, s.stage.currentPositions(), { ...options, idPrefix: 'export' });
  const xml = new XMLSerializer().serializeToString(svg);
  return { ms: performance.now() - t0, bytes: xml.length };
}

Object.assign(window, { __bench: { load, firstRender, layout, rangeSweep, hover, exportSvg } });
document.title += ' (ready)';
