// The view as a graph file of our own format (version 1): a self-contained extract
// that loads back into the explorer and shows the same view for the same query.
// Each transfer keeps ALL its events, also those outside the range, because statuses
// are derived from events: dropping a later denial or an earlier order would change
// what the extract says as of any date.
import { startDay, endDay } from '../../data/partial-date.ts';
import { FORMAT_VERSION } from '../../data/schema.ts';
import type { Graph, Meta, Milestone, Transfer } from '../../data/types.ts';
import type { GraphView } from '../../model/types.ts';
import { filtersLabel } from './filters-label.ts';
import type { ExportQuery } from './query.ts';
import { basisLabel, queryLabel } from './range-label.ts';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 2000;

export function exportJson(graph: Graph, view: GraphView, q: ExportQuery): string {
  const transferIds = new Set(view.edges.flatMap((e) => e.transfers.map((t) => t.id)));
  const transfers = graph.transfers.filter((t) => transferIds.has(t.id)).map((t) => withinExtract(t, transferIds));

  const nodeIds = new Set(view.nodes.map((n) => n.id));
  const milestones = graph.milestones.filter((m) => milestoneInView(m, q, nodeIds));

  const stateIds = new Set<string>();
  for (const t of transfers) stateIds.add(t.supplier).add(t.recipient);
  for (const m of milestones) for (const id of m.states) stateIds.add(id);

  const sourceIds = new Set<string>();
  for (const t of transfers) for (const e of t.events) for (const id of e.sources) sourceIds.add(id);
  for (const m of milestones) for (const id of m.sources) sourceIds.add(id);

  // Lists keep the loaded graph's order, so the same view always writes the same file.
  const extract = {
    version: FORMAT_VERSION,
    meta: extractMeta(graph.meta, q),
    states: graph.states.filter((s) => stateIds.has(s.id)),
    sources: graph.sources.filter((s) => sourceIds.has(s.id)),
    transfers,
    milestones,
  };
  return `${JSON.stringify(extract, null, 2)}\n`;
}

/** `inReturnFor` may only name transfers in the file; links to transfers left out are dropped. */
function withinExtract(t: Transfer, ids: ReadonlySet<string>): Transfer {
  const inReturnFor = t.inReturnFor.filter((id) => ids.has(id));
  return inReturnFor.length === t.inReturnFor.length ? t : { ...t, inReturnFor };
}

/**
 * Milestones dated in the selection (the same overlap rule as events; a milestone has
 * one date, so the basis does not apply) that concern a state in the view or no state.
 */
function milestoneInView(m: Milestone, q: ExportQuery, nodeIds: ReadonlySet<string>): boolean {
  const inTime = startDay(m.date) <= q.range.to && (q.mode === 'cumulative' || endDay(m.date) >= q.range.from);
  return inTime && (m.states.length === 0 || m.states.some((id) => nodeIds.has(id)));
}

function extractMeta(meta: Meta, q: ExportQuery): Meta {
  const label = queryLabel(q);
  const filters = filtersLabel(q.filters);
  const description = [
    `Extract of "${meta.title}": the transfers shown for ${label} (${basisLabel(q)}${filters ? `; ${filters}` : ''}).`,
    'Each transfer keeps all its events, including those outside that period, so its status can be derived as of any date.',
    meta.description,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...meta,
    title: fitSuffix(meta.title, ` (${label})`, TITLE_MAX),
    description: clip(description, DESCRIPTION_MAX),
  };
}

/** Shortens the base, never the suffix, so the title stays within the schema's limit. */
function fitSuffix(base: string, suffix: string, max: number): string {
  if (base.length + suffix.length <= max) return base + suffix;
  return clip(base, Math.max(1, max - suffix.length)) + suffix;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Cut on a code point boundary: a lone surrogate is not valid UTF-8 on download.
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
