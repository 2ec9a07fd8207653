// The model's one entry point for render: graph + time + filters → GraphView.
import type { Graph } from '../data/types.ts';
import { aggregateEdges, type TransferInView } from './aggregate.ts';
import { quantityAsOf, statusAsOf } from './as-of.ts';
import { passesStatusFilter, passesTransferFilters, type Filters } from './filters.ts';
import { indexGraph, type GraphIndex } from './index-graph.ts';
import { fastView } from './fast-view.ts';
import { nodeLabel } from './labels.ts';
import { inTime, type TimeQuery } from './select.ts';
import type { AggregateEdge, CountedView, GraphView, ViewNode } from './types.ts';
import { viewIndex } from './view-index.ts';

export interface ViewQuery extends TimeQuery {
  readonly filters?: Filters;
}

/** Transfers in view with their status as of the range's end. */
export function transfersInView(index: GraphIndex, q: ViewQuery): TransferInView[] {
  const out: TransferInView[] = [];
  const filters = q.filters ?? {};
  for (const transfer of index.graph.transfers) {
    if (!passesTransferFilters(transfer, filters) || !inTime(index, transfer, q)) continue;
    const status = statusAsOf(transfer, q.range.to, q.basis, index);
    if (!status || !passesStatusFilter(status.status, filters)) continue;
    const quantity = quantityAsOf(transfer, q.range.to, q.basis, index);
    out.push({ transfer, status, quantity: quantity && { value: quantity.value, unit: quantity.unit } });
  }
  return out;
}

export function buildView(graph: Graph, q: ViewQuery): CountedView {
  return fastView(viewIndex(graph), q);
}

/** The straightforward composition buildView must equal (pinned by a property test; not on buildView's path). */
export function referenceView(graph: Graph, q: ViewQuery): CountedView {
  const index = indexGraph(graph);
  const inView = transfersInView(index, q);
  const edges = aggregateEdges(index, inView);
  const sources = new Set(inView.flatMap(({ transfer }) => transfer.events.flatMap((e) => e.sources)));
  const totals = { sources: sources.size, contested: inView.filter((t) => t.status.contested).length };
  return { nodes: nodesOf(index, edges), edges, totals };
}

/** Nodes touched by the edges, sized by the number of transfers in and out. */
export function nodesOf(index: GraphIndex, edges: readonly AggregateEdge[]): ViewNode[] {
  const volume = new Map<string, number>();
  for (const e of edges) {
    volume.set(e.supplier, (volume.get(e.supplier) ?? 0) + e.transfers.length);
    volume.set(e.recipient, (volume.get(e.recipient) ?? 0) + e.transfers.length);
  }
  return [...volume.keys()].sort().map((id) => {
    const state = index.states.get(id);
    return { id, ...nodeLabel(id, state), volume: volume.get(id)! };
  });
}
