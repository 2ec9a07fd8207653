// Updates of an already rendered network. Positions come from the union layout
// (ADR 0003), so across views elements only enter, leave or restyle; only the
// view's elements are in the DOM (ADR 0005).
import type { Point } from '../layout/types.ts';
import type { GraphView } from '../model/types.ts';
import { domOf } from './dom-state.ts';
import { writeEdgeEmphasis, writeNodeEmphasis } from './elements.ts';
import { resolveHighlight, type Highlight } from './highlight.ts';
import type { RenderOptions } from './scene.ts';
import { prepareSync, syncNetwork, type UpdateResult } from './sync.ts';

export type { UpdateResult } from './sync.ts';

/**
 * Sets emphasis classes (is-focus, is-related, is-dim) and opacity on the nodes
 * and edges in the SVG for `highlight`; only elements whose emphasis changes are
 * written. Without a highlight (or an unknown focus) everything returns to normal.
 * Edges left to a canvas layer (edgeLayer 'canvas') are not touched: with canvas
 * edges, pass the highlight to updateNetwork, which also decides which edges stay
 * elements, and repaint from `canvasEdges(svg)`.
 */
export function applyHighlight(svg: SVGSVGElement, highlight: Highlight | undefined): void {
  const dom = domOf(svg);
  const state = resolveHighlight(
    [...dom.nodes.keys()],
    [...dom.edges.values()].map((d) => d.info),
    highlight,
  );
  for (const [id, d] of dom.nodes) {
    const e = state.nodes.get(id) ?? 'normal';
    if (e === d.emphasis) continue;
    writeNodeEmphasis(d.el, e);
    d.emphasis = e;
  }
  for (const [key, d] of dom.edges) {
    const e = state.edges.get(key) ?? 'normal';
    if (e === d.emphasis) continue;
    writeEdgeEmphasis(d.el, d.info.opacity, e);
    d.emphasis = e;
  }
}

/**
 * Brings an SVG from renderNetwork in line with `view` (any view: the result is
 * the markup renderNetwork would draw for it). Elements of the view are created
 * or re-used and written only where something changed; elements outside it are
 * removed from the DOM and kept for later. Positions of nodes come from
 * `positions`, so a node present in both views stays put.
 */
export function updateNetwork(
  svg: SVGSVGElement,
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  options: RenderOptions,
): UpdateResult {
  return syncNetwork(svg, view, positions, options);
}

/**
 * updateNetwork in two steps: the canvas edges (canvasEdges) are current when this
 * returns, and the returned function writes the SVG. For the live view, which starts
 * the canvas paint before the page writes the SVG.
 */
export const prepareUpdate = prepareSync;
