// Node radius from volume (transfers in and out). Lives in layout because the
// collision force needs it; render re-exports it so both agree on circle sizes.
// The domain is fixed (not relative to the current maximum) so a node keeps its
// size meaning across time windows and the union layout's collision radius is an
// upper bound of every view's radius.

export const MIN_RADIUS = 4;
export const MAX_RADIUS = 30;
const PER_SQRT_TRANSFER = 2.4;

/** Area grows linearly with volume (sqrt scale), clamped to [MIN_RADIUS, MAX_RADIUS]. */
export function nodeRadius(volume: number | undefined): number {
  const v = Number.isFinite(volume) && (volume ?? 0) > 0 ? (volume as number) : 0;
  return Math.min(MAX_RADIUS, MIN_RADIUS + PER_SQRT_TRANSFER * Math.sqrt(v));
}
