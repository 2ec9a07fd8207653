// A uniform grid of bounding boxes, so that label placement tests each candidate
// against the few circles and labels near it instead of all of them (at SIPRI scale,
// ~250 labels × 13 candidates × ~250 circles per range change). It only narrows the
// search: placeLabels still runs its exact overlap test on what it returns, so the
// placements are those of a full scan. The live view registers it with the canvas
// layer (ADR 0006); the widget keeps the plain list (its size budget).
import type { BoxIndex, Rect } from './labels.ts';

const CELL = 48;
// Cell indices are clamped so that keys stay exact integers; far-away boxes share the
// border cells, which keeps the grid a superset of the truth.
const LIMIT = 1 << 15;
/** Boxes over this many cells (or not finite, or inside out) are kept in a list every query reads. */
const MAX_CELLS = 256;
const cellOf = (v: number) => Math.max(-LIMIT, Math.min(LIMIT - 1, Math.floor(v / CELL)));

interface Span {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The cells `box` touches, or undefined when it is too large or not a proper box. */
function spanOf(box: Rect): Span | undefined {
  const x0 = cellOf(box.x);
  const x1 = cellOf(box.x + box.width);
  const y0 = cellOf(box.y);
  const y1 = cellOf(box.y + box.height);
  const cells = (x1 - x0 + 1) * (y1 - y0 + 1);
  // NaN fails every comparison, so it lands in the list too.
  return x1 >= x0 && y1 >= y0 && cells <= MAX_CELLS ? { x0, x1, y0, y1 } : undefined;
}

/** Calls `f` with the key of every cell of `s`, until it returns true. */
function cells(s: Span, f: (key: number) => boolean | void): boolean {
  for (let ix = s.x0; ix <= s.x1; ix++) for (let iy = s.y0; iy <= s.y1; iy++) if (f((ix + LIMIT) * 2 * LIMIT + (iy + LIMIT))) return true;
  return false;
}

export function rectGrid<T>(): BoxIndex<T> {
  const grid = new Map<number, number[]>();
  const items: T[] = [];
  const loose: number[] = [];
  // Query stamps per item, so an item spanning several cells is tested once.
  const seen: number[] = [];
  let stamp = 0;
  const once = (test: (item: T) => boolean, now: number) => (i: number) => {
    if (seen[i] === now) return false;
    seen[i] = now;
    return test(items[i]!);
  };
  return {
    add(box, item) {
      const index = items.push(item) - 1;
      seen.push(0);
      const s = spanOf(box);
      if (!s) {
        loose.push(index);
        return;
      }
      cells(s, (k) => {
        const cell = grid.get(k);
        if (cell) cell.push(index);
        else grid.set(k, [index]);
      });
    },
    some(box, test) {
      const s = spanOf(box);
      // A query too large for the grid reads everything, as the plain list would.
      if (!s) return items.some(test);
      const visit = once(test, ++stamp);
      return cells(s, (k) => (grid.get(k) ?? []).some(visit)) || loose.some(visit);
    },
  };
}
