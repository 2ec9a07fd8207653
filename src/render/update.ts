// Cheap updates of an already rendered network: rewrite attributes of existing
// elements and hide the rest; never rebuild. Positions come from the union layout,
// so elements only appear, disappear or restyle (docs/decisions/0003-…).
import type { Point } from '../layout/types.ts';
import type { GraphView } from '../model/types.ts';
import { hide, writeEdge, writeNode } from './elements.ts';
import { EMPHASIS_OPACITY, resolveHighlight, type Highlight } from './highlight.ts';
import { lineStyleAttributes } from './line-style.ts';
import { createMarker, markerId } from './markers.ts';
import { fmt } from './format.ts';
import { buildScene, type RenderOptions } from './scene.ts';
import type { LineStyle } from '../model/types.ts';

const visible = (el: Element) => el.getAttribute('data-hidden') !== 'true';

/**
 * Sets emphasis classes (is-focus, is-related, is-dim) and opacity on the visible
 * nodes and edges for `highlight`, reading only data-* attributes. Without a
 * highlight (or an unknown focus) everything returns to normal.
 */
export function applyHighlight(svg: SVGSVGElement, highlight: Highlight | undefined): void {
  const nodeEls = [...svg.querySelectorAll('g.nodes > g[data-state]')].filter(visible);
  const edgeEls = [...svg.querySelectorAll('g.edges > g[data-edge]')].filter(visible);
  const state = resolveHighlight(
    nodeEls.map((el) => el.getAttribute('data-state')!),
    edgeEls.map((el) => ({
      key: el.getAttribute('data-edge')!,
      supplier: el.getAttribute('data-source') ?? '',
      recipient: el.getAttribute('data-target') ?? '',
      inReturn: (el.getAttribute('data-in-return') ?? '').split(' ').filter(Boolean),
    })),
    highlight,
  );
  for (const el of nodeEls) {
    const e = state.nodes.get(el.getAttribute('data-state')!) ?? 'normal';
    el.setAttribute('class', e === 'normal' ? 'node' : `node is-${e}`);
    const o = EMPHASIS_OPACITY[e];
    if (o === 1) el.removeAttribute('opacity');
    else el.setAttribute('opacity', fmt(o));
  }
  for (const el of edgeEls) {
    const e = state.edges.get(el.getAttribute('data-edge')!) ?? 'normal';
    el.setAttribute('class', e === 'normal' ? 'edge' : `edge is-${e}`);
    const style = (el.getAttribute('data-style') ?? 'solid') as LineStyle;
    const o = lineStyleAttributes(style).opacity * EMPHASIS_OPACITY[e];
    if (o === 1) el.removeAttribute('opacity');
    else el.setAttribute('opacity', fmt(o));
  }
}

export interface UpdateResult {
  /** Node ids and edge keys of the view that have no element: render again (with the union) to get them. */
  readonly missingNodes: readonly string[];
  readonly missingEdges: readonly string[];
}

/**
 * Brings an SVG from renderNetwork in line with `view`: elements in the view get
 * fresh geometry, status, size, labels and highlight; the others get
 * display="none" and data-hidden="true". Render once with the union view, then
 * call this on every time change.
 */
export function updateNetwork(
  svg: SVGSVGElement,
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  options: RenderOptions,
): UpdateResult {
  const scene = buildScene(view, positions, options);
  const doc = svg.ownerDocument;
  const hl = resolveHighlight(
    scene.nodes.map((n) => n.id),
    scene.edges,
    options.highlight,
  );

  const edgeScenes = new Map(scene.edges.map((e) => [e.key, e]));
  const seenEdges = new Set<string>();
  for (const el of svg.querySelectorAll('g.edges > g[data-edge]')) {
    const key = el.getAttribute('data-edge')!;
    const e = edgeScenes.get(key);
    if (e) {
      writeEdge(el, e, hl.edges.get(key) ?? 'normal');
      seenEdges.add(key);
    } else hide(el);
  }
  const nodeScenes = new Map(scene.nodes.map((n) => [n.id, n]));
  const seenNodes = new Set<string>();
  for (const el of svg.querySelectorAll('g.nodes > g[data-state]')) {
    const id = el.getAttribute('data-state')!;
    const n = nodeScenes.get(id);
    if (n) {
      writeNode(el, n, hl.nodes.get(id) ?? 'normal', scene.theme, scene.fontSize);
      seenNodes.add(id);
    } else hide(el);
  }

  // A category first seen now needs its arrowhead.
  const defs = svg.querySelector('defs');
  if (defs) {
    for (const c of scene.categories) {
      const id = markerId(scene.idPrefix, c);
      if (![...defs.children].some((m) => m.getAttribute('id') === id)) {
        defs.append(createMarker(doc, scene.idPrefix, c, scene.theme));
      }
    }
  }
  return {
    missingNodes: scene.nodes.filter((n) => !seenNodes.has(n.id)).map((n) => n.id),
    missingEdges: scene.edges.filter((e) => !seenEdges.has(e.key)).map((e) => e.key),
  };
}
