// The network stage's zoom maths (src/components/network-view/zoom-transform.ts)
// and wheel policy, without a DOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wheelFactor, wheelZooms } from '../../../src/components/network-view/zoom-policy.ts';
import {
  applyZoom,
  clampScale,
  invertZoom,
  pan,
  pinch,
  sameZoom,
  SCALE_EXTENT,
  zoomAt,
  ZOOM_IDENTITY,
  type ZoomTransform,
} from '../../../src/components/network-view/zoom-transform.ts';
import type { Point } from '../../../src/layout/types.ts';

const coord = fc.double({ min: -2000, max: 2000, noNaN: true });
const point = fc.record({ x: coord, y: coord });
const transform = fc.record({ k: fc.double({ min: SCALE_EXTENT[0], max: SCALE_EXTENT[1], noNaN: true }), x: coord, y: coord });

function near(a: Point, b: Point, eps = 1e-6): void {
  expect(Math.abs(a.x - b.x)).toBeLessThan(eps * (1 + Math.abs(b.x)));
  expect(Math.abs(a.y - b.y)).toBeLessThan(eps * (1 + Math.abs(b.y)));
}

describe('applyZoom / invertZoom', () => {
  it('maps fitted positions to the screen as (x, y) + k · p, and back', () => {
    const t: ZoomTransform = { k: 2, x: 10, y: -5 };
    expect(applyZoom(t, { x: 3, y: 4 })).toEqual({ x: 16, y: 3 });
    expect(invertZoom(t, { x: 16, y: 3 })).toEqual({ x: 3, y: 4 });
    expect(applyZoom(ZOOM_IDENTITY, { x: 7, y: 8 })).toEqual({ x: 7, y: 8 });
  });

  it('invert undoes apply for any transform', () => {
    fc.assert(fc.property(transform, point, (t, p) => near(invertZoom(t, applyZoom(t, p)), p)));
  });
});

describe('clampScale', () => {
  it('keeps the scale within 0.5–8 by default, and within a given extent', () => {
    expect(clampScale(0.1)).toBe(0.5);
    expect(clampScale(100)).toBe(8);
    expect(clampScale(3)).toBe(3);
    expect(clampScale(3, [1, 2])).toBe(2);
  });
});

describe('zoomAt', () => {
  it('scales about a point: that point stays where it is on screen', () => {
    const t = zoomAt(ZOOM_IDENTITY, { x: 100, y: 50 }, 2);
    expect(t).toEqual({ k: 2, x: -100, y: -50 });
    expect(applyZoom(t, { x: 100, y: 50 })).toEqual({ x: 100, y: 50 });
  });

  it('keeps the graph point under the anchor for any transform and factor', () => {
    fc.assert(
      fc.property(transform, point, fc.double({ min: 0.1, max: 10, noNaN: true }), (t, at, factor) => {
        const grabbed = invertZoom(t, at);
        const next = zoomAt(t, at, factor);
        near(applyZoom(next, grabbed), at);
        expect(next.k).toBeGreaterThanOrEqual(SCALE_EXTENT[0]);
        expect(next.k).toBeLessThanOrEqual(SCALE_EXTENT[1]);
      }),
    );
  });

  it('clamps the scale to the extent and then does not move at the limit', () => {
    const max = zoomAt({ k: 8, x: 0, y: 0 }, { x: 40, y: 40 }, 1.5);
    expect(max).toEqual({ k: 8, x: 0, y: 0 });
    expect(zoomAt(ZOOM_IDENTITY, { x: 0, y: 0 }, 1 / 100).k).toBe(0.5);
  });

  it('zooming in then out by the same factor about the same point comes back', () => {
    const centre = { x: 400, y: 250 };
    const back = zoomAt(zoomAt(ZOOM_IDENTITY, centre, 1.5), centre, 1 / 1.5);
    expect(back.k).toBeCloseTo(1, 12);
    near(back, ZOOM_IDENTITY, 1e-12);
  });
});

describe('pan', () => {
  it('moves by screen pixels whatever the scale', () => {
    const t = pan({ k: 4, x: 1, y: 2 }, 10, -20);
    expect(t).toEqual({ k: 4, x: 11, y: -18 });
    expect(applyZoom(t, { x: 5, y: 5 })).toEqual({ x: 31, y: 2 });
  });
});

describe('pinch', () => {
  const from: [Point, Point] = [
    { x: 100, y: 100 },
    { x: 200, y: 100 },
  ];

  it('does nothing while the fingers stay put', () => {
    const start = { k: 1.5, x: 20, y: -10 };
    near(pinch(start, from, from), start, 1e-12);
  });

  it('spreading the fingers to twice the distance doubles the scale about their midpoint', () => {
    const t = pinch(ZOOM_IDENTITY, from, [
      { x: 50, y: 100 },
      { x: 250, y: 100 },
    ]);
    expect(t).toEqual({ k: 2, x: -150, y: -100 });
    expect(applyZoom(t, { x: 150, y: 100 })).toEqual({ x: 150, y: 100 });
  });

  it('moving both fingers together pans', () => {
    const t = pinch({ k: 2, x: 0, y: 0 }, from, [
      { x: 130, y: 80 },
      { x: 230, y: 80 },
    ]);
    expect(t).toEqual({ k: 2, x: 30, y: -20 });
  });

  it('keeps the graph points under both fingers for any unclamped pinch without rotation', () => {
    fc.assert(
      fc.property(
        transform,
        point,
        point,
        fc.double({ min: 0.25, max: 4, noNaN: true }),
        point,
        (start, a, b, s, shift) => {
          fc.pre(Math.hypot(a.x - b.x, a.y - b.y) > 1);
          fc.pre(start.k * s >= SCALE_EXTENT[0] && start.k * s <= SCALE_EXTENT[1]);
          // The fingers end at a scaled and shifted copy of where they began.
          const to: [Point, Point] = [
            { x: a.x * s + shift.x, y: a.y * s + shift.y },
            { x: b.x * s + shift.x, y: b.y * s + shift.y },
          ];
          const t = pinch(start, [a, b], to);
          near(applyZoom(t, invertZoom(start, a)), to[0], 1e-6);
          near(applyZoom(t, invertZoom(start, b)), to[1], 1e-6);
        },
      ),
    );
  });

  it('clamps the scale but still follows the midpoint', () => {
    const t = pinch({ k: 6, x: 0, y: 0 }, from, [
      { x: 0, y: 100 },
      { x: 300, y: 100 },
    ]);
    expect(t.k).toBe(8);
    // The graph point under the old midpoint (150, 100) is still under the midpoint.
    expect(applyZoom(t, invertZoom({ k: 6, x: 0, y: 0 }, { x: 150, y: 100 }))).toEqual({ x: 150, y: 100 });
  });

  it('two fingers landing on one pixel keep the scale instead of dividing by zero', () => {
    const t = pinch({ k: 2, x: 0, y: 0 }, [from[0], from[0]], [
      { x: 110, y: 100 },
      { x: 130, y: 100 },
    ]);
    expect(t.k).toBe(2);
    expect(Number.isFinite(t.x) && Number.isFinite(t.y)).toBe(true);
  });
});

describe('sameZoom', () => {
  it('compares by value', () => {
    expect(sameZoom({ k: 1, x: 0, y: 0 }, ZOOM_IDENTITY)).toBe(true);
    expect(sameZoom({ k: 1, x: 0, y: 1 }, ZOOM_IDENTITY)).toBe(false);
  });
});

describe('wheel policy', () => {
  const wheel = (init: Partial<WheelEvent>) => ({ deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false, ...init }) as WheelEvent;

  it('zooms only with Ctrl or Cmd held', () => {
    expect(wheelZooms(wheel({ ctrlKey: true }))).toBe(true);
    expect(wheelZooms(wheel({ metaKey: true }))).toBe(true);
    expect(wheelZooms(wheel({}))).toBe(false);
  });

  it('turns a wheel step into a factor: up zooms in, down zooms out, symmetric', () => {
    const up = wheelFactor({ deltaY: -100, deltaMode: 0 });
    const down = wheelFactor({ deltaY: 100, deltaMode: 0 });
    expect(up).toBeCloseTo(2 ** 2, 12);
    expect(up * down).toBeCloseTo(1, 12);
    // Line mode (Firefox): 3 lines is a notch, like ~100 px.
    expect(wheelFactor({ deltaY: -3, deltaMode: 1 })).toBeCloseTo(2 ** 1.5, 12);
    expect(wheelFactor({ deltaY: 0, deltaMode: 0 })).toBe(1);
  });
});
