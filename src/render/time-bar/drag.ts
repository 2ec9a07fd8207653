// Pointer drags on the time bar as pure geometry, in BIN units (see bin-scale.ts):
// what a press grabs, how far a pointer must travel before a press becomes a drag,
// and where the range's two ends go while it moves. The component only turns pixels
// into positions and events into calls; snapping stays in `snapPositions`.

/** What a press on the plot grabs: one end of the range, the whole range, or nothing (draw a new one). */
export type DragKind = 'start' | 'end' | 'move' | 'new';

/**
 * Half the width of a handle's hit area in pixels: 32 px targets, so a finger can
 * grab an end. The handle elements in the DOM are this wide too (touch-action there).
 */
export const HANDLE_REACH = 16;

/**
 * Which part of the range a press at pixel `x` grabs, with the range drawn from `x0`
 * to `x1` on a plot `width` pixels wide. Handles win over the range (as with
 * d3-brush); where the two handles overlap (a narrow range) the nearer one wins, ties
 * going to the end. A range filling the whole plot cannot move, so a press inside it
 * draws a new range instead (the default, whole-span range would otherwise only
 * resize from its ends).
 */
export function hitTest(x: number, x0: number, x1: number, width: number, reach: number = HANDLE_REACH): DragKind {
  const d0 = Math.abs(x - x0);
  const d1 = Math.abs(x - x1);
  if (d0 <= reach || d1 <= reach) return d0 < d1 ? 'start' : 'end';
  const fills = x0 <= 0.5 && x1 >= width - 0.5;
  return x > x0 && x < x1 && !fills ? 'move' : 'new';
}

/**
 * Pixels a pointer must travel sideways before a press counts as a drag. Fingers
 * wobble more than a mouse, so a tap on the bar stays a tap (and keeps the range).
 */
export function dragSlop(pointerType: string): number {
  return pointerType === 'mouse' ? 3 : 6;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Where the range's ends are (unsnapped, sorted, inside 0…n) during a drag that
 * grabbed `kind` at position `origin` and is now at `current`, starting from the
 * range at [`p0`, `p1`]. An end dragged past the other one swaps roles, as in a
 * brush; a moved range keeps its length and stops at the edges.
 */
export function dragPositions(
  kind: DragKind,
  origin: number,
  current: number,
  [p0, p1]: readonly [number, number],
  n: number,
): [number, number] {
  const sorted = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
  const at = clamp(current, 0, n);
  switch (kind) {
    case 'new':
      return sorted(clamp(origin, 0, n), at);
    case 'start':
      return sorted(at, p1);
    case 'end':
      return sorted(p0, at);
    case 'move': {
      const d = clamp(current - origin, -p0, n - p1);
      return [p0 + d, p1 + d];
    }
  }
}
