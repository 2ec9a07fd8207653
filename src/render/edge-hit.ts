// Pointer hit testing for canvas-drawn edges (ADR 0006): pure geometry on the
// curves the painter drew, so a canvas edge can be hovered, clicked and tapped
// like an SVG one (whose wide transparent stroke is HIT_WIDTH; tolerance is half).
import type { Point } from '../layout/types.ts';
import { COORDS_PER_EDGE, curveAt, type EdgeCurve } from './edge-path.ts';
import type { PaintedEdges } from './painted-edges.ts';

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
 * The key of the painted edge nearest to `p` within `tolerance` pixels, or
 * undefined. A quadratic lies inside the triangle of its three points (plus the
 * arrowhead's run to the tip), so a box test on the packed numbers rules out most
 * edges before any distance is computed. Ties go to the edge later in the list.
 */
export function edgeAt(painted: PaintedEdges, p: Point, tolerance: number): string | undefined {
  const c = painted.coords;
  let found: string | undefined;
  let best = tolerance;
  for (let i = 0, at = 0; i < painted.edges.length; i++, at += COORDS_PER_EDGE) {
    if (p.x < Math.min(c[at]!, c[at + 2]!, c[at + 4]!, c[at + 6]!) - tolerance) continue;
    if (p.x > Math.max(c[at]!, c[at + 2]!, c[at + 4]!, c[at + 6]!) + tolerance) continue;
    if (p.y < Math.min(c[at + 1]!, c[at + 3]!, c[at + 5]!, c[at + 7]!) - tolerance) continue;
    if (p.y > Math.max(c[at + 1]!, c[at + 3]!, c[at + 5]!, c[at + 7]!) + tolerance) continue;
    const d = distanceToCurve(p, curveAt(c, at));
    if (d <= best) {
      best = d;
      found = painted.edges[i]!.key;
    }
  }
  return found;
}
