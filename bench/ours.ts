// Benchmark page for our approach (ADR 0003, 0005): one layout of the union (in a
// worker, or stored with the data), a render of the current window's view (only
// its elements are in the DOM), then updateNetwork per range change.
// scripts/bench.mjs drives window.__bench.
import { layoutInWorker, layoutInputOf, type LayoutSource } from '../src/app/layout-client.ts';
import { parseGraphJson } from '../src/data/load.ts';
import type { Graph } from '../src/data/types.ts';
import { computeLayout } from '../src/layout/compute-layout.ts';
import { fitToViewport } from '../src/layout/fit.ts';
import type { Point } from '../src/layout/types.ts';
import { buildView, dataSpan, indexGraph, type GraphView } from '../src/model/index.ts';
import { applyHighlight, networkArea, renderNetwork, updateNetwork, type RenderOptions } from '../src/render/index.ts';
import { afterPaint, clearStage, fetchText, sweep, VIEWPORT } from './shared.ts';

const options: RenderOptions = { width: VIEWPORT.width, height: VIEWPORT.height };

interface State {
  graph: Graph;
  positions: Map<string, Point>;
  svg: SVGSVGElement;
  view: GraphView;
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
  const stage = clearStage();
  state = undefined;
  await afterPaint();
  const t0 = performance.now();
  const loaded = parseGraphJson(text);
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
  const area = networkArea(union, options);
  const positions = fitToViewport(layout.positions, area.width, area.height, 24, { offset: { x: area.x, y: area.y } });
  const t4 = performance.now();
  const svg = renderNetwork(document, view, positions, options);
  stage.append(svg);
  const t5 = performance.now();
  const t6 = await afterPaint();
  state = { graph, positions, svg, view, span };
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
    elements: svg.querySelectorAll('*').length,
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

/** 30 window changes sweeping the span: buildView + updateNetwork + the frame after. */
async function rangeSweep() {
  const s = need();
  const out: { total: number; model: number; update: number; visibleEdges: number }[] = [];
  for (const range of sweep(s.span)) {
    const t0 = performance.now();
    const view = buildView(s.graph, { range, mode: 'window', basis: 'reported' });
    const t1 = performance.now();
    updateNetwork(s.svg, view, s.positions, options);
    const t2 = performance.now();
    const t3 = await afterPaint();
    s.view = view;
    out.push({ total: t3 - t0, model: t1 - t0, update: t2 - t1, visibleEdges: view.edges.length });
  }
  return out;
}

/** applyHighlight on a visible node, then the frame after; alternates with clearing. */
async function hover(count = 10) {
  const s = need();
  const ids = s.view.nodes.map((n) => n.id);
  const out: number[] = [];
  for (let i = 0; i < count && ids.length > 0; i++) {
    const t0 = performance.now();
    applyHighlight(s.svg, { focus: ids[(i * 7) % ids.length] });
    out.push((await afterPaint()) - t0);
    applyHighlight(s.svg, undefined);
    await afterPaint();
  }
  return out;
}

/** renderNetwork of the current view into a detached SVG + XMLSerializer. */
function exportSvg(): { ms: number; bytes: number } {
  const s = need();
  const t0 = performance.now();
  const svg = renderNetwork(document, s.view, s.positions, { ...options, idPrefix: 'export' });
  const xml = new XMLSerializer().serializeToString(svg);
  return { ms: performance.now() - t0, bytes: xml.length };
}

Object.assign(window, { __bench: { load, firstRender, layout, rangeSweep, hover, exportSvg } });
document.title += ' (ready)';
