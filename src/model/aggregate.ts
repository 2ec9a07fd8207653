// Bundles transfers into one edge per supplier → recipient → category, the unit the
// network draws. Edge status is the strongest of its transfers' statuses.
import type { Transfer } from '../data/types.ts';
import { edgeKey } from './edge-key.ts';
import { compareEdges } from './edge-order.ts';
import type { GraphIndex } from './index-graph.ts';
import { lineStyle, statusRank } from './status.ts';
import type { AggregateEdge, Status, TransferStatus } from './types.ts';

export interface TransferInView {
  readonly transfer: Transfer;
  readonly status: TransferStatus;
  readonly quantity: { readonly value: number; readonly unit: string } | undefined;
}

export function aggregateEdges(index: GraphIndex, items: readonly TransferInView[]): AggregateEdge[] {
  const groups = new Map<string, TransferInView[]>();
  for (const item of items) {
    const t = item.transfer;
    const key = edgeKey(t.supplier, t.recipient, t.category);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const edgeOfTransfer = new Map<string, string>();
  for (const [key, list] of groups) for (const { transfer } of list) edgeOfTransfer.set(transfer.id, key);

  const edges: AggregateEdge[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!.transfer;
    let status: Status = list[0]!.status.status;
    let contested = false;
    const sources = new Set<string>();
    const inReturn = new Set<string>();
    for (const { transfer, status: s } of list) {
      if (statusRank(s.status) > statusRank(status)) status = s.status;
      contested ||= s.contested;
      for (const e of transfer.events) for (const id of e.sources) sources.add(id);
      for (const other of index.inReturn.get(transfer.id) ?? []) {
        const otherKey = edgeOfTransfer.get(other);
        if (otherKey && otherKey !== key) inReturn.add(otherKey);
      }
    }
    edges.push({
      key,
      supplier: first.supplier,
      recipient: first.recipient,
      category: first.category,
      transfers: list.map((i) => i.transfer),
      status,
      style: lineStyle(status),
      contested,
      quantity: sumQuantities(list),
      sourceCount: sources.size,
      inReturn: [...inReturn].sort(),
    });
  }
  return edges.sort(compareEdges);
}

/** Quantities add up only when every transfer counts the same unit. */
function sumQuantities(list: readonly TransferInView[]): AggregateEdge['quantity'] {
  const unit = list[0]?.quantity?.unit;
  if (unit === undefined) return undefined;
  let value = 0;
  for (const { quantity } of list) {
    if (!quantity || quantity.unit !== unit) return undefined;
    value += quantity.value;
  }
  return { value, unit };
}

export { compareEdges };
