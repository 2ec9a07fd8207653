import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelCandidates } from '../../../src/render/labels.ts';
import { rectGrid } from '../../../src/render/rect-grid.ts';
import {
  estimateTextWidth,
  placeLabels,
  rectCircleOverlap,
  rectsOverlap,
  type Circle,
  type LabelOptions,
  type LabelPlacement,
  type LabelRequest,
  type Rect,
} from '../../../src/render/index.ts';

/** placeLabels as first written: every candidate against every circle and placed label. */
function fullScan(requests: readonly LabelRequest[], options: LabelOptions): Map<string, LabelPlacement | null> {
  const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: Rect[] = [];
  const out = new Map<string, LabelPlacement | null>();
  const b = options.bounds;
  for (const req of order) {
    const fit = [...labelCandidates(req, options.fontSize)].find(
      (c) =>
        (!b || (c.rect.x >= b.x && c.rect.y >= b.y && c.rect.x + c.rect.width <= b.x + b.width && c.rect.y + c.rect.height <= b.y + b.height)) &&
        !placed.some((p) => rectsOverlap(p, c.rect)) &&
        !(options.obstacles ?? []).some((o) => rectsOverlap(o, c.rect)) &&
        !options.circles.some((k) => !(c.side === 'center' && k.x === req.x && k.y === req.y && k.r === req.r) && rectCircleOverlap(c.rect, k)),
    );
    out.set(req.id, fit ?? null);
    if (fit) placed.push(fit.rect);
  }
  return out;
}

function check(requests: LabelRequest[], fontSize = 12) {
  const circles: Circle[] = requests.map((r) => ({ x: r.x, y: r.y, r: r.r }));
  const bounds = { x: 0, y: 0, width: 300, height: 200 };
  const placed = placeLabels(requests, { fontSize, circles, bounds });
  const rects = [...placed.values()].flatMap((p) => (p ? [p.rect] : []));
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i]!, rects[j]!)).toBe(false);
    for (const c of circles) expect(rectCircleOverlap(rects[i]!, c)).toBe(false);
    const r = rects[i]!;
    expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= 300 && r.y + r.height <= 200).toBe(true);
  }
  return placed;
}

describe('placeLabels', () => {
  it('estimates width from the character count only', () => {
    expect(estimateTextWidth('Russia', 10)).toBe(36);
    expect(estimateTextWidth('Lao People’s', 10)).toBe(72);
  });

  it('prefers the right side when it is free', () => {
    const p = placeLabels([{ id: 'A', text: 'Alpha', x: 50, y: 50, r: 5, priority: 1 }], {
      fontSize: 10,
      circles: [{ x: 50, y: 50, r: 5 }],
    }).get('A');
    expect(p).toMatchObject({ side: 'right', anchor: 'start', x: 58, y: 53.5 });
  });

  it('moves a label to another side, and hides the lower-priority one when nothing fits', () => {
    const reqs: LabelRequest[] = [
      { id: 'big', text: 'Big state', x: 100, y: 100, r: 10, priority: 9 },
      { id: 'small', text: 'Small state', x: 130, y: 100, r: 4, priority: 1 },
    ];
    const placed = check(reqs);
    expect(placed.get('big')?.side).toBe('left'); // the right is blocked by the small circle
    expect(placed.get('small')?.side).toBe('right');
    // Same place for both, whatever the order: the higher priority wins, the other hides.
    const clash: LabelRequest[] = [
      { id: 'b', text: 'Bbbbbbbbbbbbbbbb', x: 150, y: 100, r: 5, priority: 1 },
      { id: 'a', text: 'Aaaaaaaaaaaaaaaa', x: 151, y: 100, r: 5, priority: 2 },
    ];
    const out = placeLabels(clash, { fontSize: 12, circles: [], bounds: { x: 0, y: 0, width: 300, height: 116 } });
    // Above and below are out of bounds: a (higher priority) takes the right, b the left.
    expect(out.get('a')?.side).toBe('right');
    expect(out.get('b')?.side).toBe('left');
    // With no room on the left either, b is the one hidden.
    const boxed = placeLabels(clash, { fontSize: 12, circles: [], bounds: { x: 140, y: 80, width: 140, height: 40 } });
    expect(boxed.get('a')?.side).toBe('right');
    expect(boxed.get('b')).toBeNull();
  });

  it('never overlaps labels with each other or with circles (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 300 }),
            y: fc.integer({ min: 0, max: 200 }),
            r: fc.integer({ min: 4, max: 20 }),
            priority: fc.integer({ min: 0, max: 20 }),
            text: fc.string({ minLength: 1, maxLength: 20 }),
          }),
          { maxLength: 25 },
        ),
        (items) => {
          check(items.map((it, i) => ({ ...it, id: `n${i}` })));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('places exactly as a full scan does, with the grid only narrowing the search (property)', () => {
    // Spreads from a tight cluster to far beyond the grid's clamped cells.
    const coord = fc.oneof(fc.double({ min: -50, max: 350, noNaN: true }), fc.double({ min: -5e7, max: 5e7, noNaN: true }));
    const request = fc.record({
      x: coord,
      y: coord,
      r: fc.double({ min: 1, max: 40, noNaN: true }),
      text: fc.string({ minLength: 1, maxLength: 14 }),
      priority: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 120 }), fc.boolean(), (raw, bounded) => {
        const requests = raw.map((r, i) => ({ ...r, id: `s${i}` }));
        const options: LabelOptions = {
          fontSize: 11,
          circles: requests.map((r) => ({ x: r.x, y: r.y, r: r.r })),
          obstacles: [{ x: 200, y: 0, width: 100, height: 60 }],
          ...(bounded ? { bounds: { x: 0, y: 0, width: 300, height: 200 } } : {}),
        };
        const expected = fullScan(requests, options);
        expect(placeLabels(requests, options)).toEqual(expected);
        expect(placeLabels(requests, { ...options, index: rectGrid })).toEqual(expected);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('grid: reports each item meeting a box once, and never misses one', () => {
    const grid = rectGrid<number>();
    const boxes: Rect[] = [
      { x: 0, y: 0, width: 10, height: 10 },
      { x: 40, y: 40, width: 200, height: 5 }, // spans several cells
      { x: -1e9, y: 1e9, width: 3, height: 3 }, // beyond the clamped cells
      { x: 500, y: 500, width: 1, height: 1 },
    ];
    boxes.forEach((b, i) => grid.add(b, i));
    const hits = (box: Rect) => {
      const seen: number[] = [];
      grid.some(box, (i) => (seen.push(i), false));
      return seen.sort();
    };
    expect(hits({ x: 5, y: 5, width: 100, height: 40 })).toEqual([0, 1]);
    expect(hits({ x: 230, y: 41, width: 1, height: 1 })).toEqual([1]);
    expect(hits({ x: -1e9, y: 1e9, width: 1, height: 1 })).toEqual([2]);
    expect(hits({ x: 5000, y: 5000, width: 1, height: 1 })).toEqual([]);
    expect(grid.some({ x: 0, y: 0, width: 1000, height: 1000 }, (i) => i === 3)).toBe(true);
    expect(grid.some({ x: 0, y: 0, width: 100, height: 100 }, (i) => i === 3)).toBe(false);
  });

  it('grid: keeps boxes it cannot file (huge, infinite, NaN, inside out) where every query sees them', () => {
    const grid = rectGrid<string>();
    grid.add({ x: 0, y: 0, width: 1e6, height: 1e6 }, 'huge');
    grid.add({ x: -Infinity, y: 0, width: Infinity, height: 1 }, 'infinite');
    grid.add({ x: NaN, y: 0, width: 1, height: 1 }, 'nan');
    grid.add({ x: 10, y: 10, width: -500, height: -500 }, 'inside out');
    const hits = (box: Rect) => {
      const seen: string[] = [];
      grid.some(box, (i) => (seen.push(i), false));
      return seen.sort();
    };
    expect(hits({ x: 5000, y: 5000, width: 1, height: 1 })).toEqual(['huge', 'infinite', 'inside out', 'nan']);
    expect(hits({ x: 0, y: 0, width: 1e7, height: 1e7 })).toEqual(['huge', 'infinite', 'inside out', 'nan']);
  });

  it('places as a full scan does with circles the grid cannot file (negative or infinite radius)', () => {
    const requests: LabelRequest[] = [
      { id: 'a', text: 'Alpha', x: 100, y: 100, r: 8, priority: 3 },
      { id: 'b', text: 'Beta', x: 130, y: 100, r: -20, priority: 2 },
      { id: 'c', text: 'Gamma', x: 60, y: 140, r: 6, priority: 1 },
    ];
    const options: LabelOptions = {
      fontSize: 11,
      circles: [...requests.map((r) => ({ x: r.x, y: r.y, r: r.r })), { x: 300, y: 300, r: Infinity }],
    };
    expect(placeLabels(requests, { ...options, index: rectGrid })).toEqual(fullScan(requests, options));
  });
});
