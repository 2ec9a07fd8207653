// Benchmark page for the whole explorer element, as index.html sets it up: the
// <arms-transfer-network> widget with the canvas edge layer registered, its layout in
// a worker, its view mirrored in the URL (syncUrl) and the "About the data" section
// given the graph on load (src/app/main.ts). A range change here is what a reader's change costs: `from` / `to` set
// on the element, and everything that follows (the model, the network, the time bar,
// the summary, the panels) until the frame and the worker's paint are done. bench/ours.ts
// times the network stage alone. scripts/bench.mjs drives window.__bench.
import '../src/embed/define.ts';
import '../src/components/about-data/define.ts';
import { syncUrl } from '../src/app/url-sync.ts';
import { useEdgePainter } from '../src/components/network-view/canvas-layer.ts';
import { workerPainter } from '../src/components/network-view/edge-painter.ts';
import type { ArmsTransferNetwork } from '../src/embed/widget.ts';
import { workerLayout } from '../src/embed/layout-client.ts';
import { parseGraphJsonFast } from '../src/data/fast-accept.ts';
import { dayToIso } from '../src/data/partial-date.ts';
import { afterPaint, clearStage, fetchText, inFrame, sweep, VIEWPORT, watchEdgePaint } from './shared.ts';

const painter = workerPainter({ confirmRaster: true });
useEdgePainter(painter);
const posted = (canvas: HTMLCanvasElement) => painter.posted(canvas);

let text = '';
let app: ArmsTransferNetwork | undefined;
let sync: ReturnType<typeof syncUrl> | undefined;

async function load(url: string): Promise<number> {
  text = await fetchText(url);
  return text.length;
}

const stageOf = (el: ArmsTransferNetwork): HTMLElement => {
  const stage = el.shadowRoot?.querySelector<HTMLElement>('atn-network-view');
  if (!stage) throw new Error('the element shows no network');
  return stage;
};

/** Data in the page (JSON text) → parsed as the explorer's file import does → the element painted. */
async function firstRender() {
  const host = clearStage();
  host.style.cssText = `width:${VIEWPORT.width}px;height:${VIEWPORT.height}px`;
  app = undefined;
  await afterPaint();
  const t0 = performance.now();
  const loaded = parseGraphJsonFast(text);
  if (!loaded.ok) throw new Error(`invalid graph: ${loaded.problems[0]?.message}`);
  const t1 = performance.now();
  const el = document.createElement('arms-transfer-network');
  el.layoutStrategy = workerLayout;
  el.style.height = '100%';
  const about = document.createElement('atn-about-data');
  const ready = new Promise<void>((resolve, reject) => {
    el.addEventListener(
      'atn-load',
      () => {
        about.graph = el.loadedGraph; // as main.ts does
        resolve();
      },
      { once: true },
    );
    el.addEventListener('atn-error', (e) => reject(new Error((e as CustomEvent<{ message: string }>).detail.message)), { once: true });
  });
  el.data = loaded.graph;
  host.append(el, about);
  sync?.stop();
  history.replaceState(null, '', location.pathname);
  sync = syncUrl(el);
  await ready;
  await about.updateComplete;
  const stage = stageOf(el);
  await (stage as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const t2 = performance.now();
  const t3 = await afterPaint();
  app = el;
  return {
    total: t3 - t0,
    parse: t1 - t0,
    element: t2 - t1,
    paint: t3 - t2,
    transfers: loaded.graph.transfers.length,
    canvas: stage.shadowRoot?.querySelector('canvas') !== null,
  };
}

/** 30 window changes sweeping the span, each set as from / to on the element at the start of a frame. */
async function rangeSweep() {
  const el = app;
  if (!el) throw new Error('call firstRender first');
  const span = el.span;
  if (!span) throw new Error('no span');
  const out: { frame: number; main: number; interval: number; edges: number; work: number }[] = [];
  for (const range of sweep(span)) {
    const stage = stageOf(el);
    const watch = watchEdgePaint(stage, posted);
    const t = await inFrame(async () => {
      el.mode = 'window';
      el.from = dayToIso(range.from);
      el.to = dayToIso(range.to);
      await el.updateComplete;
      await (stage as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    const painted = await watch.end();
    const edges = painted ? painted - t.start : 0;
    out.push({ frame: Math.max(t.frame, edges), main: t.frame, interval: t.interval, edges, work: t.work });
  }
  return out;
}

Object.assign(window, { __bench: { load, firstRender, rangeSweep } });
document.title += ' (ready)';
