// The canvas edge layer for large views (ADR 0006, 0007). Thousands of SVG paths
// cost far more than a frame to restyle and rasterise on a CPU; here every edge
// is a one-pixel line (Skia's fast hairline path) ending in an open arrowhead of
// two hairlines, batched into one stroke per colour, line style and weight, with
// dashes cut by hand (the canvas's own dashing, thick strokes and filled heads
// are several times slower to rasterise). Encodings follow the SVG: colour =
// category, dashes = status, and the transfer count, which sets an SVG edge's
// width, sets its opacity. What to draw comes as a PaintJob (paint-job.ts).
import { ARROW_LENGTH, ARROW_WIDTH } from './edge-path.ts';
import { COORDS_PER_EDGE } from './edge-path.ts';
import { paintJob, type PaintJob, type PaintOptions } from './paint-job.ts';
import type { PaintedEdges } from './painted-edges.ts';

/** The part of CanvasRenderingContext2D (or an OffscreenCanvas's) the painter uses; tests pass a recorder. */
export type EdgeCanvasContext = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'stroke' | 'fill'
> & {
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  lineWidth: number;
  globalAlpha: number;
};

/** Arrowheads in the canvas: the SVG's shape, a little narrower to suit one-pixel lines. */
const HEAD_HALF_WIDTH = ARROW_WIDTH / 2 - 1;
/** Most points a curve is cut into for dashing (a scratch buffer, reused). */
const MAX_SEGMENTS = 24;
const scratch = new Float64Array((MAX_SEGMENTS + 1) * 2);

/** Points along the quadratic at `at`, about every 12 px (at least 2 segments): how many numbers were written. */
function curvePoints(c: Float64Array, at: number, out: Float64Array): number {
  const sx = c[at]!, sy = c[at + 1]!, cx = c[at + 2]!, cy = c[at + 3]!, tx = c[at + 4]!, ty = c[at + 5]!;
  const rough = Math.hypot(cx - sx, cy - sy) + Math.hypot(tx - cx, ty - cy);
  const n = Math.max(2, Math.min(MAX_SEGMENTS, Math.ceil(rough / 12)));
  for (let i = 0; i <= n; i++) {
    const u = i / n;
    const v = 1 - u;
    out[2 * i] = v * v * sx + 2 * v * u * cx + u * u * tx;
    out[2 * i + 1] = v * v * sy + 2 * v * u * cy + u * u * ty;
  }
  return 2 * (n + 1);
}

/** Adds the "on" pieces of a dashed polyline (its first `length` numbers) to the current path; the pattern starts "on". */
export function dashPolyline(
  ctx: Pick<EdgeCanvasContext, 'moveTo' | 'lineTo'>,
  pts: ArrayLike<number>,
  on: number,
  off: number,
  length = pts.length,
): void {
  let x = pts[0]!;
  let y = pts[1]!;
  let drawing = true;
  let left = on;
  ctx.moveTo(x, y);
  for (let i = 2; i < length; i += 2) {
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

function traceLine(ctx: EdgeCanvasContext, c: Float64Array, at: number, dash: PaintJob['batches'][number]['dash']): void {
  if (!dash) {
    ctx.moveTo(c[at]!, c[at + 1]!);
    ctx.quadraticCurveTo(c[at + 2]!, c[at + 3]!, c[at + 4]!, c[at + 5]!);
    return;
  }
  dashPolyline(ctx, scratch, dash[0], dash[1], curvePoints(c, at, scratch));
}

/**
 * The arrowhead at `at`. Open (`continues`: the path is at the line's end, which a
 * solid line leaves it at): a shaft on to the tip and two barbs, all in the line's
 * stroke. Closed: a triangle for fill(), which closes every subpath itself.
 */
function traceHead(ctx: EdgeCanvasContext, c: Float64Array, at: number, open: boolean, continues = false): void {
  const ex = c[at + 4]!, ey = c[at + 5]!, tx = c[at + 6]!, ty = c[at + 7]!;
  const dx = tx - ex;
  const dy = ty - ey;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * HEAD_HALF_WIDTH;
  const ny = (dx / len) * HEAD_HALF_WIDTH;
  // An open head's barbs sit a little nearer the tip, so its angle matches the filled one's.
  const back = open ? (ARROW_LENGTH - 1) / len : 1;
  const bx = tx - dx * back;
  const by = ty - dy * back;
  if (!open) {
    ctx.moveTo(tx, ty);
    ctx.lineTo(bx + nx, by + ny);
    ctx.lineTo(bx - nx, by - ny);
    return;
  }
  if (!continues) ctx.moveTo(ex, ey);
  ctx.lineTo(tx, ty);
  ctx.lineTo(bx + nx, by + ny);
  ctx.moveTo(tx, ty);
  ctx.lineTo(bx - nx, by - ny);
}

/** Draws `job` onto `ctx`, whose backing store is width × height × pixelRatio. Same job, same calls. */
export function drawPaintJob(ctx: EdgeCanvasContext, job: PaintJob): void {
  const pr = job.pixelRatio;
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = job.background;
  ctx.fillRect(0, 0, job.width, job.height);
  const c = job.coords;
  let first = 0;
  for (const b of job.batches) {
    const end = first + b.count * COORDS_PER_EDGE;
    const hairline = b.lineWidth === 0;
    ctx.globalAlpha = b.alpha;
    ctx.strokeStyle = b.stroke;
    // One device pixel for the many; emphasised edges get their width and a filled head.
    ctx.lineWidth = hairline ? 1 / pr : b.lineWidth;
    ctx.beginPath();
    for (let at = first; at < end; at += COORDS_PER_EDGE) {
      traceLine(ctx, c, at, b.dash);
      if (hairline) traceHead(ctx, c, at, true, !b.dash);
    }
    ctx.stroke();
    if (!hairline) {
      ctx.fillStyle = b.stroke;
      ctx.beginPath();
      for (let at = first; at < end; at += COORDS_PER_EDGE) traceHead(ctx, c, at, false);
      ctx.fill();
    }
    first = end;
  }
}

/** Paints the background and `painted` onto `ctx` on this thread: paintJob, then drawPaintJob. */
export function paintEdges(ctx: EdgeCanvasContext, painted: PaintedEdges, options: PaintOptions): void {
  drawPaintJob(ctx, paintJob(painted, options));
}
