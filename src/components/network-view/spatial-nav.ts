// Keyboard navigation among the drawn items, pure (docs/network-view.md):
//  - arrows: spatial. The nearest item (nodes at their centre, edges at their
//    midpoint) inside a 90° cone around the arrow's direction; "nearest" adds the
//    sideways offset to the distance, so items straight ahead win.
//  - ] / [: next / previous edge of the anchor node (the node last visited),
//    cycling; so every edge is reachable from either of its states.
//  - PageDown / PageUp, Home / End: next / previous, first / last node by id; so
//    every node is reachable.
import type { Point } from '../../layout/types.ts';

export interface NavItem extends Point {
  readonly kind: 'state' | 'edge';
  readonly id: string;
  /** Edges only. */
  readonly source?: string;
  readonly target?: string;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Readonly<Record<Direction, Point>> = {
  right: { x: 1, y: 0 },
  left: { x: -1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The id of the item to go to with an arrow key from `fromId`, or undefined (nothing that way). */
export function spatialNext(items: readonly NavItem[], fromId: string, dir: Direction): string | undefined {
  const from = items.find((i) => i.id === fromId);
  if (!from) return undefined;
  const v = VECTORS[dir];
  let best: { id: string; score: number; side: number } | undefined;
  for (const item of items) {
    if (item.id === from.id) continue;
    const dx = item.x - from.x;
    const dy = item.y - from.y;
    const along = dx * v.x + dy * v.y;
    const side = Math.abs(dx * v.y - dy * v.x);
    // Inside the cone of ±45°; an item at the very same point counts as ahead.
    if (along < 0 || side > along || (along === 0 && side === 0 && cmp(item.id, from.id) < 0)) continue;
    const score = Math.hypot(dx, dy) + side;
    if (
      !best ||
      score < best.score - 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 && (side < best.side || (side === best.side && cmp(item.id, best.id) < 0)))
    ) {
      best = { id: item.id, score, side };
    }
  }
  return best?.id;
}

/** Node ids in id order. */
export function nodeOrder(items: readonly NavItem[]): string[] {
  return items.filter((i) => i.kind === 'state').map((i) => i.id).sort(cmp);
}

/** Edges touching `nodeId`, in key order. */
export function edgesOf(items: readonly NavItem[], nodeId: string): string[] {
  return items
    .filter((i) => i.kind === 'edge' && (i.source === nodeId || i.target === nodeId))
    .map((i) => i.id)
    .sort(cmp);
}

/**
 * ] (step +1) / [ (step -1): from the anchor node, or from one of its edges, to
 * the next / previous edge of that node, wrapping around.
 */
export function stepEdge(items: readonly NavItem[], anchor: string, currentId: string, step: 1 | -1): string | undefined {
  const edges = edgesOf(items, anchor);
  if (edges.length === 0) return undefined;
  const at = edges.indexOf(currentId);
  if (at < 0) return step === 1 ? edges[0] : edges[edges.length - 1];
  return edges[(at + step + edges.length) % edges.length];
}

/** PageDown (+1) / PageUp (-1): the neighbouring node by id, no wrap. */
export function stepNode(items: readonly NavItem[], fromNode: string, step: 1 | -1): string | undefined {
  const nodes = nodeOrder(items);
  if (nodes.length === 0) return undefined;
  const at = nodes.indexOf(fromNode);
  if (at < 0) return step === 1 ? nodes[0] : nodes[nodes.length - 1];
  return nodes[Math.max(0, Math.min(nodes.length - 1, at + step))];
}
