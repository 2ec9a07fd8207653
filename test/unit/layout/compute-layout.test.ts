import { describe, expect, it } from 'vitest';
import { computeLayout, fitToViewport, lcg, nodeRadius } from '../../../src/layout/index.ts';
import type { LayoutInput } from '../../../src/layout/index.ts';

const fixture = (): LayoutInput => ({
  nodes: [
    { id: 'PRK', weight: 5 },
    { id: 'RUS', weight: 8 },
    { id: 'IRN', weight: 3 },
    { id: 'UKR', weight: 2 },
    { id: 'BLR', weight: 1 },
  ],
  links: [
    { source: 'PRK', target: 'RUS', weight: 3 },
    { source: 'IRN', target: 'RUS', weight: 2 },
    { source: 'RUS', target: 'PRK' },
    { source: 'BLR', target: 'RUS' },
  ],
});

const entries = (m: ReadonlyMap<string, unknown>) => JSON.stringify([...m]);

describe('lcg', () => {
  it('reproduces d3-force’s generator from seed 1', () => {
    const r = lcg();
    // (1664525 * 1 + 1013904223) % 2^32 / 2^32
    expect(r()).toBe(1015568748 / 4294967296);
    const a = lcg(42);
    const b = lcg(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('computeLayout', () => {
  it('gives exact, reproducible coordinates for a small fixture', () => {
    const { positions, bounds } = computeLayout(fixture());
    // Exact values: any change to forces, seeding or ordering must show up here.
    expect(Object.fromEntries(positions)).toEqual({
      BLR: { x: 75.59, y: -14.29 },
      IRN: { x: -74.23, y: 50.35 },
      PRK: { x: 8.55, y: -68.13 },
      RUS: { x: 34.09, y: 62.39 },
      UKR: { x: -46.02, y: -19.85 },
    });
    expect(bounds).toEqual({ minX: -82.39, minY: -77.5, maxX: 81.99, maxY: 73.18 });
  });

  it('is identical across runs and independent of input order', () => {
    const a = computeLayout(fixture());
    const b = computeLayout(fixture());
    const f = fixture();
    const shuffled: LayoutInput = {
      nodes: [...f.nodes].reverse(),
      links: [...f.links].reverse().map((l) => ({ source: l.target, target: l.source, weight: l.weight })),
    };
    const c = computeLayout(shuffled);
    expect(entries(a.positions)).toBe(entries(b.positions));
    expect(entries(c.positions)).toBe(entries(a.positions));
    expect(c.bounds).toEqual(a.bounds);
  });

  it('does not mutate its input', () => {
    const input = fixture();
    const before = JSON.stringify(input);
    Object.freeze(input.nodes);
    Object.freeze(input.links);
    input.nodes.forEach((n) => Object.freeze(n));
    input.links.forEach((l) => Object.freeze(l));
    computeLayout(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('keeps pinned nodes exactly where they were put', () => {
    const f = fixture();
    const input: LayoutInput = {
      nodes: f.nodes.map((n) => (n.id === 'RUS' ? { ...n, fixed: { x: 100, y: -50 } } : n)),
      links: f.links,
    };
    const { positions } = computeLayout(input);
    expect(positions.get('RUS')).toEqual({ x: 100, y: -50 });
    expect(positions.get('PRK')).not.toEqual(computeLayout(fixture()).positions.get('PRK'));
  });

  it('with every node pinned, zero ticks give exactly what a full run gives (the stored-positions shortcut)', () => {
    const f = fixture();
    const pinned: LayoutInput = {
      nodes: f.nodes.map((n, i) => ({ ...n, fixed: { x: 37.25 * i - 60, y: i % 2 ? 41.5 : -12.125 } })),
      links: f.links,
    };
    const full = computeLayout(pinned);
    const none = computeLayout(pinned, { ticks: 0 });
    expect(entries(none.positions)).toBe(entries(full.positions));
    expect(none.positions.get('IRN')).toEqual({ x: 14.5, y: -12.12 });
  });

  it('separates circles and keeps a disconnected node near the rest', () => {
    const f = fixture();
    const { positions } = computeLayout({ nodes: f.nodes, links: f.links });
    const ids = f.nodes.map((n) => n.id);
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b) continue;
        const p = positions.get(a)!;
        const q = positions.get(b)!;
        const min = nodeRadius(f.nodes.find((n) => n.id === a)!.weight) + nodeRadius(f.nodes.find((n) => n.id === b)!.weight);
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(min);
      }
    }
    const ukr = positions.get('UKR')!; // no links at all
    expect(Math.hypot(ukr.x, ukr.y)).toBeLessThan(250);
  });

  it('ignores self-loops, unknown endpoints and duplicate nodes; handles empty input', () => {
    const withJunk = computeLayout({
      nodes: [...fixture().nodes, { id: 'PRK', weight: 99 }],
      links: [...fixture().links, { source: 'BLR', target: 'BLR' }, { source: 'XXX', target: 'RUS' }],
    });
    expect(entries(withJunk.positions)).toBe(entries(computeLayout(fixture()).positions));
    expect(computeLayout({ nodes: [], links: [] })).toEqual({
      positions: new Map(),
      bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 },
    });
  });

  it('changes with the seed and the tick count', () => {
    const base = entries(computeLayout(fixture()).positions);
    expect(entries(computeLayout(fixture(), { seed: 7, ticks: 0 }).positions)).not.toBe(base);
    expect(entries(computeLayout(fixture(), { ticks: 10 }).positions)).not.toBe(base);
  });
});

describe('fitToViewport', () => {
  it('scales uniformly and centres', () => {
    const p = new Map([
      ['a', { x: -10, y: 0 }],
      ['b', { x: 10, y: 5 }],
    ]);
    const out = fitToViewport(p, 200, 100, 10);
    // span 20×5 into 180×80: k = min(9, 16) = 9
    expect(out.get('a')).toEqual({ x: 10, y: 27.5 });
    expect(out.get('b')).toEqual({ x: 190, y: 72.5 });
    expect(p.get('a')).toEqual({ x: -10, y: 0 }); // input untouched
  });

  it('centres a single point and honours maxScale', () => {
    expect(fitToViewport(new Map([['a', { x: 5, y: 5 }]]), 100, 60, 10).get('a')).toEqual({ x: 50, y: 30 });
    const out = fitToViewport(new Map([['a', { x: 0, y: 0 }], ['b', { x: 10, y: 0 }]]), 1000, 1000, 0, { maxScale: 2 });
    expect(out.get('a')).toEqual({ x: 490, y: 500 });
    expect(out.get('b')).toEqual({ x: 510, y: 500 });
    expect(fitToViewport(new Map(), 10, 10).size).toBe(0);
  });
});
