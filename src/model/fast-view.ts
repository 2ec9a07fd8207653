// buildView's numeric path over the per-graph tables of view-index.ts. Same result
// as transfersInView → aggregateEdges → nodesOf (pinned by a property test against
// that straightforward composition), without per-transfer allocations.
import type { Transfer } from '../data/types.ts';
import { CATEGORIES } from '../data/vocabulary.ts';
import { statusGroup, type Filters } from './filters.ts';
import type { TimeQuery } from './select.ts';
import { STATUS_ORDER } from './status.ts';
import type { AggregateEdge, CountedView, ViewNode } from './types.ts';
import { compareEdges } from './edge-order.ts';
import { KIND_CONTEST, KIND_FLAG, KIND_STAGE, STATUS_STYLE, STATUS_TABLE, type ViewIndex } from './view-index.ts';

/** Per-index scratch arrays, reused across views (JS runs one view at a time). */
interface Scratch {
  /** Transfer → query stamp when in view. */
  inView: Uint32Array;
  stamp: number;
  /** Per edge: transfers in view, strongest status (lowest number), contested, unit (-1: none), summed quantity. */
  count: Int32Array;
  status: Int8Array;
  contested: Uint8Array;
  unit: Int32Array;
  quantity: Float64Array;
  /** Source → edge stamp, for counting distinct sources. */
  sourceSeen: Int32Array;
  sourceStamp: number;
  /** Source → query stamp when some transfer in view cites it. */
  viewSources: Uint32Array;
  volume: Int32Array;
}

const scratches = new WeakMap<ViewIndex, Scratch>();

function scratchOf(vi: ViewIndex): Scratch {
  let s = scratches.get(vi);
  if (!s) {
    const E = vi.edgeTable.total.length;
    s = {
      inView: new Uint32Array(vi.transfers.length),
      stamp: 0,
      count: new Int32Array(E),
      status: new Int8Array(E),
      contested: new Uint8Array(E),
      unit: new Int32Array(E),
      quantity: new Float64Array(E),
      sourceSeen: new Int32Array(vi.sourceTotal),
      sourceStamp: 0,
      viewSources: new Uint32Array(vi.sourceTotal),
      volume: new Int32Array(vi.stateIds.length),
    };
    scratches.set(vi, s);
  }
  return s;
}

/** Membership mask over `names` for a filter list; undefined when the filter is off. */
function mask(names: readonly string[], allowed: readonly string[] | undefined): Uint8Array | undefined {
  if (!allowed?.length) return undefined;
  const set = new Set(allowed);
  return Uint8Array.from(names, (n) => (set.has(n) ? 1 : 0));
}

export function fastView(vi: ViewIndex, q: TimeQuery & { readonly filters?: Filters }): CountedView {
  const f = q.filters ?? {};
  const s = scratchOf(vi);
  if (s.stamp === 0xffffffff) {
    s.inView.fill(0);
    s.viewSources.fill(0);
    s.stamp = 0;
  }
  const stamp = ++s.stamp;
  const { from, to } = q.range;
  const cumulative = q.mode === 'cumulative';
  const { start, end } = vi.days[q.basis];
  const { eventStart, kind, eventUnit, eventQuantity, edgeOf, headUnit, headQuantity, categoryNo } = vi;
  const categoryMask = mask(CATEGORIES, f.categories);
  const supplierMask = mask(vi.stateIds, f.suppliers);
  const recipientMask = mask(vi.stateIds, f.recipients);
  const statusMask = f.statuses?.length ? STATUS_ORDER.map((st) => f.statuses!.includes(statusGroup(st))) : undefined;
  const { count, status: edgeStatus, contested: edgeContested, unit: edgeUnit, quantity: edgeQuantity, inView, viewSources } = s;
  const { sourceStart, sources } = vi;
  count.fill(0);
  let contestedCount = 0;
  let viewSourceCount = 0;

  const T = vi.transfers.length;
  for (let i = 0; i < T; i++) {
    if (categoryMask && !categoryMask[categoryNo[i]!]) continue;
    if (supplierMask && !supplierMask[vi.supplierNo[i]!]) continue;
    if (recipientMask && !recipientMask[vi.recipientNo[i]!]) continue;
    // One pass over the events: in time? status and quantity as of the range's end.
    let onRecord = false;
    let overlaps = false;
    let stage = 0;
    let flags = 0;
    let contest = 0;
    let unit = -1;
    let value = 0;
    for (let k = eventStart[i]!, last = eventStart[i + 1]!; k < last; k++) {
      if (!(start[k]! <= to)) continue;
      onRecord = true;
      if (end[k]! >= from) overlaps = true;
      const kd = kind[k]!;
      const st = KIND_STAGE[kd]!;
      if (st > stage) stage = st;
      flags |= KIND_FLAG[kd]!;
      const c = KIND_CONTEST[kd]!;
      if (c) contest = c;
      const u = eventUnit[k]!;
      if (u >= 0) {
        unit = u;
        value = eventQuantity[k]!;
      }
    }
    if (!(cumulative ? onRecord : overlaps)) continue;
    const status = STATUS_TABLE[stage + 6 * (flags + 8 * contest)]!;
    if (statusMask && !statusMask[status]) continue;
    if (unit < 0) {
      unit = headUnit[i]!;
      value = headQuantity[i]!;
    }
    inView[i] = stamp;
    if (contest) contestedCount++;
    for (let x = sourceStart[i]!, y = sourceStart[i + 1]!; x < y; x++) {
      const src = sources[x]!;
      if (viewSources[src] !== stamp) {
        viewSources[src] = stamp;
        viewSourceCount++;
      }
    }
    const e = edgeOf[i]!;
    if (count[e] === 0) {
      edgeStatus[e] = status;
      edgeContested[e] = contest ? 1 : 0;
      edgeUnit[e] = unit;
      edgeQuantity[e] = 0 + value; // as the reference sums from 0 (-0 becomes 0)
    } else {
      if (status < edgeStatus[e]!) edgeStatus[e] = status;
      if (contest) edgeContested[e] = 1;
      const eu = edgeUnit[e]!;
      if (eu >= 0) {
        if (unit !== eu) edgeUnit[e] = -1;
        else edgeQuantity[e] = edgeQuantity[e]! + value;
      }
    }
    count[e] = count[e]! + 1;
  }

  const edges: AggregateEdge[] = [];
  const volume = s.volume;
  volume.fill(0);
  const { total, sourceCount: allSources, hasLinks, key, allTransfers } = vi.edgeTable;
  const { edgeTransferStart, edgeTransfers, transfers: graphTransfers, units } = vi;
  const sourceSeen = s.sourceSeen;
  const E = total.length;
  for (let e = 0; e < E; e++) {
    const n = count[e]!;
    if (n === 0) continue;
    let transfers: readonly Transfer[];
    let sourceCount: number;
    if (n === total[e]) {
      transfers = allTransfers[e]!;
      sourceCount = allSources[e]!;
    } else {
      const list: Transfer[] = [];
      const sourceStamp = ++s.sourceStamp;
      sourceCount = 0;
      for (let m = edgeTransferStart[e]!, last = edgeTransferStart[e + 1]!; m < last; m++) {
        const i = edgeTransfers[m]!;
        if (inView[i] !== stamp) continue;
        list.push(graphTransfers[i]!);
        for (let x = sourceStart[i]!, y = sourceStart[i + 1]!; x < y; x++) {
          const src = sources[x]!;
          if (sourceSeen[src] !== sourceStamp) {
            sourceSeen[src] = sourceStamp;
            sourceCount++;
          }
        }
      }
      transfers = list;
    }
    // The edge shows its first transfer in view, as grouping by key does: where ids
    // contain "-", pairs like "A-B"→"C" and "A"→"B-C" share a key (not vi.exact).
    let m = edgeTransferStart[e]!;
    while (inView[edgeTransfers[m]!] !== stamp) m++;
    const first = edgeTransfers[m]!;
    const t = graphTransfers[first]!;
    const st = edgeStatus[e]!;
    const unit = edgeUnit[e]!;
    edges.push({
      key: key[e]!,
      supplier: t.supplier,
      recipient: t.recipient,
      category: t.category,
      transfers,
      status: STATUS_ORDER[st]!,
      style: STATUS_STYLE[st]!,
      contested: edgeContested[e] === 1,
      quantity: unit >= 0 ? { value: edgeQuantity[e]!, unit: units[unit]! } : undefined,
      sourceCount,
      inReturn: hasLinks[e] ? inReturnOf(vi, e, stamp, inView) : [],
    });
    const a = vi.supplierNo[first]!;
    const b = vi.recipientNo[first]!;
    volume[a] = volume[a]! + n;
    volume[b] = volume[b]! + n;
  }
  // Edges are numbered in output order by their first transfer overall; with shared keys
  // the first transfer in view may differ.
  if (!vi.exact) edges.sort(compareEdges);
  if (s.sourceStamp > 0x7ffffff0) {
    sourceSeen.fill(0);
    s.sourceStamp = 0;
  }

  const nodes: ViewNode[] = [];
  for (let st = 0; st < vi.stateIds.length; st++) {
    if (volume[st] === 0) continue;
    nodes.push({ id: vi.stateIds[st]!, ...vi.stateLabels[st]!, volume: volume[st]! });
  }
  return { nodes, edges, totals: { sources: viewSourceCount, contested: contestedCount } };
}

/** Keys of other edges in view that hold a transfer linked to one of this edge's transfers in view. */
function inReturnOf(vi: ViewIndex, e: number, stamp: number, inView: Uint32Array): string[] {
  const keys: string[] = [];
  for (let m = vi.edgeTransferStart[e]!, last = vi.edgeTransferStart[e + 1]!; m < last; m++) {
    const i = vi.edgeTransfers[m]!;
    if (inView[i] !== stamp) continue;
    for (let x = vi.linkStart[i]!, y = vi.linkStart[i + 1]!; x < y; x++) {
      const j = vi.links[x]!;
      if (inView[j] !== stamp) continue;
      const other = vi.edgeOf[j]!;
      if (other === e) continue;
      const key = vi.edgeTable.key[other]!;
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys.sort();
}
