// The layout runs once on the union of every transfer ever in the graph, so that
// node positions do not move when the reader changes the time range.
import type { Graph } from '../data/types.ts';

export interface UnionNode {
  readonly id: string;
  readonly weight: number;
  readonly fixed?: { readonly x: number; readonly y: number };
}
export interface UnionLink {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** One link per supplier → recipient pair (categories merged), weighted by transfers. */
export function unionGraph(graph: Graph): { nodes: UnionNode[]; links: UnionLink[] } {
  const weight = new Map<string, number>();
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  for (const t of graph.transfers) {
    weight.set(t.supplier, (weight.get(t.supplier) ?? 0) + 1);
    weight.set(t.recipient, (weight.get(t.recipient) ?? 0) + 1);
    const key = `${t.supplier}\u0000${t.recipient}`;
    const p = pairs.get(key);
    if (p) p.weight += 1;
    else pairs.set(key, { source: t.supplier, target: t.recipient, weight: 1 });
  }
  const nodes = graph.states
    .filter((s) => weight.has(s.id))
    .map((s) => ({ id: s.id, weight: weight.get(s.id)!, ...(s.position ? { fixed: { x: s.position.x, y: s.position.y } } : {}) }));
  return { nodes, links: [...pairs.values()] };
}
