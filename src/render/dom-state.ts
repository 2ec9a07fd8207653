// Per-SVG memory of a rendered network (docs/decisions/0005-…): which node and
// edge elements are in the DOM (only the current view's), every element ever made
// for this SVG (detached ones are kept for re-use), what was last written into
// each, and the scene cache. Kept in a WeakMap, so it goes with the SVG.
import type { Emphasis, HighlightEdge } from './highlight.ts';
import { lineStyleAttributes } from './line-style.ts';
import type { LineStyle } from '../model/types.ts';
import { createSceneCache, type EdgeScene, type NodeScene, type SceneCache } from './scene.ts';
import { NO_PAINTED_EDGES, type PaintedEdges } from './painted-edges.ts';

export interface DrawnEdge {
  readonly el: Element;
  /** What the element shows: the last scene written, or (adopted SVG) read back from its attributes. */
  info: HighlightEdge & { readonly opacity: number };
  /** The last scene written into the element; undefined until written. */
  scene: EdgeScene | undefined;
  emphasis: Emphasis;
}

export interface DrawnNode {
  readonly el: Element;
  scene: NodeScene | undefined;
  /** Theme and font size the scene was written with (they are not part of NodeScene). */
  look: string;
  emphasis: Emphasis;
}

export interface NetworkDom {
  readonly edgeLayer: Element;
  readonly nodeLayer: Element;
  /** Every edge / node element made for this SVG, present or detached. */
  readonly edgeCache: Map<string, DrawnEdge>;
  readonly nodeCache: Map<string, DrawnNode>;
  /** The elements in the DOM, in document order. */
  edges: Map<string, DrawnEdge>;
  nodes: Map<string, DrawnNode>;
  readonly scene: SceneCache;
  /** Signatures of the last written markers and legend; '' = none yet. */
  markers: string;
  legend: string;
  legendEl: Element | null;
  /** What the last render or update left to a canvas layer (edgeLayer 'canvas'); undefined before the first. */
  canvas?: CanvasEdges;
}

/** The edges an SVG's owner paints on its canvas layer, with each edge's emphasis (ADR 0006). */
export interface CanvasEdges {
  /** Packed (unpackPainted makes objects of them, for tests and the like). */
  readonly painted: PaintedEdges;
  readonly emphasis: ReadonlyMap<string, Emphasis>;
}

const states = new WeakMap<SVGSVGElement, NetworkDom>();

export function registerDom(svg: SVGSVGElement, edgeLayer: Element, nodeLayer: Element): NetworkDom {
  const dom: NetworkDom = {
    edgeLayer,
    nodeLayer,
    edgeCache: new Map(),
    nodeCache: new Map(),
    edges: new Map(),
    nodes: new Map(),
    scene: createSceneCache(),
    markers: '',
    legend: '',
    legendEl: null,
  };
  states.set(svg, dom);
  return dom;
}

function emphasisOf(el: Element): Emphasis {
  const m = /\bis-(focus|related|dim)\b/.exec(el.getAttribute('class') ?? '');
  return (m?.[1] as Emphasis | undefined) ?? 'normal';
}

/**
 * The state of an SVG from renderNetwork. An SVG this module did not draw (a
 * second copy of the module, a parsed file) is adopted once from its markup.
 */
export function domOf(svg: SVGSVGElement): NetworkDom {
  const known = states.get(svg);
  if (known) return known;
  const doc = svg.ownerDocument;
  const layer = (cls: string) => {
    const found = [...svg.children].find((c) => c.localName === 'g' && c.classList.contains(cls));
    if (found) return found;
    const g = doc.createElementNS(svg.namespaceURI, 'g');
    g.setAttribute('class', cls);
    svg.append(g);
    return g;
  };
  const dom = registerDom(svg, layer('edges'), layer('nodes'));
  dom.legendEl = [...svg.children].find((c) => c.localName === 'g' && c.classList.contains('legend')) ?? null;
  for (const el of [...dom.edgeLayer.children]) {
    const key = el.getAttribute('data-edge');
    if (key === null) continue;
    const style = (el.getAttribute('data-style') ?? 'solid') as LineStyle;
    const info = {
      key,
      supplier: el.getAttribute('data-source') ?? '',
      recipient: el.getAttribute('data-target') ?? '',
      inReturn: (el.getAttribute('data-in-return') ?? '').split(' ').filter(Boolean),
      opacity: lineStyleAttributes(style).opacity,
    };
    const drawn: DrawnEdge = { el, info, scene: undefined, emphasis: emphasisOf(el) };
    dom.edgeCache.set(key, drawn);
    dom.edges.set(key, drawn);
  }
  for (const el of [...dom.nodeLayer.children]) {
    const id = el.getAttribute('data-state');
    if (id === null) continue;
    const drawn: DrawnNode = { el, scene: undefined, look: '', emphasis: emphasisOf(el) };
    dom.nodeCache.set(id, drawn);
    dom.nodes.set(id, drawn);
  }
  return dom;
}

/** The node and edge elements currently in an SVG's DOM (its view), by state id and edge key, in document order. */
export interface NetworkItems {
  readonly nodes: ReadonlyMap<string, Element>;
  readonly edges: ReadonlyMap<string, Element>;
}

const itemViews = new WeakMap<NetworkDom, { nodes: NetworkDom['nodes']; edges: NetworkDom['edges']; items: NetworkItems }>();

/** The elements of the current view in an SVG from renderNetwork / updateNetwork, without querying the DOM. */
export function networkItems(svg: SVGSVGElement): NetworkItems {
  const dom = domOf(svg);
  const cached = itemViews.get(dom);
  if (cached && cached.nodes === dom.nodes && cached.edges === dom.edges) return cached.items;
  const items = {
    nodes: new Map([...dom.nodes].map(([id, d]) => [id, d.el])),
    edges: new Map([...dom.edges].map(([key, d]) => [key, d.el])),
  };
  itemViews.set(dom, { nodes: dom.nodes, edges: dom.edges, items });
  return items;
}

/** The edges the last render or update of an SVG left to its canvas layer (none unless edgeLayer was 'canvas'). */
export function canvasEdges(svg: SVGSVGElement): CanvasEdges {
  return domOf(svg).canvas ?? NO_CANVAS_EDGES;
}

const NO_CANVAS_EDGES: CanvasEdges = { painted: NO_PAINTED_EDGES, emphasis: new Map() };
