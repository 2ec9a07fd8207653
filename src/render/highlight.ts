// The display "reducer" (as in sigma.js): decides per node and edge how strongly to
// draw it for the current focus, without touching the view. Pure; applyHighlight
// (update.ts) writes its result onto existing elements.

export interface Highlight {
  /** A state id or an edge key. Unknown ids highlight nothing. */
  readonly focus?: string | undefined;
}

export type Emphasis = 'normal' | 'focus' | 'related' | 'dim';

export interface HighlightEdge {
  readonly key: string;
  readonly supplier: string;
  readonly recipient: string;
  readonly inReturn: readonly string[];
}

export interface HighlightState {
  readonly nodes: ReadonlyMap<string, Emphasis>;
  readonly edges: ReadonlyMap<string, Emphasis>;
}

/**
 * Focus on a state: it is "focus", its edges and neighbours "related", the rest "dim".
 * Focus on an edge: it is "focus", its two states and the edges traded for it
 * (`inReturn`) "related", the rest "dim".
 */
export function resolveHighlight(
  nodeIds: readonly string[],
  edges: readonly HighlightEdge[],
  highlight: Highlight | undefined,
): HighlightState {
  const nodes = new Map<string, Emphasis>();
  const edgeMap = new Map<string, Emphasis>();
  const focus = highlight?.focus;
  const isNode = focus !== undefined && nodeIds.includes(focus);
  const focusEdge = isNode || focus === undefined ? undefined : edges.find((e) => e.key === focus);
  const active = isNode || focusEdge !== undefined;
  for (const id of nodeIds) nodes.set(id, active ? 'dim' : 'normal');
  for (const e of edges) edgeMap.set(e.key, active ? 'dim' : 'normal');
  if (isNode) {
    nodes.set(focus, 'focus');
    for (const e of edges) {
      if (e.supplier !== focus && e.recipient !== focus) continue;
      edgeMap.set(e.key, 'related');
      for (const id of [e.supplier, e.recipient]) if (id !== focus && nodes.has(id)) nodes.set(id, 'related');
    }
  } else if (focusEdge) {
    edgeMap.set(focusEdge.key, 'focus');
    for (const id of [focusEdge.supplier, focusEdge.recipient]) if (nodes.has(id)) nodes.set(id, 'related');
    for (const k of focusEdge.inReturn) if (edgeMap.has(k) && k !== focusEdge.key) edgeMap.set(k, 'related');
  }
  return { nodes, edges: edgeMap };
}

/** Opacity factor per emphasis: dimmed items recede but stay legible as context. */
export const EMPHASIS_OPACITY: Readonly<Record<Emphasis, number>> = {
  normal: 1,
  focus: 1,
  related: 1,
  dim: 0.15,
};
