// The stage's zoom as plain data: screen = (x, y) + k · fitted position. Pure
// functions (no DOM, no events) so the maths is unit-tested on its own and the
// widget needs no d3-zoom (and none of the transition, interpolation, colour and
// selection modules it brings along).
import type { Point } from '../../layout/types.ts';
import { applyAffine, IDENTITY, invertAffine, type Affine } from './geometry.ts';

/** Uniform scale k, then translation (x, y), in stage pixels. */
export type ZoomTransform = Affine;

export const ZOOM_IDENTITY: ZoomTransform = IDENTITY;
export const SCALE_EXTENT: readonly [number, number] = [0.5, 8];

export const applyZoom = applyAffine;
export const invertZoom = invertAffine;

export function clampScale(k: number, extent: readonly [number, number] = SCALE_EXTENT): number {
  return Math.min(extent[1], Math.max(extent[0], k));
}

/** Scales by `factor` (clamped to the extent) keeping the graph point under `at` where it is. */
export function zoomAt(t: ZoomTransform, at: Point, factor: number, extent = SCALE_EXTENT): ZoomTransform {
  const k = clampScale(t.k * factor, extent);
  const p = invertZoom(t, at);
  return { k, x: at.x - p.x * k, y: at.y - p.y * k };
}

/** Moves the graph by (dx, dy) stage pixels. */
export function pan(t: ZoomTransform, dx: number, dy: number): ZoomTransform {
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

/**
 * Two-finger pinch: `start` was the transform when the second finger landed, `from`
 * where the two fingers were then, `to` where they are now. The scale follows the
 * fingers' spread and the graph point under their midpoint follows the midpoint
 * (so moving both fingers pans). Computed from the start of the gesture, not move
 * by move, so the graph stays under the fingers and no rounding accumulates.
 */
export function pinch(
  start: ZoomTransform,
  from: readonly [Point, Point],
  to: readonly [Point, Point],
  extent = SCALE_EXTENT,
): ZoomTransform {
  const spread = Math.hypot(from[0].x - from[1].x, from[0].y - from[1].y);
  // Both fingers on one pixel give no spread to compare with: keep the scale.
  const factor = spread > 0 ? Math.hypot(to[0].x - to[1].x, to[0].y - to[1].y) / spread : 1;
  const k = clampScale(start.k * factor, extent);
  const grabbed = invertZoom(start, midpoint(from));
  const mid = midpoint(to);
  return { k, x: mid.x - grabbed.x * k, y: mid.y - grabbed.y * k };
}

const midpoint = ([a, b]: readonly [Point, Point]): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

export function sameZoom(s: ZoomTransform, t: ZoomTransform): boolean {
  return s.k === t.k && s.x === t.x && s.y === t.y;
}
