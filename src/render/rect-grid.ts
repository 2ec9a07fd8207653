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
const cellOf = (v: number) => Math.max(-LIMIT, Math.min(LIMIT - 1, Math.floor(v / CELL)));

/** Calls `f` with the key of every cell `box` touches, until it returns true. */
function cells(box: Rect, f: (key: number) => boolean | void): boolean {
  const x1 = cellOf(box.x + box.width);
  const y0 = cellOf(box.y);
  const y1 = cellOf(box.y + box.height);
  for (let ix = cellOf(box.x); ix <= x1; ix++) for (let iy = y0; iy <= y1; iy++) if (f((ix + LIMIT) * 2 * LIMIT + (iy + LIMIT))) return true;
  return false;
}

export function rectGrid<T>(): BoxIndex<T> {
  const grid = new Map<number, number[]>();
  const items: T[] = [];
  // Query stamps per item, so an item spanning several cells is tested once.
  const seen: number[] = [];
  let stamp = 0;
  return {
    add(box, item) {
      const index = items.push(item) - 1;
      seen.push(0);
      cells(box, (k) => {
        const cell = grid.get(k);
        if (cell) cell.push(index);
        else grid.set(k, [index]);
      });
    },
    some(box, test) {
      const now = ++stamp;
      return cells(box, (k) =>
        (grid.get(k) ?? []).some((i) => {
          if (seen[i] === now) return false;
          seen[i] = now;
          return test(items[i]!);
        }),
      );
    },
  };
}
