// The canvas edge layer for large views (ADR 0006). Thousands of SVG paths cost
// far more than a frame to restyle and rasterise on a CPU; here every edge is a
// one-pixel line (Skia's fast hairline path), batched into one stroke per colour,
// line style and weight, with dashes cut by hand (the canvas's own dashing is
// several times slower). Encodings follow the SVG: colour = category, dashes =
// status, and the transfer count, which sets an SVG edge's width, sets its opacity.
import { ARROW_WIDTH } from './edge-path.ts';
import { EMPHASIS_OPACITY, type Emphasis } from './highlight.ts';
import { MAX_EDGE_WIDTH, MIN_EDGE_WIDTH } from './scales.ts';
import { THEME_TONES, type Theme } from './palette.ts';
import type { PaintedEdge } from './scene.ts';
import type { LineStyle } from '../model/types.ts';

/** The part of CanvasRenderingContext2D the painter uses (tests pass a recorder). */
export type EdgeCanvasContext = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'stroke' | 'fill'
> & {
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  lineWidth: number;
  globalAlpha: number;
};

export interface PaintOptions {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel of the canvas's backing store. */
  readonly pixelRatio: number;
  readonly theme: Theme;
  /** Emphasis per edge key (from the highlight); absent = normal. */
  readonly emphasis?: ReadonlyMap<string, Emphasis>;
}

/** On-off lengths per line style, the SVG's dasharray (line-style.ts) in CSS pixels. */
export const CANVAS_DASHES: Readonly<Record<LineStyle, readonly [number, number] | undefined>> = {
  solid: undefined,
  dashed: [7, 4],
  faded: [2, 4],
};

/** Weight levels of the opacity ramp: few, so edges batch into few strokes. */
const WEIGHT_LEVELS = 4;
/** Opacity of the lightest weight, relative to the heaviest. */
const LIGHTEST = 0.45;
/** Emphasised (focus, related) edges are few: they get a real width on top. */
const EMPHASIS_WIDTH = 2;
/** Arrowheads in the canvas: the SVG's shape, a little narrower to suit one-pixel lines. */
const HEAD_HALF_WIDTH = ARROW_WIDTH / 2 - 1;

/** 0 … WEIGHT_LEVELS − 1 from an SVG edge width. */
export function weightLevel(width: number): number {
  const f = (width - MIN_EDGE_WIDTH) / (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH);
  return Math.max(0, Math.min(WEIGHT_LEVELS - 1, Math.round(f * (WEIGHT_LEVELS - 1))));
}

/** Opacity of an edge on the canvas: its style's, scaled by weight and emphasis. */
export function paintedAlpha(e: Pick<PaintedEdge, 'opacity' | 'width'>, emphasis: Emphasis): number {
  const weight = LIGHTEST + ((1 - LIGHTEST) * weightLevel(e.width)) / (WEIGHT_LEVELS - 1);
  return e.opacity * (emphasis === 'normal' || emphasis === 'dim' ? weight : 1) * EMPHASIS_OPACITY[emphasis];
}

const RANK: Readonly<Record<Emphasis, number>> = { dim: 0, normal: 1, related: 2, focus: 3 };

interface Batch {
  readonly rank: number;
  readonly stroke: string;
  readonly style: LineStyle;
  readonly alpha: number;
  readonly width: number;
  readonly edges: PaintedEdge[];
}

/** Groups edges by everything a stroke call sets; dimmed first, emphasised last (on top). */
function batches(edges: readonly PaintedEdge[], emphasis: ReadonlyMap<string, Emphasis> | undefined): Batch[] {
  const byKey = new Map<string, Batch>();
  for (const e of edges) {
    const em = emphasis?.get(e.key) ?? 'normal';
    const alpha = paintedAlpha(e, em);
    const width = em === 'focus' || em === 'related' ? EMPHASIS_WIDTH : 1;
    const key = `${RANK[em]}|${e.stroke}|${e.style}|${alpha}|${width}`;
    let b = byKey.get(key);
    if (!b) {
      b = { rank: RANK[em], stroke: e.stroke, style: e.style, alpha, width, edges: [] };
      byKey.set(key, b);
    }
    b.edges.push(e);
  }
  // Stable order whatever the input order: emphasis rank, then the key's text.
  return [...byKey.entries()]
    .sort(([ka, a], [kb, b]) => a.rank - b.rank || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, b]) => b);
}

/** Points along the quadratic, about every 12 px (at least 2 segments, at most 24). */
function curvePoints(e: PaintedEdge): number[] {
  const { start: s, control: c, end: t } = e;
  const rough = Math.hypot(c.x - s.x, c.y - s.y) + Math.hypot(t.x - c.x, t.y - c.y);
  const n = Math.max(2, Math.min(24, Math.ceil(rough / 12)));
  const out: number[] = [];
  for (let i = 0; i <= n; i++) {
    const u = i / n;
    const v = 1 - u;
    out.push(v * v * s.x + 2 * v * u * c.x + u * u * t.x, v * v * s.y + 2 * v * u * c.y + u * u * t.y);
  }
  return out;
}

/** Adds the "on" pieces of a dashed polyline to the current path; the pattern starts "on" at the start. */
export function dashPolyline(ctx: Pick<EdgeCanvasContext, 'moveTo' | 'lineTo'>, pts: readonly number[], on: number, off: number): void {
  let x = pts[0]!;
  let y = pts[1]!;
  let drawing = true;
  let left = on;
  ctx.moveTo(x, y);
  for (let i = 2; i < pts.length; i += 2) {
    const nx = pts[i]!;
    const ny = pts[i + 1]!;
    let seg = Math.hypot(nx - x, ny - y);
    while (seg > left) {
      const f = left / seg;
      x += (nx - x) * f;
      y += (ny - y) * f;
      seg -= left;
      if (drawing) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
      drawing = !drawing;
      left = drawing ? on : off;
    }
    left -= seg;
    x = nx;
    y = ny;
    if (drawing) ctx.lineTo(x, y);
  }
}

function traceLine(ctx: EdgeCanvasContext, e: PaintedEdge): void {
  const dash = CANVAS_DASHES[e.style];
  if (!dash) {
    ctx.moveTo(e.start.x, e.start.y);
    ctx.quadraticCurveTo(e.control.x, e.control.y, e.end.x, e.end.y);
    // On to the tip: the head is narrow, so the line carries the direction to the circle.
    ctx.lineTo(e.tip.x, e.tip.y);
    return;
  }
  dashPolyline(ctx, curvePoints(e), dash[0], dash[1]);
}

function traceHead(ctx: EdgeCanvasContext, e: PaintedEdge): void {
  const dx = e.tip.x - e.end.x;
  const dy = e.tip.y - e.end.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * HEAD_HALF_WIDTH;
  const ny = (dx / len) * HEAD_HALF_WIDTH;
  ctx.moveTo(e.tip.x, e.tip.y);
  ctx.lineTo(e.end.x + nx, e.end.y + ny);
  ctx.lineTo(e.end.x - nx, e.end.y - ny);
  // No closePath: fill() closes every subpath itself, and thousands of calls cost ~2 ms.
}

/**
 * Paints the background and `edges` onto `ctx` (whose backing store is
 * width × height × pixelRatio). Same input, same calls, in the same order.
 */
export function paintEdges(ctx: EdgeCanvasContext, edges: readonly PaintedEdge[], options: PaintOptions): void {
  const { pixelRatio: pr } = options;
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = THEME_TONES[options.theme].background;
  ctx.fillRect(0, 0, options.width, options.height);
  for (const b of batches(edges, options.emphasis)) {
    ctx.globalAlpha = b.alpha;
    ctx.strokeStyle = b.stroke;
    // One device pixel (or EMPHASIS_WIDTH CSS pixels): the hairline path for the many.
    ctx.lineWidth = b.width === 1 ? 1 / pr : b.width;
    ctx.beginPath();
    for (const e of b.edges) traceLine(ctx, e);
    ctx.stroke();
    ctx.fillStyle = b.stroke;
    ctx.beginPath();
    for (const e of b.edges) traceHead(ctx, e);
    ctx.fill();
  }
}
