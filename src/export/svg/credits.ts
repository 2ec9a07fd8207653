// Who to credit under an exported picture: the publishers behind the transfers in
// view, and SIPRI when its data is shown (SIPRI's terms ask for the credit line).
import type { Graph } from '../../data/types.ts';
import type { GraphView } from '../../model/types.ts';
import { joinList } from '../../model/summary.ts';

export const SIPRI_CREDIT = 'Information from the SIPRI Arms Transfers Database';

/** Publishers named in full before the rest are counted ("… and 12 others"). */
export const MAX_PUBLISHERS = 3;

const isSipri = (publisher: string) => /\bSIPRI\b|Stockholm International Peace Research Institute/i.test(publisher);

function citedSourceIds(view: GraphView): Map<string, number> {
  // source id → number of transfers in view citing it
  const counts = new Map<string, number>();
  for (const e of view.edges) {
    for (const t of e.transfers) {
      const ids = new Set(t.events.flatMap((ev) => ev.sources));
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Distinct publishers of the sources cited by the transfers in view, the most
 * cited first (by number of transfers), ties by name; deterministic.
 */
export function citedPublishers(graph: Graph, view: GraphView): string[] {
  const byId = new Map(graph.sources.map((s) => [s.id, s]));
  const weight = new Map<string, number>();
  for (const [id, n] of citedSourceIds(view)) {
    const publisher = byId.get(id)?.publisher;
    if (publisher !== undefined) weight.set(publisher, (weight.get(publisher) ?? 0) + n);
  }
  return [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([p]) => p);
}

/** "Sources: The Guardian, Reuters and Yonhap" or "Sources: A, B, C and 12 others"; "" for none. */
export function sourcesLine(publishers: readonly string[], max = MAX_PUBLISHERS): string {
  if (publishers.length === 0) return '';
  if (publishers.length <= max + 1) return `Sources: ${joinList(publishers)}`;
  const rest = publishers.length - max;
  return `Sources: ${publishers.slice(0, max).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

/** SIPRI data is shown: the graph came from the SIPRI importer, or a transfer in view cites SIPRI. */
export function sipriInView(graph: Graph, view: GraphView): boolean {
  if (graph.meta.sipriDataGenerated !== undefined) return true;
  return citedPublishers(graph, view).some(isSipri);
}
