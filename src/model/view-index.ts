// Numeric tables for buildView, computed once per graph and cached. A range change
// then is one pass over typed arrays (no date parsing, no string keys, no Map per
// transfer) plus one pass over the edges: ≈ a few ms at 30,000 transfers instead of
// 40–60 ms. Edges are numbered in output order (compareEdges), so no sort per view.
import type { Graph, State, Transfer } from '../data/types.ts';
import { CATEGORIES, EVENT_KINDS, type Category, type EventKind } from '../data/vocabulary.ts';
import { edgeKey } from './edge-key.ts';
import { compareEdges } from './edge-order.ts';
import { indexGraph } from './index-graph.ts';
import { nodeLabel } from './labels.ts';
import { lineStyle, statusFromEvents, STATUS_ORDER } from './status.ts';
import type { DateBasis, LineStyle, Status } from './types.ts';

/** Static facts per edge (everything that does not depend on the query), as parallel arrays. */
export interface EdgeTable {
  /** Number of the edge's transfers. */
  readonly total: Int32Array;
  /** Distinct sources cited by the events of all of the edge's transfers. */
  readonly sourceCount: Int32Array;
  /** Some transfer of the edge is linked by inReturnFor. */
  readonly hasLinks: Uint8Array;
  readonly key: readonly string[];
  /** All of the edge's transfers, in graph order; frozen, shared by views that show them all. */
  readonly allTransfers: readonly (readonly Transfer[])[];
}

export interface BasisDays {
  /** Per event (flattened, see eventStart): first and last day. */
  readonly start: Float64Array;
  readonly end: Float64Array;
}

export interface ViewIndex {
  /**
   * False when two different supplier/recipient/category triples share one edge key
   * (ids containing "-"): an edge then shows the triple of its first transfer in view,
   * and fastView sorts the edges. Transfer ids are unique (validation rejects repeats).
   */
  readonly exact: boolean;
  readonly transfers: readonly Transfer[];
  /** Transfer → edge number. */
  readonly edgeOf: Int32Array;
  /** Transfer → category number (CATEGORIES order). */
  readonly categoryNo: Uint8Array;
  readonly supplierNo: Int32Array;
  readonly recipientNo: Int32Array;
  /** Events of transfer i are eventStart[i] … eventStart[i + 1] - 1. */
  readonly eventStart: Int32Array;
  /** Event kind number (EVENT_KINDS order). */
  readonly kind: Uint8Array;
  readonly days: Readonly<Record<DateBasis, BasisDays>>;
  /** Per event: its quantity's value and unit number (-1: no quantity). */
  readonly eventQuantity: Float64Array;
  readonly eventUnit: Int32Array;
  /** Per transfer: headline quantity (unit -1: none). */
  readonly headQuantity: Float64Array;
  readonly headUnit: Int32Array;
  readonly units: readonly string[];
  /** Distinct source numbers of transfer i: sources[sourceStart[i] … sourceStart[i + 1] - 1]. */
  readonly sourceStart: Int32Array;
  readonly sources: Int32Array;
  readonly sourceTotal: number;
  /** Transfers linked to transfer i by inReturnFor (either direction): links[linkStart[i] …]. */
  readonly linkStart: Int32Array;
  readonly links: Int32Array;
  readonly edgeTable: EdgeTable;
  /** Transfers of edge e in graph order: edgeTransfers[edgeTransferStart[e] …]. */
  readonly edgeTransferStart: Int32Array;
  readonly edgeTransfers: Int32Array;
  /** Supplier and recipient ids, sorted (code-unit order, as nodesOf sorts). */
  readonly stateIds: readonly string[];
  readonly stateLabels: readonly { readonly name: string; readonly label: string; readonly shortLabel: string }[];
}

/** Status numbers: index into STATUS_ORDER, so a lower number is a stronger status. */
export const STATUS_STYLE: readonly LineStyle[] = STATUS_ORDER.map(lineStyle);

const KIND_NO = new Map<EventKind, number>(EVENT_KINDS.map((k, i) => [k, i]));
const CATEGORY_NO = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const STAGES: readonly EventKind[] = ['offered', 'negotiating', 'ordered', 'delivered', 'used'];

/** Per event kind: bit flags and stage (1–5) that the status rules look at. */
export const KIND_STAGE = new Uint8Array(EVENT_KINDS.map((k) => STAGES.indexOf(k) + 1));
export const FLAG_CONFIRMED = 1;
export const FLAG_REPORTED = 2;
export const FLAG_ALLEGED = 4;
/** Contest: 0 none, 1 denied, 2 disputed (the latest in event order decides). */
export const KIND_FLAG = new Uint8Array(
  EVENT_KINDS.map((k) => (k === 'confirmed' ? FLAG_CONFIRMED : k === 'reported' ? FLAG_REPORTED : k === 'alleged' ? FLAG_ALLEGED : 0)),
);
export const KIND_CONTEST = new Uint8Array(EVENT_KINDS.map((k) => (k === 'denied' ? 1 : k === 'disputed' ? 2 : 0)));

/**
 * Status number for (stage 0–5, flags 0–7, contest 0–2): table index
 * stage + 6 * (flags + 8 * contest). Built by running statusFromEvents on one
 * representative event list per combination, so the two can never disagree.
 * -1 where no event is on record.
 */
export const STATUS_TABLE: Int8Array = (() => {
  const table = new Int8Array(6 * 8 * 3).fill(-1);
  for (let stage = 0; stage <= 5; stage++) {
    for (let flags = 0; flags < 8; flags++) {
      for (let contest = 0; contest < 3; contest++) {
        const kinds: EventKind[] = [];
        if (stage > 0) kinds.push(STAGES[stage - 1]!);
        if (flags & FLAG_CONFIRMED) kinds.push('confirmed');
        if (flags & FLAG_REPORTED) kinds.push('reported');
        if (flags & FLAG_ALLEGED) kinds.push('alleged');
        if (contest) kinds.push(contest === 1 ? 'denied' : 'disputed');
        const status = statusFromEvents(kinds.map((kind) => ({ kind })));
        if (status) table[stage + 6 * (flags + 8 * contest)] = STATUS_ORDER.indexOf(status.status);
      }
    }
  }
  return table;
})();

export function statusOfNumber(n: number): Status {
  return STATUS_ORDER[n]!;
}

const cache = new WeakMap<Graph, ViewIndex>();

export function viewIndex(graph: Graph): ViewIndex {
  const hit = cache.get(graph);
  if (hit) return hit;
  const built = build(graph);
  cache.set(graph, built);
  return built;
}

function build(graph: Graph): ViewIndex {
  const index = indexGraph(graph);
  const transfers = graph.transfers;
  const T = transfers.length;
  let exact = true;

  // States: every supplier and recipient, numbered in sorted order.
  const stateSet = new Set<string>();
  for (const t of transfers) {
    stateSet.add(t.supplier);
    stateSet.add(t.recipient);
  }
  const stateIds = [...stateSet].sort();
  const stateNo = new Map(stateIds.map((id, i) => [id, i]));
  const stateLabels = stateIds.map((id) => nodeLabel(id, index.states.get(id) as State | undefined));

  // Edges: grouped by key, numbered in compareEdges order.
  interface Group {
    info: { key: string; supplier: string; recipient: string; category: Category };
    members: number[];
  }
  const groups = new Map<string, Group>();
  const groupOf: Group[] = new Array(T);
  for (let i = 0; i < T; i++) {
    const t = transfers[i]!;
    const key = edgeKey(t.supplier, t.recipient, t.category);
    let g = groups.get(key);
    if (!g) {
      g = { info: { key, supplier: t.supplier, recipient: t.recipient, category: t.category }, members: [] };
      groups.set(key, g);
    } else if (g.info.supplier !== t.supplier || g.info.recipient !== t.recipient || g.info.category !== t.category) {
      exact = false; // "A-B"→"C" and "A"→"B-C" share a key
    }
    g.members.push(i);
    groupOf[i] = g;
  }
  const ordered = [...groups.values()].sort((a, b) => compareEdges(a.info, b.info));
  const edgeNo = new Map<Group, number>(ordered.map((g, i) => [g, i]));
  const edgeOf = new Int32Array(T);
  for (let i = 0; i < T; i++) edgeOf[i] = edgeNo.get(groupOf[i]!)!;

  // Events, flattened.
  let eventCount = 0;
  for (const t of transfers) eventCount += t.events.length;
  const eventStart = new Int32Array(T + 1);
  const kind = new Uint8Array(eventCount);
  const days = {
    reported: { start: new Float64Array(eventCount), end: new Float64Array(eventCount) },
    happened: { start: new Float64Array(eventCount), end: new Float64Array(eventCount) },
  };
  const eventQuantity = new Float64Array(eventCount);
  const eventUnit = new Int32Array(eventCount).fill(-1);
  const headQuantity = new Float64Array(T);
  const headUnit = new Int32Array(T).fill(-1);
  const units: string[] = [];
  const unitNo = new Map<string, number>();
  const unit = (u: string): number => {
    let n = unitNo.get(u);
    if (n === undefined) unitNo.set(u, (n = units.push(u) - 1));
    return n;
  };
  const categoryNo = new Uint8Array(T);
  const supplierNo = new Int32Array(T);
  const recipientNo = new Int32Array(T);

  // Sources: distinct per transfer, over all its events (as aggregateEdges counts them).
  const sourceNo = new Map<string, number>();
  const sourceStart = new Int32Array(T + 1);
  const sourceList: number[] = [];
  const transferNo = new Map<string, number>();
  for (let i = 0; i < T; i++) transferNo.set(transfers[i]!.id, i);

  let k = 0;
  for (let i = 0; i < T; i++) {
    const t = transfers[i]!;
    eventStart[i] = k;
    categoryNo[i] = CATEGORY_NO.get(t.category) ?? 0;
    supplierNo[i] = stateNo.get(t.supplier)!;
    recipientNo[i] = stateNo.get(t.recipient)!;
    if (t.quantity) {
      headQuantity[i] = t.quantity.value;
      headUnit[i] = unit(t.quantity.unit);
    }
    // The same interval tables inTime and eventsAsOf read (looked up by id, as they do).
    const eventDays = index.eventDays.get(t.id) ?? [];
    sourceStart[i] = sourceList.length;
    const seen = new Set<number>();
    for (let j = 0; j < t.events.length; j++, k++) {
      const e = t.events[j]!;
      kind[k] = KIND_NO.get(e.kind)!;
      const d = eventDays[j];
      days.reported.start[k] = d ? d.reported[0] : NaN;
      days.reported.end[k] = d ? d.reported[1] : NaN;
      days.happened.start[k] = d ? d.happened[0] : NaN;
      days.happened.end[k] = d ? d.happened[1] : NaN;
      if (e.quantity) {
        eventQuantity[k] = e.quantity.value;
        eventUnit[k] = unit(e.quantity.unit);
      }
      for (const id of e.sources) {
        let s = sourceNo.get(id);
        if (s === undefined) sourceNo.set(id, (s = sourceNo.size));
        if (!seen.has(s)) {
          seen.add(s);
          sourceList.push(s);
        }
      }
    }
  }
  eventStart[T] = k;
  sourceStart[T] = sourceList.length;

  // inReturn links as transfer numbers (index.inReturn is keyed by id, both directions).
  const linkStart = new Int32Array(T + 1);
  const linkList: number[] = [];
  for (let i = 0; i < T; i++) {
    linkStart[i] = linkList.length;
    for (const id of index.inReturn.get(transfers[i]!.id) ?? []) {
      const j = transferNo.get(id);
      if (j !== undefined) linkList.push(j);
    }
  }
  linkStart[T] = linkList.length;

  const edgeTransferStart = new Int32Array(ordered.length + 1);
  const edgeTransfers = new Int32Array(T);
  const stamp = new Int32Array(sourceNo.size);
  let m = 0;
  const E = ordered.length;
  const edgeTable: EdgeTable = {
    total: new Int32Array(E),
    sourceCount: new Int32Array(E),
    hasLinks: new Uint8Array(E),
    key: ordered.map((g) => g.info.key),
    allTransfers: ordered.map((g) => Object.freeze(g.members.map((i) => transfers[i]!))),
  };
  ordered.forEach((g, e) => {
    edgeTransferStart[e] = m;
    edgeTable.total[e] = g.members.length;
    for (const i of g.members) {
      edgeTransfers[m++] = i;
      if (linkStart[i + 1]! > linkStart[i]!) edgeTable.hasLinks[e] = 1;
      for (let s = sourceStart[i]!; s < sourceStart[i + 1]!; s++) {
        const src = sourceList[s]!;
        if (stamp[src] !== e + 1) {
          stamp[src] = e + 1;
          edgeTable.sourceCount[e] = edgeTable.sourceCount[e]! + 1;
        }
      }
    }
  });
  edgeTransferStart[E] = m;

  return {
    exact,
    transfers,
    edgeOf,
    categoryNo,
    supplierNo,
    recipientNo,
    eventStart,
    kind,
    days,
    eventQuantity,
    eventUnit,
    headQuantity,
    headUnit,
    units,
    sourceStart,
    sources: Int32Array.from(sourceList),
    sourceTotal: sourceNo.size,
    linkStart,
    links: Int32Array.from(linkList),
    edgeTable,
    edgeTransferStart,
    edgeTransfers,
    stateIds,
    stateLabels,
  };
}
