// The model's one entry point for render: graph + time + filters → GraphView.
import type { Graph } from '../data/types.ts';
import { aggregateEdges, type TransferInView } from './aggregate.ts';
import { quantityAsOf, statusAsOf } from './as-of.ts';
import { passesStatusFilter, passesTransferFilters, type Filters } from './filters.ts';
import { indexGraph, type GraphIndex } from './index-graph.ts';
import { fastView } from './fast-view.ts';
import { nodeLabel } from './labels.ts';
import { inTime, type TimeQuery } from './select.ts';
import type { AggregateEdge, GraphView, ViewNode } from './types.ts';
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

export function buildView(graph: Graph, q: ViewQuery): GraphView {
  return fastView(viewIndex(graph), q);
}

/** The straightforward composition buildView must equal (pinned by a property test; not on buildView's path). */
export function referenceView(graph: Graph, q: ViewQuery): GraphView {
  const index = indexGraph(graph);
  const edges = aggregateEdges(index, transfersInView(index, q));
  return { nodes: nodesOf(index, edges), edges };
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
