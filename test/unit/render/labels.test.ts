import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  placeLabels,
  rectCircleOverlap,
  rectsOverlap,
  type Circle,
  type LabelRequest,
} from '../../../src/render/index.ts';

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
});
