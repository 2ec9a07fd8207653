// Layout space → pixel space: one uniform scale (no distortion), centred.
import { round2 } from './round.ts';
import type { Point } from './types.ts';

export interface FitOptions {
  /** Never enlarge beyond this factor: two nodes should not fill a wall. Default Infinity. */
  readonly maxScale?: number;
  /** Top-left corner of the target area, when it is not the whole viewport (e.g. beside a legend). */
  readonly offset?: Point;
}

export function fitToViewport(
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
  padding = 0,
  options: FitOptions = {},
): Map<string, Point> {
  const out = new Map<string, Point>();
  if (positions.size === 0) return out;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const innerW = Math.max(0, width - 2 * padding);
  const innerH = Math.max(0, height - 2 * padding);
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const candidates = [options.maxScale ?? Infinity];
  if (spanX > 0) candidates.push(innerW / spanX);
  if (spanY > 0) candidates.push(innerH / spanY);
  let k = Math.min(...candidates);
  if (!Number.isFinite(k)) k = 1; // a single point (or all points equal)
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const ox = options.offset?.x ?? 0;
  const oy = options.offset?.y ?? 0;
  for (const [id, p] of positions) {
    out.set(id, { x: round2(ox + width / 2 + (p.x - cx) * k), y: round2(oy + height / 2 + (p.y - cy) * k) });
  }
  return out;
}
