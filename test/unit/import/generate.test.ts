import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../src/data/generate/index.ts';
import { loadGraph } from '../../../src/data/load.ts';
import { GraphSchema } from '../../../src/data/schema.ts';

describe('generateGraph', () => {
  it('gives identical JSON for the same seed and different JSON for another', () => {
    const a = JSON.stringify(generateGraph({ deals: 300, seed: 7 }));
    expect(JSON.stringify(generateGraph({ deals: 300, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateGraph({ deals: 300, seed: 8 }))).not.toBe(a);
  });

  it('is valid at 2,000 deals, with SIPRI-like shape', () => {
    const g = generateGraph({ deals: 2000, seed: 1 });
    expect(v.safeParse(GraphSchema, g).success).toBe(true);
    const loaded = loadGraph(g);
    expect(loaded.ok ? loaded.warnings : loaded.problems).toEqual([]);
    expect(g.transfers).toHaveLength(2000);
    const bySupplier = new Map<string, number>();
    for (const t of g.transfers) {
      bySupplier.set(t.supplier, (bySupplier.get(t.supplier) ?? 0) + 1);
      expect(t.supplier).not.toBe(t.recipient);
      const years = t.events.map((e) => Number(e.date));
      expect(years.every((y) => y >= 1950 && y <= 2025)).toBe(true);
      const deliveries = t.events.filter((e) => e.kind === 'delivered').length;
      expect(deliveries).toBeGreaterThanOrEqual(1);
      expect(deliveries).toBeLessThanOrEqual(3);
    }
    const counts = [...bySupplier.values()].sort((x, y) => y - x);
    // A few large suppliers: the top five ship over half of all deals.
    expect(counts.slice(0, 5).reduce((s, n) => s + n, 0)).toBeGreaterThan(1000);
    expect(new Set(g.transfers.map((t) => t.recipient)).size).toBeGreaterThan(100);
    expect(new Set(g.transfers.map((t) => t.category)).size).toBeGreaterThan(6);
  });

  it('respects the state count and year range', () => {
    const g = generateGraph({ deals: 500, seed: 3, states: 20, fromYear: 2000, toYear: 2010 });
    expect(g.states.length).toBeLessThanOrEqual(20);
    for (const t of g.transfers) for (const e of t.events) expect(Number(e.date)).toBeGreaterThanOrEqual(2000);
    for (const t of g.transfers) for (const e of t.events) expect(Number(e.date)).toBeLessThanOrEqual(2010);
  });
});
