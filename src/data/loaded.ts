// Graphs the loaders produced: validated, normalized and deep-frozen, so they cannot
// have changed since. Loading one again returns it as it is: a graph the explorer's
// file import loaded is not checked a second time when it is handed to the widget
// (~0.3–0.5 s at 30,000 deals). A copy, however equal, is checked like any input.
import type { Graph } from './types.ts';

const loaded = new WeakSet<object>();

export function markLoaded(graph: Graph): Graph {
  loaded.add(graph);
  return graph;
}

export function isLoadedGraph(value: unknown): value is Graph {
  return loaded.has(value as object); // false for anything not an object, no throw
}
