// Mounting <atn-network-view> for browser tests: data prepared the app's way
// (union view, union layout), a sized box, and recorders for its events.
import '../../../src/components/network-view/define.ts';
import type { NetworkView } from '../../../src/components/network-view/network-view.ts';
import type { HoverDetail, SelectDetail } from '../../../src/components/shared/events.ts';
import { loadGraph } from '../../../src/data/load.ts';
import type { Graph } from '../../../src/data/types.ts';
import { computeLayout } from '../../../src/layout/index.ts';
import type { LayoutResult } from '../../../src/layout/types.ts';
import { buildView, dataSpan, unionGraph } from '../../../src/model/index.ts';
import type { GraphView } from '../../../src/model/types.ts';
import { graph as fixture } from '../../unit/model/fixture.ts';
import { assert } from './assert.ts';

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await frame();
  }
}

export interface Data {
  graph: Graph;
  union: GraphView;
  layout: LayoutResult;
}

export function prepare(graph: Graph): Data {
  const span = dataSpan(graph, 'reported')!;
  return {
    graph,
    union: buildView(graph, { range: span, mode: 'cumulative', basis: 'reported' }),
    layout: computeLayout(unionGraph(graph)),
  };
}

export const small = prepare(fixture);
let bundled: Data | undefined;
export async function bundledData(): Promise<Data> {
  if (!bundled) {
    const res = loadGraph(await (await fetch('/data/transfers.json')).json());
    if (!res.ok) throw new Error(`bundled dataset did not load: ${res.problems[0]?.message}`);
    bundled = prepare(res.graph);
  }
  return bundled;
}

export async function mount(data: Data = small, width = 800, height = 500, props: Partial<NetworkView> = {}) {
  const box = document.createElement('div');
  box.style.cssText = `width:${width}px;height:${height}px`;
  const el = document.createElement('atn-network-view');
  el.unionView = data.union;
  el.view = data.union;
  el.layout = data.layout;
  el.label = 'Arms transfers';
  Object.assign(el, props);
  box.append(el);
  document.body.append(box);
  await until(() => el.svgElement !== null, 'the first draw');
  await el.updateComplete;
  const root = el.shadowRoot!;
  const svg = () => el.svgElement!;
  const node = (id: string) => svg().querySelector<SVGGElement>(`g[data-state="${id}"]`)!;
  const edge = (key: string) => svg().querySelector<SVGGElement>(`g[data-edge="${key}"]`)!;
  const selects: SelectDetail[] = [];
  const hovers: HoverDetail[] = [];
  el.addEventListener('atn-select', (e) => selects.push(e.detail));
  el.addEventListener('atn-hover', (e) => hovers.push(e.detail));
  return { box, el, root, svg, node, edge, selects, hovers };
}

export function key(target: Element, k: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
}

export const active = (root: ShadowRoot) => root.activeElement as SVGGElement | null;
export const activeId = (root: ShadowRoot) =>
  active(root)?.getAttribute('data-state') ?? active(root)?.getAttribute('data-edge') ?? null;


/**
 * Walks the whole graph by keyboard from the focused stage: Home, then for each state
 * `]` round its edges (each must be one of that state's) and PageDown to the next
 * state. `afterStep` runs after every key. Returns the states and edges reached.
 */
export function walkByKeyboard(root: ShadowRoot, data: Data, afterStep: (here: string) => void = () => {}) {
  key(active(root)!, 'Home');
  const states = new Set<string>();
  const edges = new Set<string>();
  for (let n = 0; n < data.union.nodes.length; n++) {
    const here = activeId(root)!;
    states.add(here);
    // ] walks round the state's edges, in key order.
    const own = data.union.edges.filter((e) => e.supplier === here || e.recipient === here);
    for (let i = 0; i < own.length; i++) {
      key(active(root)!, ']');
      const id = activeId(root)!;
      assert(own.some((e) => e.key === id), `] from ${here} stays on its edges (got ${id})`);
      edges.add(id);
      afterStep(here);
    }
    key(active(root)!, 'PageDown'); // from an edge: the state after the one it was reached from
    assert(active(root), `PageDown from ${here}'s edges keeps the focus`);
    afterStep(here);
  }
  return { states, edges };
}
