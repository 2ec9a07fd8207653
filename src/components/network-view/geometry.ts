// Small geometry helpers of the interactive view: the fit as an affine map (so a
// dragged node can be stored in layout coordinates and survive resizes) and the
// midpoint of a drawn edge (its anchor for keyboard navigation and tooltips).
import type { Point } from '../../layout/types.ts';

/** Uniform scale + translation: screen = offset + k · p. */
export interface Affine {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: Affine = { k: 1, x: 0, y: 0 };

export function applyAffine(t: Affine, p: Point): Point {
  return { x: t.x + t.k * p.x, y: t.y + t.k * p.y };
}

export function invertAffine(t: Affine, p: Point): Point {
  return { x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k };
}

/**
 * Recovers the affine map that fitToViewport applied, from its input and output:
 * the scale from the widest pair, the offset averaged over every point (so the
 * output's 0.01 rounding does not accumulate). Reusing fitToViewport's result
 * keeps the layer's math in one place.
 */
export function affineBetween(from: ReadonlyMap<string, Point>, to: ReadonlyMap<string, Point>): Affine {
  const ids = [...from.keys()].filter((id) => to.has(id));
  if (ids.length === 0) return IDENTITY;
  let minX = ids[0]!;
  let maxX = ids[0]!;
  let minY = ids[0]!;
  let maxY = ids[0]!;
  for (const id of ids) {
    const p = from.get(id)!;
    if (p.x < from.get(minX)!.x) minX = id;
    if (p.x > from.get(maxX)!.x) maxX = id;
    if (p.y < from.get(minY)!.y) minY = id;
    if (p.y > from.get(maxY)!.y) maxY = id;
  }
  const spanX = from.get(maxX)!.x - from.get(minX)!.x;
  const spanY = from.get(maxY)!.y - from.get(minY)!.y;
  let k = 1;
  if (spanX >= spanY && spanX > 0) k = (to.get(maxX)!.x - to.get(minX)!.x) / spanX;
  else if (spanY > 0) k = (to.get(maxY)!.y - to.get(minY)!.y) / spanY;
  if (!Number.isFinite(k) || k <= 0) k = 1;
  let sx = 0;
  let sy = 0;
  for (const id of ids) {
    const a = from.get(id)!;
    const b = to.get(id)!;
    sx += b.x - k * a.x;
    sy += b.y - k * a.y;
  }
  return { k, x: sx / ids.length, y: sy / ids.length };
}

/**
 * The point halfway along a path drawn by render (quadratic "M…Q…" or the cubic
 * self-loop "M…C…"), at parameter t = 0.5. Undefined for any other shape.
 */
export function pathMidpoint(d: string): Point | undefined {
  const n = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
  if (d.includes('Q') && n.length >= 6) {
    const [sx, sy, cx, cy, ex, ey] = n as [number, number, number, number, number, number];
    return { x: 0.25 * sx + 0.5 * cx + 0.25 * ex, y: 0.25 * sy + 0.5 * cy + 0.25 * ey };
  }
  if (d.includes('C') && n.length >= 8) {
    const [sx, sy, ax, ay, bx, by, ex, ey] = n as [number, number, number, number, number, number, number, number];
    return { x: (sx + 3 * ax + 3 * bx + ex) / 8, y: (sy + 3 * ay + 3 * by + ey) / 8 };
  }
  if (n.length >= 4) {
    const [sx, sy] = n as [number, number];
    const ex = n[n.length - 2]!;
    const ey = n[n.length - 1]!;
    return { x: (sx + ex) / 2, y: (sy + ey) / 2 };
  }
  return undefined;
}
