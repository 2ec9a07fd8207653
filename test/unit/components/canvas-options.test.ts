// The large-graph render options the canvas layer adds (ADR 0006): edges to the canvas
// for dense views, and circles that shrink with the spacing of a scaled-down layout.
import { describe, expect, it } from 'vitest';
import { canvasOptions, MIN_RADIUS_SCALE } from '../../../src/components/network-view/edge-layer.ts';

describe('canvasOptions', () => {
  it("sends a dense view's edges to the canvas, keeping the named ones as elements", () => {
    const o = canvasOptions(true, ['', 'A-B-drones', '', 'RUS'], 1.5);
    expect(o.edgeLayer).toBe('canvas');
    expect([...(o.svgEdges ?? [])]).toEqual(['A-B-drones', 'RUS']);
    expect(o.radiusScale).toBeUndefined();
    expect(canvasOptions(false, ['A-B-drones'], 1)).toEqual({});
  });

  it('shrinks circles with the spacing below full scale, down to a floor', () => {
    expect(canvasOptions(false, [], 1).radiusScale).toBeUndefined();
    expect(canvasOptions(false, [], 0.5).radiusScale).toBe(0.5);
    expect(canvasOptions(true, [], 0.1).radiusScale).toBe(MIN_RADIUS_SCALE);
  });
});
