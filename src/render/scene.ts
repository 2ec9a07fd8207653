// Everything the SVG needs, computed as plain data from view + positions. Both
// renderNetwork (creates elements) and updateNetwork (reconciles an existing SVG)
// draw from this, so they cannot disagree. An optional SceneCache (one per live
// SVG) memoises the costly parts across calls: edge paths and label placement.
import type { Category } from '../data/vocabulary.ts';
import type { Point } from '../layout/types.ts';
import type { GraphView, LineStyle, Status } from '../model/types.ts';
import { COORDS_PER_EDGE, curvePathData, edgeBends, writeCurve } from './edge-path.ts';
import type { Highlight } from './highlight.ts';
import { placeLabels, type LabelOptions, type LabelPlacement, type LabelRequest, type Rect } from './labels.ts';
import { legendContent, legendRect, type LegendContent } from './legend.ts';
import { lineStyleAttributes } from './line-style.ts';
import { markerId } from './markers.ts';
import { edgeLabel, nodeLabel } from './names.ts';
import { categoryColour, type Theme } from './palette.ts';
import { edgeWidth, nodeRadius } from './scales.ts';
import type { PaintedEdges } from './painted-edges.ts';
import type { AggregateEdge } from '../model/types.ts';

export interface RenderOptions {
  readonly width: number;
  readonly height: number;
  readonly theme?: Theme;
  /** Narrow screens: short labels (ISO3) and a smaller font. */
  readonly narrow?: boolean | undefined;
  readonly highlight?: Highlight | undefined;
  /** Accessible title; default "Arms transfer network". */
  readonly title?: string;
  /** Accessible description; default: a count of states and links. */
  readonly desc?: string;
  /** Prefix of element ids (markers, title), unique per SVG on a page. Default "atn". */
  readonly idPrefix?: string;
  /** Draw the legend (top left). Default true. */
  readonly legend?: boolean;
  /**
   * Where the edges go. 'svg' (default): every edge is an element. 'canvas': the
   * scene lists them as `painted` for a canvas layer drawn by the caller, and only
   * the edges in `svgEdges` stay elements (the hovered, focused or selected one):
   * for views too large to restyle and repaint as SVG each frame (ADR 0006).
   */
  readonly edgeLayer?: 'svg' | 'canvas';
  /** With edgeLayer 'canvas': keys of the edges that are still drawn as SVG elements. */
  readonly svgEdges?: ReadonlySet<string>;
  /**
   * Factor on circle radii (default 1): a large graph fitted into a small stage shrinks
   * its circles with its spacing, so they do not cover each other and the edges (ADR 0006).
   */
  readonly radiusScale?: number | undefined;
  /** How label placement looks up nearby circles and labels (default: a plain list; same placements either way). */
  readonly labelIndex?: LabelOptions['index'];
}

export interface EdgeScene {
  readonly key: string;
  readonly supplier: string;
  readonly recipient: string;
  readonly category: Category;
  readonly status: Status;
  readonly style: LineStyle;
  readonly inReturn: readonly string[];
  readonly d: string;
  readonly stroke: string;
  readonly width: number;
  readonly dasharray: string | undefined;
  /** Opacity from the line style, before highlighting. */
  readonly opacity: number;
  readonly marker: string;
  readonly label: string;
}

export interface NodeScene {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly text: string;
  readonly label: string;
  /** null: no room, the label is hidden. */
  readonly placement: LabelPlacement | null;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
  readonly idPrefix: string;
  readonly fontSize: number;
  readonly title: string;
  readonly desc: string;
  /** Edges drawn as SVG elements (all of them unless edgeLayer is 'canvas'). */
  readonly edges: readonly EdgeScene[];
  /** Edges for the canvas layer (edgeLayer 'canvas'), packed, in key order; none otherwise. */
  readonly painted: PaintedEdges;
  readonly nodes: readonly NodeScene[];
  readonly categories: readonly Category[];
  readonly legend: { readonly content: LegendContent; readonly rect: Rect } | undefined;
}

export const LEGEND_MARGIN = 8;
/** Circle size on narrow screens, relative to the full size. */
export const NARROW_RADIUS_SCALE = 0.7;

interface CachedCurve {
  /** Copies of the two ends (a caller may move its points in place between calls). */
  readonly s: Point;
  readonly t: Point;
  readonly rs: number;
  readonly rt: number;
  readonly bend: number;
  /** The curve, packed (writeCurve). */
  readonly curve: Float64Array;
  /** The `d` string, made when an SVG element first needs it. */
  d: string | undefined;
}

/**
 * Memo of buildScene's costly parts, keyed by everything they depend on, so a
 * cached result is always the one a fresh computation would give.
 */
export interface SceneCache {
  /** Edge key → curve (and path), valid while both ends, both radii and the bend are unchanged. */
  readonly paths: Map<string, CachedCurve>;
  /** Label placement for one exact set of label requests, obstacles and bounds. */
  labels: { readonly key: string; readonly placements: Map<string, LabelPlacement | null> } | undefined;
}

export function createSceneCache(): SceneCache {
  return { paths: new Map(), labels: undefined };
}

function cachedCurve(
  cache: SceneCache | undefined,
  key: string,
  s: Point,
  t: Point,
  rs: number,
  rt: number,
  bend: number,
): CachedCurve {
  const hit = cache?.paths.get(key);
  if (hit && hit.s.x === s.x && hit.s.y === s.y && hit.t.x === t.x && hit.t.y === t.y && hit.rs === rs && hit.rt === rt && hit.bend === bend) {
    return hit;
  }
  const curve = new Float64Array(COORDS_PER_EDGE);
  writeCurve(curve, 0, s.x, s.y, t.x, t.y, rs, rt, bend);
  const entry: CachedCurve = { s: { ...s }, t: { ...t }, rs, rt, bend, curve, d: undefined };
  cache?.paths.set(key, entry);
  return entry;
}

/** The SVG path of a cached curve, made once. */
function pathOf(c: CachedCurve): string {
  c.d ??= curvePathData({ source: c.s, target: c.t, sourceRadius: c.rs }, c.curve);
  return c.d;
}

const byId = (a: { readonly id: string }, b: { readonly id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: { readonly key: string }, b: { readonly key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function buildScene(
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  options: RenderOptions,
  cache?: SceneCache,
): Scene {
  const theme = options.theme ?? 'light';
  const idPrefix = options.idPrefix ?? 'atn';
  const fontSize = options.narrow ? 11 : 12;
  const viewNodes = view.nodes.filter((n) => positions.has(n.id)).sort(byId);
  const nodeById = new Map(viewNodes.map((n) => [n.id, n]));
  const name = (id: string) => nodeById.get(id)?.name ?? id;
  // Phones get smaller circles: the graph is fitted into a few hundred pixels and
  // full-size hubs would leave no room for labels.
  const radiusScale = (options.narrow ? NARROW_RADIUS_SCALE : 1) * (options.radiusScale ?? 1);
  const radius = (id: string) => nodeRadius(nodeById.get(id)?.volume) * radiusScale;

  const viewEdges = view.edges
    .filter((e) => nodeById.has(e.supplier) && nodeById.has(e.recipient))
    .sort(byKey);
  const bends = edgeBends(viewEdges);
  const edges: EdgeScene[] = [];
  // Canvas edges are packed: their curves straight into one array, no object per edge.
  const coords = new Float64Array(options.edgeLayer === 'canvas' ? viewEdges.length * COORDS_PER_EDGE : 0);
  const onCanvas: AggregateEdge[] = [];
  for (const e of viewEdges) {
    const s = positions.get(e.supplier)!;
    const t = positions.get(e.recipient)!;
    const bend = bends.get(e.key) ?? 0;
    if (coords.length && !options.svgEdges?.has(e.key)) {
      writeCurve(coords, onCanvas.length * COORDS_PER_EDGE, s.x, s.y, t.x, t.y, radius(e.supplier), radius(e.recipient), bend);
      onCanvas.push(e);
      continue;
    }
    const ls = lineStyleAttributes(e.style);
    const c = cachedCurve(cache, e.key, s, t, radius(e.supplier), radius(e.recipient), bend);
    edges.push({
      key: e.key,
      supplier: e.supplier,
      recipient: e.recipient,
      category: e.category,
      style: e.style,
      stroke: categoryColour(e.category, theme),
      width: edgeWidth(e),
      opacity: ls.opacity,
      status: e.status,
      inReturn: [...e.inReturn].sort(),
      d: pathOf(c),
      dasharray: ls.dasharray,
      marker: markerId(idPrefix, e.category),
      label: edgeLabel(e, name),
    });
  }
  // (The kept edges leave the end of `coords` unused.)
  const painted: PaintedEdges = { edges: onCanvas, coords, theme };

  const showLegend = options.legend ?? true;
  const content = legendContent(view, options.edgeLayer === 'canvas');
  const legend = showLegend
    ? { content, rect: legendRect(content, LEGEND_MARGIN, LEGEND_MARGIN) }
    : undefined;

  const circles = viewNodes.map((n) => ({ ...positions.get(n.id)!, r: radius(n.id) }));
  const texts = new Map(viewNodes.map((n) => [n.id, options.narrow ? n.shortLabel : n.label]));
  const requests = viewNodes.map((n, i) => ({ id: n.id, text: texts.get(n.id)!, ...circles[i]!, priority: n.volume }));
  const labelOptions = {
    fontSize,
    circles,
    obstacles: legend ? [legend.rect] : [],
    bounds: { x: 0, y: 0, width: options.width, height: options.height },
    index: options.labelIndex,
  };
  const placements = cachedPlacements(cache, requests, labelOptions);
  const nodes = viewNodes.map(
    (n, i): NodeScene => ({
      id: n.id,
      x: circles[i]!.x,
      y: circles[i]!.y,
      r: circles[i]!.r,
      text: texts.get(n.id)!,
      label: nodeLabel(n),
      placement: placements.get(n.id) ?? null,
    }),
  );

  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return {
    width: options.width,
    height: options.height,
    theme,
    idPrefix,
    fontSize,
    // An empty title or description gets the default too.
    title: options.title || 'Arms transfer network',
    desc:
      options.desc ||
      `${plural(nodes.length, 'state', 'states')} and ${plural(viewEdges.length, 'link', 'links')}, one per supplier, recipient and category.`,
    edges,
    painted,
    nodes,
    categories: content.categories,
    legend,
  };
}

/** placeLabels, skipped when its whole input equals the previous call's (circles derive from the requests). */
function cachedPlacements(
  cache: SceneCache | undefined,
  requests: readonly LabelRequest[],
  options: LabelOptions & { readonly obstacles: readonly Rect[]; readonly bounds: Rect },
): Map<string, LabelPlacement | null> {
  if (!cache) return placeLabels(requests, options);
  const rect = (r: Rect) => `${r.x},${r.y},${r.width},${r.height}`;
  let key = `${options.fontSize}|${rect(options.bounds)}|${options.obstacles.map(rect).join(';')}|`;
  for (const q of requests) key += `${q.id}\u0000${q.text}\u0000${q.x},${q.y},${q.r},${q.priority};`;
  if (cache.labels?.key === key) return cache.labels.placements;
  const placements = placeLabels(requests, options);
  cache.labels = { key, placements };
  return placements;
}

/**
 * The part of the viewport the legend leaves free (the larger of: right of it,
 * below it), for fitToViewport, so no node hides under the legend.
 */
export function networkArea(view: GraphView, options: Pick<RenderOptions, 'width' | 'height' | 'legend'>): Rect {
  const full = { x: 0, y: 0, width: options.width, height: options.height };
  if (options.legend === false) return full;
  const r = legendRect(legendContent(view), LEGEND_MARGIN, LEGEND_MARGIN);
  const right = { x: r.x + r.width, y: 0, width: Math.max(0, options.width - r.x - r.width), height: options.height };
  const below = { x: 0, y: r.y + r.height, width: options.width, height: Math.max(0, options.height - r.y - r.height) };
  return right.width * right.height >= below.width * below.height ? right : below;
}
