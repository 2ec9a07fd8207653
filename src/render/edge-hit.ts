// Pointer hit testing for canvas-drawn edges (ADR 0006): pure geometry on the
// curves the painter drew, so a canvas edge can be hovered, clicked and tapped
// like an SVG one (whose wide transparent stroke is HIT_WIDTH; tolerance is half).
import type { Point } from '../layout/types.ts';
import type { EdgeCurve } from './edge-path.ts';

const SAMPLES = 16;

function distanceToSegment(p: Point, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - ax) * dx + (p.y - ay) * dy) / l2));
  return Math.hypot(p.x - (ax + t * dx), p.y - (ay + t * dy));
}

/** Shortest distance from `p` to the drawn edge: the quadratic, then the arrowhead's run to the tip. */
export function distanceToCurve(p: Point, c: EdgeCurve): number {
  const { start: s, control: k, end: e, tip } = c;
  let best = distanceToSegment(p, e.x, e.y, tip.x, tip.y);
  let px = s.x;
  let py = s.y;
  for (let i = 1; i <= SAMPLES; i++) {
    const u = i / SAMPLES;
    const v = 1 - u;
    const x = v * v * s.x + 2 * v * u * k.x + u * u * e.x;
    const y = v * v * s.y + 2 * v * u * k.y + u * u * e.y;
    best = Math.min(best, distanceToSegment(p, px, py, x, y));
    px = x;
    py = y;
  }
  return best;
}

/** The curve's point halfway (t = 0.5): where keyboard navigation and tooltips anchor an edge. */
export function curveMidpoint(c: EdgeCurve): Point {
  return { x: (c.start.x + 2 * c.control.x + c.end.x) / 4, y: (c.start.y + 2 * c.control.y + c.end.y) / 4 };
}

/**
 * The key of the edge nearest to `p` within `tolerance` pixels, or undefined.
 * A quadratic lies inside the triangle of its three points (plus the arrowhead's
 * run to the tip), so a box test rules out most edges before any distance is
 * computed. Ties go to the edge later in the list.
 */
export function edgeAt<E extends EdgeCurve & { readonly key: string }>(
  edges: readonly E[],
  p: Point,
  tolerance: number,
): string | undefined {
  let found: string | undefined;
  let best = tolerance;
  for (const e of edges) {
    const { start: s, control: k, end: n, tip: t } = e;
    if (p.x < Math.min(s.x, k.x, n.x, t.x) - tolerance || p.x > Math.max(s.x, k.x, n.x, t.x) + tolerance) continue;
    if (p.y < Math.min(s.y, k.y, n.y, t.y) - tolerance || p.y > Math.max(s.y, k.y, n.y, t.y) + tolerance) continue;
    const d = distanceToCurve(p, e);
    if (d <= best) {
      best = d;
      found = e.key;
    }
  }
  return found;
}
