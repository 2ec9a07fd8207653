// The attributes GraphML and GEXF share, computed once so both formats say the same.
import { dayToIso } from '../../data/partial-date.ts';
import type { Graph } from '../../data/types.ts';
import { CATEGORY_LABELS } from '../../data/vocabulary.ts';
import { indexGraph } from '../../model/index-graph.ts';
import type { AggregateEdge, GraphView, ViewNode } from '../../model/types.ts';
import { filtersLabel } from './filters-label.ts';
import type { ExportQuery, Positions } from './query.ts';
import { basisLabel, queryLabel } from './range-label.ts';

export type AttrType = 'string' | 'int' | 'double' | 'boolean';
export type AttrValue = string | number | boolean | undefined;

export interface AttrDef {
  readonly name: string;
  readonly type: AttrType;
}

export const GRAPH_ATTRS: readonly AttrDef[] = [
  { name: 'title', type: 'string' },
  { name: 'period', type: 'string' },
  { name: 'from', type: 'string' },
  { name: 'to', type: 'string' },
  { name: 'mode', type: 'string' },
  { name: 'basis', type: 'string' },
  { name: 'filters', type: 'string' },
  { name: 'license', type: 'string' },
];

// "label" is the attribute Gephi and yEd show as a node's or edge's caption.
export const NODE_ATTRS: readonly AttrDef[] = [
  { name: 'label', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
  { name: 'volume', type: 'int' },
];

export const EDGE_ATTRS: readonly AttrDef[] = [
  { name: 'label', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'style', type: 'string' },
  { name: 'contested', type: 'boolean' },
  { name: 'quantity', type: 'double' },
  { name: 'quantity_unit', type: 'string' },
  { name: 'transfers', type: 'int' },
  { name: 'sources', type: 'int' },
  { name: 'items', type: 'string' },
  { name: 'in_return', type: 'string' },
];

export function graphValues(graph: Graph, q: ExportQuery): Record<string, AttrValue> {
  return {
    title: graph.meta.title,
    period: queryLabel(q),
    from: q.mode === 'cumulative' ? undefined : dayToIso(q.range.from),
    to: dayToIso(q.range.to),
    mode: q.mode,
    basis: basisLabel(q),
    filters: filtersLabel(q.filters) || undefined,
    license: graph.meta.license,
  };
}

export function nodeValues(graph: Graph, node: ViewNode, positions: Positions | undefined): Record<string, AttrValue> {
  const state = indexGraph(graph).states.get(node.id);
  const at = positions?.get(node.id);
  return {
    label: node.label,
    name: node.name,
    kind: state?.kind,
    aliases: state?.aliases.length ? state.aliases.join('; ') : undefined,
    x: at?.x,
    y: at?.y,
    volume: node.volume,
  };
}

export function edgeValues(edge: AggregateEdge): Record<string, AttrValue> {
  return {
    label: edgeLabel(edge),
    category: edge.category,
    status: edge.status,
    style: edge.style,
    contested: edge.contested,
    quantity: edge.quantity?.value,
    quantity_unit: edge.quantity?.unit,
    transfers: edge.transfers.length,
    sources: edge.sourceCount,
    items: [...new Set(edge.transfers.map((t) => t.item))].join('; '),
    in_return: edge.inReturn.length ? edge.inReturn.join('; ') : undefined,
  };
}

/** "ballistic missiles (2)": a readable edge label for tools that show one. */
export function edgeLabel(edge: AggregateEdge): string {
  return `${CATEGORY_LABELS[edge.category]} (${edge.transfers.length})`;
}

/** Attribute value as text, or undefined when there is nothing to write. */
export function attrText(value: AttrValue): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return String(value);
}
