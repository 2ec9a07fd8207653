// Collision-aware label placement, greedy by priority. Text width is ESTIMATED
// from the character count (no measuring), so jsdom, Node and every browser place
// labels identically and the SVG stays byte-identical.
import type { Point } from '../layout/types.ts';

/** Average glyph advance of a system sans-serif, as a fraction of the font size. */
export const GLYPH_WIDTH_FACTOR = 0.6;
const LINE_HEIGHT = 1.2;
const GAP = 3;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Circle extends Point {
  readonly r: number;
}

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Radius of the labelled node's circle. */
  readonly r: number;
  /** Higher is placed first (volume). Ties: id ascending. */
  readonly priority: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left' | 'center';

export interface LabelPlacement {
  readonly side: LabelSide;
  /** Text anchor point: x, and the baseline y. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly rect: Rect;
}

/**
 * Where placeLabels looks up what a candidate might hit. `some` may test items that
 * cannot meet the box (placeLabels checks exactly) but must test every one that can.
 */
export interface BoxIndex<T> {
  add(box: Rect, item: T): void;
  some(box: Rect, test: (item: T) => boolean): boolean;
}

/** The plain list: every item, every time. */
export const listIndex = <T>(): BoxIndex<T> => {
  const items: T[] = [];
  return { add: (_, item) => void items.push(item), some: (_, test) => items.some(test) };
};

export interface LabelOptions {
  readonly fontSize: number;
  /** Every node circle: no label may cover one. */
  readonly circles: readonly Circle[];
  /** Other no-go areas (the legend). */
  readonly obstacles?: readonly Rect[];
  /** Labels must lie inside this area (the viewport). */
  readonly bounds?: Rect;
  /** The lookup to use (default: listIndex); the live view passes rectGrid at scale. */
  readonly index?: <T>() => BoxIndex<T>;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * GLYPH_WIDTH_FACTOR;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function rectCircleOverlap(r: Rect, c: Circle): boolean {
  const nx = Math.max(r.x, Math.min(c.x, r.x + r.width));
  const ny = Math.max(r.y, Math.min(c.y, r.y + r.height));
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r * c.r;
}

function inside(r: Rect, b: Rect): boolean {
  return r.x >= b.x && r.y >= b.y && r.x + r.width <= b.x + b.width && r.y + r.height <= b.y + b.height;
}

const isOwn = (c: Circle, req: LabelRequest) => c.x === req.x && c.y === req.y && c.r === req.r;

/** Where a label may go, in order of preference; made one at a time, as most labels take the first. */
export function* labelCandidates(req: LabelRequest, fontSize: number): Generator<LabelPlacement> {
  const w = estimateTextWidth(req.text, fontSize);
  const h = fontSize * LINE_HEIGHT;
  // Baseline sits ~0.35em below the box's middle for a typical sans-serif.
  const base = (midY: number) => midY + fontSize * 0.35;
  const d = req.r + GAP;
  const q = d * Math.SQRT1_2;
  // A second ring, one line further out, for nodes whose near ring is taken.
  const far = d + h;
  yield { side: 'right', x: req.x + d, y: base(req.y), anchor: 'start', rect: { x: req.x + d, y: req.y - h / 2, width: w, height: h } };
  yield { side: 'left', x: req.x - d, y: base(req.y), anchor: 'end', rect: { x: req.x - d - w, y: req.y - h / 2, width: w, height: h } };
  yield { side: 'above', x: req.x, y: base(req.y - d - h / 2), anchor: 'middle', rect: { x: req.x - w / 2, y: req.y - d - h, width: w, height: h } };
  yield { side: 'below', x: req.x, y: base(req.y + d + h / 2), anchor: 'middle', rect: { x: req.x - w / 2, y: req.y + d, width: w, height: h } };
  // Diagonals, off the circle's 45° point: a hub ringed by neighbours often has room only there.
  yield { side: 'above-right', x: req.x + q, y: base(req.y - q - h / 2), anchor: 'start', rect: { x: req.x + q, y: req.y - q - h, width: w, height: h } };
  yield { side: 'below-right', x: req.x + q, y: base(req.y + q + h / 2), anchor: 'start', rect: { x: req.x + q, y: req.y + q, width: w, height: h } };
  yield { side: 'above-left', x: req.x - q, y: base(req.y - q - h / 2), anchor: 'end', rect: { x: req.x - q - w, y: req.y - q - h, width: w, height: h } };
  yield { side: 'below-left', x: req.x - q, y: base(req.y + q + h / 2), anchor: 'end', rect: { x: req.x - q - w, y: req.y + q, width: w, height: h } };
  yield { side: 'above', x: req.x, y: base(req.y - far - h / 2), anchor: 'middle', rect: { x: req.x - w / 2, y: req.y - far - h, width: w, height: h } };
  yield { side: 'below', x: req.x, y: base(req.y + far + h / 2), anchor: 'middle', rect: { x: req.x - w / 2, y: req.y + far, width: w, height: h } };
  yield { side: 'right', x: req.x + far, y: base(req.y), anchor: 'start', rect: { x: req.x + far, y: req.y - h / 2, width: w, height: h } };
  yield { side: 'left', x: req.x - far, y: base(req.y), anchor: 'end', rect: { x: req.x - far - w, y: req.y - h / 2, width: w, height: h } };
  // Last resort for big circles: the label on the circle itself (a hub ringed by neighbours).
  if (w <= 2 * req.r - 4) {
    yield { side: 'center', x: req.x, y: base(req.y), anchor: 'middle', rect: { x: req.x - w / 2, y: req.y - h / 2, width: w, height: h } };
  }
}

/**
 * Places labels greedily: by priority (desc) then id, each takes the first of
 * right, left, above, below (then the four diagonals, then — for a circle wide
 * enough — the circle's centre) that hits no placed label, circle, obstacle or edge of
 * the bounds. A label with no free spot is hidden (null): so the lowest-priority
 * labels are the ones that go.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: LabelOptions,
): Map<string, LabelPlacement | null> {
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const index = options.index ?? listIndex;
  const placed = index<Rect>();
  const circles = index<Circle>();
  for (const c of options.circles) circles.add({ x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r }, c);
  // Obstacles (the legend) are tested like placed labels.
  for (const o of options.obstacles ?? []) placed.add(o, o);
  const out = new Map<string, LabelPlacement | null>();
  for (const req of order) {
    let fit: LabelPlacement | null = null;
    for (const c of labelCandidates(req, options.fontSize)) {
      if (
        (!options.bounds || inside(c.rect, options.bounds)) &&
        !placed.some(c.rect, (p) => rectsOverlap(p, c.rect)) &&
        !circles.some(c.rect, (circle) => !(c.side === 'center' && isOwn(circle, req)) && rectCircleOverlap(c.rect, circle))
      ) {
        fit = c;
        break;
      }
    }
    out.set(req.id, fit);
    if (fit) placed.add(fit.rect, fit.rect);
  }
  return out;
}
