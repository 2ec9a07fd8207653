// Render-only benchmark page (bench/render-run.mjs drives window.__render): the
// views of a window sweep are built up front, so the timings are updateNetwork +
// the next frame alone, apart from the model (buildView, timed separately).
// `initial: 'union'` is the pre-ADR-0005 usage (render the union, then update).
import { layoutInWorker } from '../src/embed/layout-client.ts';
import { parseGraphJson } from '../src/data/load.ts';
import { fitToViewport } from '../src/layout/fit.ts';
import type { Point } from '../src/layout/types.ts';
import { buildView, dataSpan, type GraphView } from '../src/model/index.ts';
import { applyHighlight, networkArea, renderNetwork, updateNetwork, type RenderOptions } from '../src/render/index.ts';
import { afterPaint, clearStage, fetchText, sweep, VIEWPORT } from './shared.ts';

const options: RenderOptions = { width: VIEWPORT.width, height: VIEWPORT.height };

interface State {
  positions: Map<string, Point>;
  views: GraphView[];
  svg: SVGSVGElement;
  current: GraphView;
}
let state: State | undefined;

async function setup(url: string, initial: 'union' | 'view') {
  const loaded = parseGraphJson(await fetchText(url));
  if (!loaded.ok) throw new Error(`invalid graph: ${loaded.problems[0]?.message}`);
  const graph = loaded.graph;
  const span = dataSpan(graph, 'reported') ?? { from: 0, to: 0 };
  const layout = await layoutInWorker(graph);
  const union = buildView(graph, { range: span, mode: 'cumulative', basis: 'reported' });
  const area = networkArea(union, options);
  const positions = fitToViewport(layout.positions, area.width, area.height, 24, { offset: { x: area.x, y: area.y } });
  const model: number[] = [];
  const views = sweep(span).map((range) => {
    const t0 = performance.now();
    const v = buildView(graph, { range, mode: 'window', basis: 'reported' });
    model.push(performance.now() - t0);
    return v;
  });
  const stage = clearStage();
  await afterPaint();
  const t0 = performance.now();
  const first = views[0]!;
  const svg = renderNetwork(document, initial === 'union' ? union : first, positions, options);
  if (initial === 'union') updateNetwork(svg, first, positions, options);
  stage.append(svg);
  const t1 = await afterPaint();
  state = { positions, views, svg, current: first };
  return {
    firstRender: t1 - t0,
    model,
    unionEdges: union.edges.length,
    viewEdges: views.map((v) => v.edges.length),
    elements: svg.querySelectorAll('*').length,
  };
}

/** Every window of the sweep in turn (and back to the first): updateNetwork, then the frame after. */
async function rangeSweep(split = false) {
  const s = state!;
  const out: { update: number; layout: number; total: number; elements: number }[] = [];
  for (const view of [...s.views.slice(1), s.views[0]!]) {
    const t0 = performance.now();
    updateNetwork(s.svg, view, s.positions, options);
    const t1 = performance.now();
    // split: force style + layout now, to tell them apart from paint (SPLIT=1 in render-run.mjs).
    if (split) s.svg.getBoundingClientRect();
    const tl = performance.now();
    const t2 = await afterPaint();
    s.current = view;
    out.push({ update: t1 - t0, layout: tl - t1, total: t2 - t0, elements: s.svg.querySelectorAll('*').length });
  }
  return out;
}

/** applyHighlight on a state of the current view, then the frame after; alternates with clearing. */
async function hover(count = 10) {
  const s = state!;
  const ids = s.current.nodes.map((n) => n.id);
  const on: number[] = [];
  const js: number[] = [];
  for (let i = 0; i < count && ids.length > 0; i++) {
    const t0 = performance.now();
    applyHighlight(s.svg, { focus: ids[(i * 7) % ids.length] });
    js.push(performance.now() - t0);
    on.push((await afterPaint()) - t0);
    applyHighlight(s.svg, undefined);
    await afterPaint();
  }
  return { total: on, js };
}

function exportSvg() {
  const s = state!;
  const t0 = performance.now();
  const svg = renderNetwork(document, s.current, s.positions, { ...options, idPrefix: 'export' });
  const xml = new XMLSerializer().serializeToString(svg);
  return { ms: performance.now() - t0, bytes: xml.length };
}

Object.assign(window, { __render: { setup, rangeSweep, hover, exportSvg } });
document.title += ' (ready)';
