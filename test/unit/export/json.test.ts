import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/data/load.ts';
import { GraphSchema } from '../../../src/data/schema.ts';
import type { Graph, GraphInput } from '../../../src/data/types.ts';
import { exportJson } from '../../../src/export/data/index.ts';
import { buildView, type GraphView, type ViewQuery } from '../../../src/model/index.ts';
import { graph, input } from '../model/fixture.ts';
import { query, range } from './helpers.ts';
import { nasty } from './nasty-fixture.ts';

function reload(text: string): Graph {
  const loaded = loadGraph(JSON.parse(text));
  if (!loaded.ok) throw new Error(`extract does not load: ${JSON.stringify(loaded.problems)}`);
  expect(loaded.warnings).toEqual([]);
  return loaded.graph;
}

/** Everything a reader sees of a view, independent of event order in the file. */
function summary(view: GraphView) {
  return {
    nodes: view.nodes.map((n) => [n.id, n.name, n.label, n.volume]),
    edges: view.edges.map((e) => ({
      key: e.key,
      status: e.status,
      style: e.style,
      contested: e.contested,
      quantity: e.quantity,
      sourceCount: e.sourceCount,
      inReturn: e.inReturn,
      transfers: e.transfers.map((t) => t.id).sort(),
    })),
  };
}

function roundTrip(g: Graph, q: ViewQuery) {
  const view = buildView(g, q);
  const out = exportJson(g, view, q);
  expect(v.safeParse(GraphSchema, JSON.parse(out)).success).toBe(true);
  const again = buildView(reload(out), q);
  expect(summary(again)).toEqual(summary(view));
  return out;
}

const loadedFixture = (() => {
  const r = loadGraph(input);
  if (!r.ok) throw new Error('fixture does not load');
  return r.graph;
})();

describe('exportJson', () => {
  it('writes our format, 2-space indented, without $schema', () => {
    const q = query('2023-09', '2024-12');
    const out = exportJson(graph, buildView(graph, q), q);
    expect(out.startsWith('{\n  "version": 1,\n  "meta": {')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    const data = JSON.parse(out) as GraphInput;
    expect(data).not.toHaveProperty('$schema');
    const parsed = v.safeParse(GraphSchema, data);
    expect(parsed.issues).toBeUndefined();
  });

  it('marks the extract in meta and keeps license and dates', () => {
    const q = query('2023-09', '2024-12');
    const meta = (JSON.parse(exportJson(graph, buildView(graph, q), q)) as GraphInput).meta;
    expect(meta.title).toBe('Fixture (September 2023 – December 2024)');
    expect(meta.description).toMatch(/^Extract of "Fixture": the transfers shown for September 2023 – December 2024 \(dates as reported\)\./);
    expect(meta.license).toBe('CC BY 4.0');
    expect(meta.updated).toBe('2025-01-01');
    const cq = { ...query('2020', '2024-03', 'cumulative', 'happened'), filters: { categories: ['ballistic-missiles' as const] } };
    const cmeta = (JSON.parse(exportJson(graph, buildView(graph, cq), cq)) as GraphInput).meta;
    expect(cmeta.title).toBe('Fixture (up to March 2024)');
    expect(cmeta.description).toContain('(dates as they happened; categories: ballistic missiles)');
  });

  it('keeps titles and descriptions within the schema limits', () => {
    const long: GraphInput = { ...input, meta: { ...input.meta, title: 'T'.repeat(200), description: 'D'.repeat(2000) } };
    const g = v.parse(GraphSchema, long) as Graph;
    const q = query('2024-02-03', '2024-11-17');
    const meta = (JSON.parse(roundTrip(g, q)) as GraphInput).meta;
    expect(meta.title.length).toBeLessThanOrEqual(200);
    expect(meta.title.endsWith(' (3 February 2024 – 17 November 2024)')).toBe(true);
    expect(meta.description!.length).toBeLessThanOrEqual(2000);
  });

  it('contains only what the view references, with every event of each transfer', () => {
    const q = query('2024-01', '2024-01');
    const view = buildView(graph, q);
    const data = JSON.parse(exportJson(graph, view, q)) as GraphInput;
    const viewTransfers = view.edges.flatMap((e) => e.transfers.map((t) => t.id)).sort();
    expect(data.transfers.map((t) => t.id).sort()).toEqual(viewTransfers);
    expect(viewTransfers).not.toContain('prk-rus-shells'); // delivered 2023-11: outside the window
    expect(data.states.map((s) => s.id).sort()).toEqual(view.nodes.map((n) => n.id).sort());
    // Events after January stay: without them the extract could not show the September delivery.
    const irn = data.transfers.find((t) => t.id === 'irn-rus-bm')!;
    expect(irn.events).toHaveLength(4);
    const cited = new Set(data.transfers.flatMap((t) => t.events.flatMap((e) => e.sources)));
    expect(data.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it('leaves out sources no included event cites', () => {
    const q = { ...query('2023', '2024'), filters: { categories: ['artillery-ammunition' as const] } };
    const data = JSON.parse(roundTrip(graph, q)) as GraphInput;
    expect(data.transfers.map((t) => t.id)).toEqual(['prk-rus-shells']);
    expect(data.sources.map((s) => s.id)).toEqual(['s1']);
    expect(data.states.map((s) => s.id).sort()).toEqual(['PRK', 'RUS']);
  });

  it('drops "in return for" links to transfers outside the extract, so it still loads', () => {
    const q = { ...query('2023', '2024'), filters: { categories: ['fighter-aircraft' as const] } };
    const data = JSON.parse(roundTrip(graph, q)) as GraphInput;
    expect(data.transfers.map((t) => [t.id, t.inReturnFor])).toEqual([['rus-prk-fighters', []]]);
    // Both ends in view: the link stays.
    const all = query('2023', '2024');
    const full = JSON.parse(roundTrip(graph, all)) as GraphInput;
    expect(full.transfers.find((t) => t.id === 'rus-prk-fighters')!.inReturnFor).toEqual(['prk-rus-bm']);
  });

  it('keeps milestones dated in the selection that concern a state in view, with their states and sources', () => {
    const withMilestones: GraphInput = {
      ...input,
      states: [...input.states, { id: 'CHN', name: 'China' }, { id: 'USA', name: 'United States' }],
      sources: [...input.sources, { id: 'm-src', publisher: 'P', title: 'Summit', url: 'https://example.org/m', published: '2024-06', kind: 'media-report' }],
      milestones: [
        { id: 'summit', date: '2024-06-19', title: 'Putin in Pyongyang', states: ['RUS', 'PRK', 'CHN'], sources: ['m-src'] },
        { id: 'global', date: '2024-02', title: 'A global event', sources: ['s1'] },
        { id: 'early', date: '2022', title: 'Too early', states: ['RUS'], sources: ['s1'] },
        { id: 'elsewhere', date: '2024-05', title: 'Not about the view', states: ['USA'], sources: ['s2'] },
      ],
    };
    const g = reloadInput(withMilestones);
    const q = query('2024-01', '2024-12');
    const data = JSON.parse(roundTrip(g, q)) as GraphInput;
    expect(data.milestones!.map((m) => m.id)).toEqual(['global', 'summit']);
    expect(data.states.map((s) => s.id)).toContain('CHN');
    expect(data.states.map((s) => s.id)).not.toContain('USA');
    expect(data.sources.map((s) => s.id)).toContain('m-src');
    // Cumulative: everything up to the end counts.
    const cq = query('2024-01', '2024-12', 'cumulative');
    const cdata = JSON.parse(roundTrip(g, cq)) as GraphInput;
    expect(cdata.milestones!.map((m) => m.id)).toEqual(['early', 'global', 'summit']);
  });

  it('writes a valid, empty extract for an empty view', () => {
    const q = query('2010', '2010');
    const data = JSON.parse(roundTrip(graph, q)) as GraphInput;
    expect([data.states, data.sources, data.transfers]).toEqual([[], [], []]);
  });

  it('re-imports to the same view for any range, mode, basis and filter', () => {
    const day = fc.integer({ min: range('2023', '2023').from, max: range('2025', '2025').to });
    const arb = fc.record({
      a: day,
      b: day,
      mode: fc.constantFrom('window' as const, 'cumulative' as const),
      basis: fc.constantFrom('reported' as const, 'happened' as const),
      categories: fc.subarray(['ballistic-missiles', 'artillery-ammunition', 'fighter-aircraft', 'other'] as const),
      statuses: fc.subarray(['confirmed', 'reported', 'alleged', 'contested'] as const),
      loaded: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ a, b, mode, basis, categories, statuses, loaded }) => {
        const q: ViewQuery = { range: { from: Math.min(a, b), to: Math.max(a, b) }, mode, basis, filters: { categories, statuses } };
        roundTrip(loaded ? loadedFixture : graph, q);
      }),
      { seed: 20241231, numRuns: 150 },
    );
  });

  it('round-trips hostile text unchanged', () => {
    const q = query('2024', '2024');
    const data = JSON.parse(roundTrip(nasty, q)) as GraphInput;
    expect(data.states.map((s) => s.name).sort()).toEqual(nasty.states.map((s) => s.name).sort());
    expect(data.meta.title).toBe('Nasty <title> & "quotes" (2024)');
  });

  it('does not change the graph it reads', () => {
    const before = JSON.stringify(loadedFixture);
    const q = { ...query('2023', '2024'), filters: { categories: ['fighter-aircraft' as const] } };
    exportJson(loadedFixture, buildView(loadedFixture, q), q);
    expect(JSON.stringify(loadedFixture)).toBe(before);
  });
});

function reloadInput(data: GraphInput): Graph {
  return reload(JSON.stringify(data));
}
