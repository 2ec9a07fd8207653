// The large-graph render options the canvas layer adds (ADR 0006): edges to the canvas
// for dense views, circles that shrink with the spacing of a scaled-down layout, and
// the grid lookup for label placement.
import { describe, expect, it } from 'vitest';
import { canvasOptions, MIN_RADIUS_SCALE } from '../../../src/components/network-view/edge-layer.ts';
import { rectGrid } from '../../../src/render/index.ts';

describe('canvasOptions', () => {
  it("sends a dense view's edges to the canvas, keeping the named ones as elements", () => {
    const o = canvasOptions(true, ['', 'A-B-drones', '', 'RUS'], 1.5);
    expect(o.edgeLayer).toBe('canvas');
    expect([...(o.svgEdges ?? [])]).toEqual(['A-B-drones', 'RUS']);
    expect(o.radiusScale).toBeUndefined();
    expect(canvasOptions(false, ['A-B-drones'], 1)).toEqual({ labelIndex: rectGrid });
  });

  it('shrinks circles with the spacing below full scale, down to a floor', () => {
    expect(canvasOptions(false, [], 1).radiusScale).toBeUndefined();
    expect(canvasOptions(false, [], 0.5).radiusScale).toBe(0.5);
    expect(canvasOptions(true, [], 0.1).radiusScale).toBe(MIN_RADIUS_SCALE);
  });

  it('places labels with the grid lookup, dense or not (same placements as the plain scan, faster at scale)', () => {
    expect(canvasOptions(true, [], 1).labelIndex).toBe(rectGrid);
    expect(canvasOptions(false, [], 1).labelIndex).toBe(rectGrid);
  });
});
