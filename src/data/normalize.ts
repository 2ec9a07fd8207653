// Puts a validated graph into the one shape the rest of the app relies on:
// lists in a fixed order (so layout, tables and exports are deterministic whatever
// the file order) and deep-frozen (so no layer can change what another sees).
import { comparePartialDates } from './partial-date.ts';
import type { GraphOutput } from './validate.ts';
import type { Graph } from './types.ts';

/** Code-unit order, not locale order: the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byId = <T extends { id: string }>(a: T, b: T): number => compareIds(a.id, b.id);

/**
 * Sorts states, sources and transfers by id, each transfer's events by date
 * (stable: same-date events keep file order) and milestones by date then id.
 * Expects valid data (dates must parse). Works on a copy; returns it deep-frozen.
 */
export function normalizeGraph(graph: GraphOutput): Graph {
  const copy = structuredClone(graph);
  copy.states.sort(byId);
  copy.sources.sort(byId);
  copy.transfers.sort(byId);
  for (const transfer of copy.transfers) transfer.events.sort((a, b) => comparePartialDates(a.date, b.date));
  copy.milestones.sort((a, b) => comparePartialDates(a.date, b.date) || compareIds(a.id, b.id));
  return deepFreeze(copy) as Graph;
}

/** Freezes an object and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
