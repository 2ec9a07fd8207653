// Lookup tables and pre-parsed event days for a loaded graph, computed once per
// graph and cached. Range changes then compare numbers instead of parsing dates,
// which keeps a view update within one frame at SIPRI scale.
import { endDay, startDay } from '../data/partial-date.ts';
import type { Graph, Source, State, Transfer } from '../data/types.ts';
import type { DateBasis } from './types.ts';

/** First and last day an event may mean, under each date basis. */
export interface EventDays {
  readonly happened: readonly [number, number];
  readonly reported: readonly [number, number];
}

export interface GraphIndex {
  readonly graph: Graph;
  readonly states: ReadonlyMap<string, State>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly transfers: ReadonlyMap<string, Transfer>;
  /** Per transfer id, its events' day intervals, in the transfer's event order. */
  readonly eventDays: ReadonlyMap<string, readonly EventDays[]>;
  /** Transfer id → ids of transfers linked by inReturnFor, in either direction. */
  readonly inReturn: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<Graph, GraphIndex>();

export function indexGraph(graph: Graph): GraphIndex {
  const hit = cache.get(graph);
  if (hit) return hit;
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!links.has(a)) links.set(a, new Set());
    links.get(a)!.add(b);
  };
  const eventDays = new Map<string, EventDays[]>();
  // A SIPRI-sized graph repeats a few thousand distinct dates over ~100,000 events:
  // parse each once. The tuples are frozen because events share them.
  const parsed = new Map<string, readonly [number, number]>();
  const days = (date: string): readonly [number, number] => {
    let d = parsed.get(date);
    if (!d) parsed.set(date, (d = Object.freeze([startDay(date), endDay(date)] as const)));
    return d;
  };
  for (const t of graph.transfers) {
    eventDays.set(
      t.id,
      t.events.map((e) => ({ happened: days(e.date), reported: days(e.reported ?? e.date) })),
    );
    for (const other of t.inReturnFor) {
      link(t.id, other);
      link(other, t.id);
    }
  }
  const index: GraphIndex = {
    graph,
    states: new Map(graph.states.map((s) => [s.id, s])),
    sources: new Map(graph.sources.map((s) => [s.id, s])),
    transfers: new Map(graph.transfers.map((t) => [t.id, t])),
    eventDays,
    inReturn: new Map([...links].map(([k, set]) => [k, [...set].sort()])),
  };
  cache.set(graph, index);
  return index;
}

/** The day interval of one event under a basis. */
export function eventInterval(days: EventDays, basis: DateBasis): readonly [number, number] {
  return basis === 'reported' ? days.reported : days.happened;
}
