import { describe, expect, it } from 'vitest';
import { buildView, dataSpan, formatQuantity, unionGraph, selectTransfers, indexGraph } from '../../../src/model/index.ts';
import { endDay, startDay } from '../../../src/data/partial-date.ts';
import { graph, input } from './fixture.ts';

const range = (from: string, to: string) => ({ from: startDay(from), to: endDay(to) });

describe('buildView', () => {
  it('aggregates one edge per supplier → recipient → category, sorted, with stable keys', () => {
    const view = buildView(graph, { range: range('2020', '2025'), mode: 'cumulative', basis: 'reported' });
    expect(view.edges.map((e) => e.key)).toEqual([
      'IRN-RUS-ballistic-missiles',
      'PRK-RUS-artillery-ammunition',
      'PRK-RUS-ballistic-missiles',
      'RUS-PRK-fighter-aircraft',
      'RUS-PRK-other',
    ]);
    expect(view.nodes.map((n) => [n.id, n.volume])).toEqual([
      ['IRN', 1],
      ['PRK', 4],
      ['RUS', 5],
    ]);
    expect(view.nodes.find((n) => n.id === 'PRK')).toMatchObject({ name: 'North Korea', label: 'N. Korea', shortLabel: 'PRK' });
  });

  it('links "in return" edges both ways', () => {
    const view = buildView(graph, { range: range('2020', '2025'), mode: 'cumulative', basis: 'reported' });
    const byKey = new Map(view.edges.map((e) => [e.key, e]));
    expect(byKey.get('RUS-PRK-fighter-aircraft')!.inReturn).toEqual(['PRK-RUS-ballistic-missiles']);
    expect(byKey.get('PRK-RUS-ballistic-missiles')!.inReturn).toEqual(['RUS-PRK-fighter-aircraft']);
  });

  it('gives each edge its status as of the end of the range', () => {
    const jan = buildView(graph, { range: range('2023-09', '2024-01'), mode: 'window', basis: 'reported' });
    const status = (v: typeof jan) => Object.fromEntries(v.edges.map((e) => [e.key, `${e.status}/${e.style}`]));
    expect(status(jan)).toEqual({
      'IRN-RUS-ballistic-missiles': 'negotiating/dashed',
      'PRK-RUS-artillery-ammunition': 'delivered/solid',
      'PRK-RUS-ballistic-missiles': 'used/solid',
      'RUS-PRK-fighter-aircraft': 'reported/dashed',
      'RUS-PRK-other': 'alleged/dashed',
    });
    const oct = buildView(graph, { range: range('2024-01', '2024-10'), mode: 'cumulative', basis: 'reported' });
    expect(status(oct)['IRN-RUS-ballistic-missiles']).toBe('delivered/solid');
    expect(status(oct)['RUS-PRK-other']).toBe('denied/faded');
  });

  it('uses the interval overlap rule for partial dates in window mode', () => {
    // "2023" overlaps a range that covers only December 2023.
    const dec = selectTransfers(indexGraph(graph), { range: range('2023-12', '2023-12'), mode: 'window', basis: 'reported' });
    expect(dec.map((t) => t.id)).toEqual(['rus-prk-2023']);
    const y2022 = buildView(graph, { range: range('2022', '2022'), mode: 'window', basis: 'reported' });
    expect(y2022.edges).toEqual([]);
  });

  it('shows quantities as known by the date and sums only like units', () => {
    const early = buildView(graph, { range: range('2024-01', '2024-01'), mode: 'cumulative', basis: 'reported' });
    const late = buildView(graph, { range: range('2024-03', '2024-03'), mode: 'cumulative', basis: 'reported' });
    const q = (v: typeof early) => v.edges.find((e) => e.key === 'PRK-RUS-ballistic-missiles')!.quantity;
    expect(q(early)).toEqual({ value: 120, unit: 'missiles' });
    expect(q(late)).toEqual({ value: 24, unit: 'missiles' });
  });

  it('applies category, status and party filters', () => {
    const all = { range: range('2020', '2025'), mode: 'cumulative', basis: 'reported' } as const;
    expect(buildView(graph, { ...all, filters: { categories: ['ballistic-missiles'] } }).edges.map((e) => e.key)).toEqual([
      'IRN-RUS-ballistic-missiles',
      'PRK-RUS-ballistic-missiles',
    ]);
    expect(buildView(graph, { ...all, filters: { statuses: ['contested'] } }).edges.map((e) => e.key)).toEqual(['RUS-PRK-other']);
    expect(buildView(graph, { ...all, filters: { suppliers: ['RUS'] } }).nodes.map((n) => n.id)).toEqual(['PRK', 'RUS']);
  });

  it('never mutates the graph', () => {
    const before = JSON.stringify(graph);
    buildView(graph, { range: range('2020', '2025'), mode: 'window', basis: 'happened' });
    expect(JSON.stringify(graph)).toBe(before);
    expect(input.transfers[0]!.events[0]!.date).toBe('2024-01-04');
  });
});

describe('unionGraph and dataSpan', () => {
  it('merges categories into one weighted link per pair', () => {
    const u = unionGraph(graph);
    expect(u.links).toEqual([
      { source: 'IRN', target: 'RUS', weight: 1 },
      { source: 'PRK', target: 'RUS', weight: 2 },
      { source: 'RUS', target: 'PRK', weight: 2 },
    ]);
    expect(u.nodes.map((n) => n.id)).toEqual(['RUS', 'PRK', 'IRN']);
  });
  it('spans every event interval under each basis', () => {
    expect(dataSpan(graph, 'happened')).toEqual({ from: startDay('2023-01-01'), to: endDay('2024-09-12') });
    expect(dataSpan(graph, 'reported')).toEqual({ from: startDay('2023-01-01'), to: endDay('2024-09-12') });
  });
});

describe('formatQuantity', () => {
  it('words qualifiers and estimates', () => {
    expect(formatQuantity({ value: 1_000_000, unit: 'shells', qualifier: 'more-than' })).toBe('more than 1,000,000 shells');
    expect(formatQuantity({ value: 400, unit: 'missiles', qualifier: 'about', estimated: true })).toBe('about 400 missiles (estimate)');
    expect(formatQuantity({ value: 6, unit: 'aircraft', qualifier: 'exactly' })).toBe('6 aircraft');
  });
});
