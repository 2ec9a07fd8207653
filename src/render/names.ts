// Accessible names of edges and nodes: what a screen reader announces.
import { CATEGORY_LABELS } from '../data/vocabulary.ts';
import type { AggregateEdge, ViewNode } from '../model/types.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "North Korea → Russia: ballistic missiles, used, 3 sources" */
export function edgeLabel(
  edge: Pick<AggregateEdge, 'supplier' | 'recipient' | 'category' | 'status' | 'sourceCount'>,
  nodeName: (id: string) => string,
): string {
  return (
    `${nodeName(edge.supplier)} → ${nodeName(edge.recipient)}: ` +
    `${CATEGORY_LABELS[edge.category]}, ${edge.status}, ${plural(edge.sourceCount, 'source', 'sources')}`
  );
}

/** "North Korea: 5 transfers" */
export function nodeLabel(node: Pick<ViewNode, 'name' | 'volume'>): string {
  return `${node.name}: ${plural(node.volume, 'transfer', 'transfers')}`;
}
