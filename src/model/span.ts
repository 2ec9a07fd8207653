import type { Graph } from '../data/types.ts';
import { eventInterval, indexGraph } from './index-graph.ts';
import type { DateBasis, DayRange } from './types.ts';

/** First and last day covered by any event under the basis; undefined for an empty graph. */
export function dataSpan(graph: Graph, basis: DateBasis): DayRange | undefined {
  const index = indexGraph(graph);
  let from = Infinity;
  let to = -Infinity;
  for (const days of index.eventDays.values()) {
    for (const d of days) {
      const [s, e] = eventInterval(d, basis);
      if (s < from) from = s;
      if (e > to) to = e;
    }
  }
  return from <= to ? { from, to } : undefined;
}
