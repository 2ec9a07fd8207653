// buildView runs on precomputed typed arrays (src/model/view-index.ts, fast-view.ts).
// These tests pin it to a straightforward reference written here from the rules in
// docs/data-format.md, on random small graphs and random queries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endDay, startDay } from '../../../src/data/partial-date.ts';
import type { Graph, Transfer } from '../../../src/data/types.ts';
import { CATEGORIES, EVENT_KINDS, type Category } from '../../../src/data/vocabulary.ts';
import {
  buildView,
  nodeLabel,
  referenceView,
  statusFromEvents,
  statusGroup,
  STATUS_ORDER,
  type AggregateEdge,
  type DateBasis,
  type GraphView,
  type RangeMode,
  type ViewQuery,
} from '../../../src/model/index.ts';
import { viewIndex } from '../../../src/model/view-index.ts';

// ------------------------------------------------------------------ reference

/** buildView as the rules say it, one transfer and one edge at a time. */
function referenceBuildView(graph: Graph, q: ViewQuery): GraphView {
  const f = q.filters ?? {};
  const interval = (e: Transfer['events'][number]): [number, number] => {
    const date = q.basis === 'reported' ? (e.reported ?? e.date) : e.date;
    return [startDay(date), endDay(date)];
  };
  type Item = { t: Transfer; status: NonNullable<ReturnType<typeof statusFromEvents>>; quantity?: { value: number; unit: string } };
  const items: Item[] = [];
  for (const t of graph.transfers) {
    if (f.categories?.length && !f.categories.includes(t.category)) continue;
    if (f.suppliers?.length && !f.suppliers.includes(t.supplier)) continue;
    if (f.recipients?.length && !f.recipients.includes(t.recipient)) continue;
    // Window: some event's interval overlaps the range; cumulative: some event starts by its end.
    const inTime = t.events.some((e) => {
      const [s, end] = interval(e);
      return s <= q.range.to && (q.mode === 'cumulative' || end >= q.range.from);
    });
    if (!inTime) continue;
    const onRecord = t.events.filter((e) => interval(e)[0] <= q.range.to);
    const status = statusFromEvents(onRecord);
    if (!status) continue;
    if (f.statuses?.length && !f.statuses.includes(statusGroup(status.status))) continue;
    const withQuantity = onRecord.filter((e) => e.quantity);
    const quantity = withQuantity.length > 0 ? withQuantity[withQuantity.length - 1]!.quantity : t.quantity;
    items.push({ t, status, ...(quantity && { quantity: { value: quantity.value, unit: quantity.unit } }) });
  }
  const totals = {
    sources: new Set(items.flatMap((i) => i.t.events.flatMap((e) => e.sources))).size,
    contested: items.filter((i) => i.status.contested).length,
  };
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.t.supplier}-${item.t.recipient}-${item.t.category}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const keyOfId = new Map<string, string>();
  for (const [key, list] of groups) for (const { t } of list) keyOfId.set(t.id, key);
  const edges: AggregateEdge[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!.t;
    const strongest = Math.min(...list.map((i) => STATUS_ORDER.indexOf(i.status.status)));
    const sources = new Set(list.flatMap((i) => i.t.events.flatMap((e) => e.sources)));
    const inReturn = new Set<string>();
    for (const { t } of list) {
      const linked = [
        ...t.inReturnFor,
        ...graph.transfers.filter((o) => o.inReturnFor.includes(t.id)).map((o) => o.id),
      ];
      for (const id of linked) {
        const other = keyOfId.get(id);
        if (other !== undefined && other !== key) inReturn.add(other);
      }
    }
    const unit = list[0]!.quantity?.unit;
    const sameUnit = unit !== undefined && list.every((i) => i.quantity?.unit === unit);
    const status = STATUS_ORDER[strongest]!;
    edges.push({
      key,
      supplier: first.supplier,
      recipient: first.recipient,
      category: first.category,
      transfers: list.map((i) => i.t),
      status,
      style: status === 'used' || status === 'delivered' || status === 'confirmed' ? 'solid' : status === 'denied' || status === 'disputed' ? 'faded' : 'dashed',
      contested: list.some((i) => i.status.contested),
      quantity: sameUnit ? { value: list.reduce((sum, i) => sum + i.quantity!.value, 0), unit: unit! } : undefined,
      sourceCount: sources.size,
      inReturn: [...inReturn].sort(),
    });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  edges.sort(
    (a, b) =>
      cmp(a.supplier, b.supplier) ||
      cmp(a.recipient, b.recipient) ||
      CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
  const volume = new Map<string, number>();
  for (const e of edges) {
    volume.set(e.supplier, (volume.get(e.supplier) ?? 0) + e.transfers.length);
    volume.set(e.recipient, (volume.get(e.recipient) ?? 0) + e.transfers.length);
  }
  const nodes = [...volume.keys()].sort().map((id) => ({
    id,
    ...nodeLabel(id, graph.states.find((s) => s.id === id)),
    volume: volume.get(id)!,
  }));
  return { nodes, edges, totals };
}

// ------------------------------------------------------------------ random graphs

const STATES = ['RUS', 'PRK', 'IRN', 'CHN', 'BLR'];
/** Ids with "-" make two supplier/recipient pairs share an edge key ("A-B"→"C", "A"→"B-C"). */
const DASHED = ['A', 'B-C', 'A-B', 'C'];
const CATS: Category[] = ['ballistic-missiles', 'artillery-ammunition', 'fighter-aircraft', 'other'];
const UNITS = ['missiles', 'shells'];

const partialDate = fc
  .tuple(fc.integer({ min: 1998, max: 2004 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) => (m === 0 ? `${y}` : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));

const quantity = fc.record({
  value: fc.oneof(fc.constant(0), fc.constant(-0), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 100, noNaN: true })),
  unit: fc.constantFrom(...UNITS),
  qualifier: fc.constant('exactly' as const),
  estimated: fc.constant(false),
});

const event = fc.record({
  date: partialDate,
  reported: fc.option(partialDate, { nil: undefined }),
  kind: fc.constantFrom(...EVENT_KINDS),
  by: fc.constant('someone'),
  sources: fc.uniqueArray(fc.constantFrom('s1', 's2', 's3', 's4', 's5'), { minLength: 1, maxLength: 3 }),
  quantity: fc.option(quantity, { nil: undefined }),
});

function graphOf(stateIds: readonly string[], categories: readonly Category[] = CATS) {
  const pair = fc
    .tuple(fc.constantFrom(...stateIds), fc.constantFrom(...stateIds))
    .filter(([a, b]) => a !== b);
  const transfer = fc.record({
    pair,
    category: fc.constantFrom(...categories),
    quantity: fc.option(quantity, { nil: undefined }),
    links: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 2 }),
    events: fc.array(event, { minLength: 1, maxLength: 4 }),
  });
  return fc.array(transfer, { minLength: 0, maxLength: 12 }).map((list): Graph => {
    const transfers = list.map((t, i) => ({
      id: `t${String(i).padStart(2, '0')}`,
      supplier: t.pair[0],
      recipient: t.pair[1],
      category: t.category,
      item: 'item',
      ...(t.quantity && { quantity: t.quantity }),
      inReturnFor: t.links.filter((j) => j !== i).map((j) => `t${String(j).padStart(2, '0')}`),
      events: t.events.map((e) => {
        const { reported, quantity: q, ...rest } = e;
        return { ...rest, ...(reported && { reported }), ...(q && { quantity: q }) };
      }),
    }));
    return {
      version: 1,
      meta: { title: 'random', updated: '2025', license: 'CC0', credits: [] },
      states: stateIds.map((id) => ({ id, name: `State ${id}`, kind: 'state', aliases: [], ...(id === 'PRK' && { shortName: 'N. Korea' }) })),
      sources: ['s1', 's2', 's3', 's4', 's5'].map((id) => ({
        id,
        publisher: 'p',
        title: id,
        url: `https://example.org/${id}`,
        published: '2000',
        kind: 'media-report',
      })),
      transfers,
      milestones: [],
    } as unknown as Graph;
  });
}

/** Any day, or one on an event's boundary (where off-by-one errors show). */
const day = fc.oneof(
  fc.integer({ min: startDay('1997'), max: endDay('2005') }),
  partialDate.map(startDay),
  partialDate.map(endDay),
);
function queryOf(stateIds: readonly string[]) {
  return fc
    .record({
      a: day,
      b: day,
      mode: fc.constantFrom<RangeMode>('window', 'cumulative'),
      basis: fc.constantFrom<DateBasis>('reported', 'happened'),
      filters: fc.option(
        fc.record(
          {
            categories: fc.subarray(CATS),
            statuses: fc.subarray(['confirmed', 'reported', 'alleged', 'contested'] as const),
            suppliers: fc.subarray([...stateIds]),
            recipients: fc.subarray([...stateIds]),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    })
    .map(({ a, b, mode, basis, filters }): ViewQuery => ({
      range: { from: Math.min(a, b), to: Math.max(a, b) },
      mode,
      basis,
      ...(filters && { filters }),
    }));
}

describe('buildView equals the reference', () => {
  it('on random graphs and random sequences of queries (fast path)', () => {
    fc.assert(
      fc.property(graphOf(STATES), fc.array(queryOf(STATES), { minLength: 1, maxLength: 6 }), (graph, queries) => {
        expect(viewIndex(graph).exact).toBe(true);
        for (const q of queries) {
          const fast = buildView(graph, q);
          expect(fast).toEqual(referenceBuildView(graph, q));
          expect(fast).toEqual(referenceView(graph, q)); // and the old composition
          // Same transfer objects, not copies.
          for (const e of fast.edges) for (const t of e.transfers) expect(graph.transfers).toContain(t);
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it('on graphs whose ids contain "-", where different pairs may share an edge key', () => {
    let shared = 0; // graphs that really had a shared key
    fc.assert(
      fc.property(graphOf(DASHED, ['other', 'drones']), fc.array(queryOf(DASHED), { minLength: 1, maxLength: 4 }), (graph, queries) => {
        if (!viewIndex(graph).exact) shared++;
        for (const q of queries) expect(buildView(graph, q)).toEqual(referenceBuildView(graph, q));
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(shared).toBeGreaterThan(10);
  });
});

describe('buildView fast path specifics', () => {
  const src = (id: string) => ({ id, publisher: 'p', title: id, url: `https://example.org/${id}`, published: '2000', kind: 'media-report' });
  const ev = (date: string, kind: string, sources: string[]) => ({ date, kind, by: 'x', sources });
  const graph = {
    version: 1,
    meta: { title: 't', updated: '2025', license: 'CC0', credits: [] },
    states: [
      { id: 'AAA', name: 'A', kind: 'state', aliases: [] },
      { id: 'BBB', name: 'B', kind: 'state', aliases: [] },
    ],
    sources: ['s1', 's2', 's3'].map(src),
    transfers: [
      { id: 'a', supplier: 'AAA', recipient: 'BBB', category: 'other', item: 'x', inReturnFor: [], events: [ev('2000', 'reported', ['s1', 's2'])] },
      { id: 'b', supplier: 'AAA', recipient: 'BBB', category: 'other', item: 'y', inReturnFor: [], events: [ev('2002', 'confirmed', ['s2', 's3']), ev('2003', 'denied', ['s1'])] },
    ],
    milestones: [],
  } as unknown as Graph;
  const year = (y: string, mode: RangeMode = 'window'): ViewQuery => ({ range: { from: startDay(y), to: endDay(y) }, mode, basis: 'reported' });

  it('counts distinct sources over the transfers in view only', () => {
    expect(buildView(graph, year('2000')).edges[0]!.sourceCount).toBe(2); // a: s1, s2
    expect(buildView(graph, year('2002')).edges[0]!.sourceCount).toBe(3); // b cites s1 in a later event too
    expect(buildView(graph, year('2003', 'cumulative')).edges[0]!.sourceCount).toBe(3); // a ∪ b
  });

  it('shares one frozen transfer list when an edge shows all its transfers, and fresh lists otherwise', () => {
    const all1 = buildView(graph, year('2003', 'cumulative')).edges[0]!.transfers;
    const all2 = buildView(graph, year('2004', 'cumulative')).edges[0]!.transfers;
    expect(all1.map((t) => t.id)).toEqual(['a', 'b']);
    expect(all2).toBe(all1);
    expect(Object.isFrozen(all1)).toBe(true);
    const part = buildView(graph, year('2000')).edges[0]!.transfers;
    expect(part.map((t) => t.id)).toEqual(['a']);
    expect(Object.isFrozen(part)).toBe(false);
  });

  it('gives each view its own edge and node objects', () => {
    for (const q of [year('2002'), year('2004', 'cumulative')]) {
      const v1 = buildView(graph, q);
      const v2 = buildView(graph, q);
      expect(v2).toEqual(v1);
      expect(v2.edges[0]).not.toBe(v1.edges[0]);
      expect(v2.nodes[0]).not.toBe(v1.nodes[0]);
    }
  });
});
