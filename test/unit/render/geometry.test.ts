import { describe, expect, it } from 'vitest';
import {
  ARROW_LENGTH,
  BASE_BEND,
  BEND_STEP,
  edgeBends,
  edgePath,
  edgeWidthForCount,
  MAX_EDGE_WIDTH,
  ARROW_WIDTH,
  nodeRadius,
} from '../../../src/render/index.ts';
import { edge } from './fixtures.ts';

/** Which side of the canonical line (from the smaller id's node to the larger's) a point lies on. */
function side(a: { x: number; y: number }, b: { x: number; y: number }, p: { x: number; y: number }): number {
  return Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
}

describe('edgePath', () => {
  const A = { x: 0, y: 0 };
  const B = { x: 100, y: 0 };

  it('writes a quadratic path with at most 2 decimals', () => {
    const g = edgePath({ source: A, target: { x: 100 / 3, y: 200 / 7 }, sourceRadius: 5, targetRadius: 7, bend: 0.12 });
    expect(g.d).toMatch(/^M-?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?Q-?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})? -?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?$/);
    expect(edgePath({ source: A, target: B, sourceRadius: 10, targetRadius: 10, bend: 0 }).d).toBe('M10,0Q50,0 79.5,0');
  });

  it('starts on the source circle and puts the arrow tip on the target circle', () => {
    const rs = 8;
    const rt = 12;
    const g = edgePath({ source: A, target: B, sourceRadius: rs, targetRadius: rt, bend: 0.3 });
    expect(Math.hypot(g.start.x - A.x, g.start.y - A.y)).toBeCloseTo(rs, 6);
    expect(Math.hypot(g.tip.x - B.x, g.tip.y - B.y)).toBeCloseTo(rt + 1.5, 6);
    expect(Math.hypot(g.tip.x - g.end.x, g.tip.y - g.end.y)).toBeCloseTo(ARROW_LENGTH, 6);
  });

  it('bends to the right of travel, so opposite directions curve apart', () => {
    const ab = edgePath({ source: A, target: B, sourceRadius: 5, targetRadius: 5, bend: BASE_BEND });
    const ba = edgePath({ source: B, target: A, sourceRadius: 5, targetRadius: 5, bend: BASE_BEND });
    expect(side(A, B, ab.control)).not.toBe(0);
    expect(side(A, B, ab.control)).toBe(-side(A, B, ba.control));
    // y-down: travelling east, the right-hand side is +y.
    expect(ab.control.y).toBeGreaterThan(0);
  });

  it('draws a loop instead of NaN when both ends coincide', () => {
    const g = edgePath({ source: A, target: A, sourceRadius: 5, targetRadius: 5, bend: 0.12 });
    expect(g.d).not.toContain('NaN');
    expect(g.d.startsWith('M')).toBe(true);
  });
});

describe('edgeBends', () => {
  it('fans parallel categories out with distinct bends, in category order', () => {
    const edges = [
      edge('PRK', 'RUS', 'personnel'),
      edge('PRK', 'RUS', 'artillery-ammunition'),
      edge('PRK', 'RUS', 'ballistic-missiles'),
      edge('RUS', 'PRK', 'air-defence'),
      edge('IRN', 'RUS', 'drones'),
    ];
    const bends = edgeBends(edges);
    expect(bends.get('PRK-RUS-artillery-ammunition')).toBeCloseTo(BASE_BEND);
    expect(bends.get('PRK-RUS-ballistic-missiles')).toBeCloseTo(BASE_BEND + BEND_STEP);
    expect(bends.get('PRK-RUS-personnel')).toBeCloseTo(BASE_BEND + 2 * BEND_STEP);
    expect(bends.get('RUS-PRK-air-defence')).toBeCloseTo(BASE_BEND);
    expect(bends.get('IRN-RUS-drones')).toBeCloseTo(BASE_BEND);
    const P = { x: 0, y: 0 };
    const R = { x: 120, y: 40 };
    const paths = ['PRK-RUS-artillery-ammunition', 'PRK-RUS-ballistic-missiles', 'PRK-RUS-personnel'].map(
      (k) => edgePath({ source: P, target: R, sourceRadius: 6, targetRadius: 9, bend: bends.get(k)! }).d,
    );
    expect(new Set(paths).size).toBe(3);
    const back = edgePath({ source: R, target: P, sourceRadius: 9, targetRadius: 6, bend: bends.get('RUS-PRK-air-defence')! });
    const fwd = edgePath({ source: P, target: R, sourceRadius: 6, targetRadius: 9, bend: bends.get('PRK-RUS-artillery-ammunition')! });
    expect(side(P, R, back.control)).toBe(-side(P, R, fwd.control));
  });

  it('does not depend on input order', () => {
    const edges = [edge('A', 'B', 'drones'), edge('A', 'B', 'other'), edge('A', 'B', 'helicopters')];
    expect([...edgeBends(edges)].sort()).toEqual([...edgeBends([...edges].reverse())].sort());
  });
});

describe('scales', () => {
  it('grows node area with volume and clamps', () => {
    expect(nodeRadius(0)).toBe(4);
    expect(nodeRadius(4)).toBeCloseTo(4 + 2.4 * 2);
    expect(nodeRadius(1e6)).toBe(30);
    expect(nodeRadius(Number.NaN)).toBe(4);
  });

  it('widens edges logarithmically by transfer count, staying narrower than the arrowhead', () => {
    expect(edgeWidthForCount(1)).toBe(1.5);
    expect(edgeWidthForCount(2)).toBeCloseTo(2.75);
    expect(edgeWidthForCount(4)).toBeCloseTo(4);
    expect(edgeWidthForCount(1000)).toBe(MAX_EDGE_WIDTH);
    expect(MAX_EDGE_WIDTH).toBeLessThan(ARROW_WIDTH);
  });
});
