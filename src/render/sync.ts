// The one routine that brings an SVG in line with a view: renderNetwork runs it on
// an empty skeleton, updateNetwork on a live SVG. Only the view's nodes and edges
// are in the DOM, in the order a fresh render gives (edges by key, nodes by id);
// elements leaving the view are detached and kept for re-use (ADR 0005).
import type { Point } from '../layout/types.ts';
import type { GraphView } from '../model/types.ts';
import { domOf, type DrawnEdge, type DrawnNode, type NetworkDom } from './dom-state.ts';
import { set, writeEdge, writeNode } from './elements.ts';
import { fmt } from './format.ts';
import { resolveHighlight, type Emphasis, type HighlightState } from './highlight.ts';
import { renderLegend } from './legend.ts';
import { createMarkers } from './markers.ts';
import { THEME_TONES } from './palette.ts';
import { buildScene, type EdgeScene, type NodeScene, type RenderOptions, type Scene } from './scene.ts';
import { SVG_NS } from './svg.ts';

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

export interface UpdateResult {
  /** Node and edge elements put into the DOM by this call (new or re-used), in document order. */
  readonly added: readonly Element[];
  /** Node and edge elements taken out of the DOM (kept for re-use). */
  readonly removed: readonly Element[];
  /** Edge groups whose drawn path changed, added ones included: for anything mirroring the geometry (hit areas). */
  readonly reshaped: readonly Element[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameEdge(a: EdgeScene, b: EdgeScene): boolean {
  return (
    a.d === b.d &&
    a.label === b.label &&
    a.status === b.status &&
    a.width === b.width &&
    a.style === b.style &&
    a.stroke === b.stroke &&
    a.marker === b.marker &&
    a.opacity === b.opacity &&
    a.dasharray === b.dasharray &&
    a.key === b.key &&
    a.supplier === b.supplier &&
    a.recipient === b.recipient &&
    a.category === b.category &&
    sameList(a.inReturn, b.inReturn)
  );
}

function sameNode(a: NodeScene, b: NodeScene): boolean {
  const p = a.placement;
  const q = b.placement;
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.r === b.r &&
    a.text === b.text &&
    a.label === b.label &&
    a.id === b.id &&
    (p === q || (p !== null && q !== null && p.x === q.x && p.y === q.y && p.anchor === q.anchor))
  );
}

/**
 * Puts the elements of `wanted` (in order) into `layer`, re-using present and
 * cached elements, detaching the rest. Assumes nothing about the layer's current
 * order: an element found out of place is moved; foreign children stay.
 */
function reconcile(
  layer: Element,
  wanted: readonly string[],
  present: ReadonlyMap<string, { readonly el: Element }>,
  next: ReadonlyMap<string, { readonly el: Element }>,
  added: Element[],
  removed: Element[],
): void {
  const kept = new Set<Element>();
  for (const [id, d] of present) {
    if (next.has(id)) kept.add(d.el);
    else {
      d.el.remove();
      removed.push(d.el);
    }
  }
  let cursor = layer.firstElementChild;
  for (const id of wanted) {
    while (cursor && !kept.has(cursor)) cursor = cursor.nextElementSibling;
    const { el } = next.get(id)!;
    if (el === cursor) {
      cursor = cursor.nextElementSibling;
      continue;
    }
    if (!kept.has(el)) added.push(el);
    layer.insertBefore(el, cursor);
  }
}

export function syncNetwork(
  svg: SVGSVGElement,
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  options: RenderOptions,
): UpdateResult {
  return prepareSync(svg, view, positions, options)();
}

/**
 * syncNetwork in two steps: the scene is built and the canvas edges (canvasEdges)
 * are current when this returns; the returned function writes the DOM. The live view
 * hands the canvas its job in between, so a worker paints the edges while the page
 * writes the SVG (ADR 0007).
 */
export function prepareSync(
  svg: SVGSVGElement,
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  options: RenderOptions,
): () => UpdateResult {
  const dom: NetworkDom = domOf(svg);
  const scene = buildScene(view, positions, options, dom.scene);
  const hl = resolveHighlight(
    scene.nodes.map((n) => n.id),
    [...scene.edges, ...scene.painted.edges],
    options.highlight,
  );
  dom.canvas = { painted: scene.painted, emphasis: hl.edges };
  return () => writeScene(svg, dom, scene, hl, options.narrow);
}

function writeScene(svg: SVGSVGElement, dom: NetworkDom, scene: Scene, hl: HighlightState, narrow: boolean | undefined): UpdateResult {
  const doc = svg.ownerDocument;
  const tones = THEME_TONES[scene.theme];
  const p = scene.idPrefix;

  // Root, title, description, background: always present, so plain writes keep their order.
  set(svg, 'class', `network theme-${scene.theme}${narrow ? ' narrow' : ''}`);
  set(svg, 'width', fmt(scene.width));
  set(svg, 'height', fmt(scene.height));
  set(svg, 'viewBox', `0 0 ${fmt(scene.width)} ${fmt(scene.height)}`);
  set(svg, 'role', 'graphics-document');
  set(svg, 'aria-roledescription', 'network diagram');
  set(svg, 'aria-labelledby', `${p}-title`);
  set(svg, 'aria-describedby', `${p}-desc`);
  set(svg, 'font-family', FONT_FAMILY);
  set(svg, 'data-theme', scene.theme);
  const [title, desc, defs, background] = [...svg.children] as Element[];
  set(title!, 'id', `${p}-title`);
  if (title!.textContent !== scene.title) title!.textContent = scene.title;
  set(desc!, 'id', `${p}-desc`);
  if (desc!.textContent !== scene.desc) desc!.textContent = scene.desc;
  const markers = `${p}|${scene.theme}|${scene.categories.join(' ')}`;
  if (dom.markers !== markers) {
    defs!.replaceChildren(...createMarkers(doc, p, scene.categories, scene.theme));
    dom.markers = markers;
  }
  set(background!, 'class', 'background');
  set(background!, 'width', fmt(scene.width));
  set(background!, 'height', fmt(scene.height));
  set(background!, 'fill', tones.background);

  const added: Element[] = [];
  const removed: Element[] = [];
  const reshaped: Element[] = [];

  const edges = new Map<string, DrawnEdge>();
  for (const e of scene.edges) {
    let d = dom.edgeCache.get(e.key);
    if (!d) {
      d = { el: doc.createElementNS(SVG_NS, 'g'), info: e, scene: undefined, emphasis: 'normal' };
      dom.edgeCache.set(e.key, d);
    }
    const emphasis: Emphasis = hl.edges.get(e.key) ?? 'normal';
    if (!d.scene || d.emphasis !== emphasis || !sameEdge(d.scene, e)) {
      if (d.scene?.d !== e.d) reshaped.push(d.el);
      writeEdge(d.el, e, emphasis);
      d.scene = e;
      d.info = e;
      d.emphasis = emphasis;
    }
    edges.set(e.key, d);
  }
  reconcile(dom.edgeLayer, scene.edges.map((e) => e.key), dom.edges, edges, added, removed);
  dom.edges = edges;

  const look = `${scene.theme}|${scene.fontSize}`;
  const nodes = new Map<string, DrawnNode>();
  for (const n of scene.nodes) {
    let d = dom.nodeCache.get(n.id);
    if (!d) {
      d = { el: doc.createElementNS(SVG_NS, 'g'), scene: undefined, look: '', emphasis: 'normal' };
      dom.nodeCache.set(n.id, d);
    }
    const emphasis: Emphasis = hl.nodes.get(n.id) ?? 'normal';
    if (!d.scene || d.emphasis !== emphasis || d.look !== look || !sameNode(d.scene, n)) {
      writeNode(d.el, n, emphasis, scene.theme, scene.fontSize);
      d.scene = n;
      d.look = look;
      d.emphasis = emphasis;
    }
    nodes.set(n.id, d);
  }
  reconcile(dom.nodeLayer, scene.nodes.map((n) => n.id), dom.nodes, nodes, added, removed);
  dom.nodes = nodes;

  const legend = scene.legend
    ? JSON.stringify([scene.legend.content, scene.theme, scene.legend.rect.x, scene.legend.rect.y])
    : '';
  if (dom.legend !== legend || (scene.legend && !dom.legendEl)) {
    dom.legendEl?.remove();
    dom.legendEl = scene.legend
      ? renderLegend(doc, scene.legend.content, scene.theme, scene.legend.rect.x, scene.legend.rect.y)
      : null;
    if (dom.legendEl) svg.append(dom.legendEl);
    dom.legend = legend;
  }
  return { added, removed, reshaped };
}
