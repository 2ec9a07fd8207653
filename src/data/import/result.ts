// What every importer returns: the graph in our format plus what went wrong where.
import type { GraphInput } from '../types.ts';

/** One thing wrong with an input file, at a 1-based line number (0 = the file as a whole). */
export interface ImportProblem {
  readonly line: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface ImportSummary {
  /** Data rows read (after the header; blank rows not counted). */
  readonly rows: number;
  readonly transfers: number;
  readonly states: number;
  /** Actor names the name table does not know, each once, in order of appearance. */
  readonly unmapped: string[];
  /** Data rows that produced nothing. */
  readonly skipped: number;
  readonly layout: 'trade-register' | 'deliveries' | 'spreadsheet';
  /** First and last event year, when there are events. */
  readonly years?: readonly [number, number];
}

export interface ImportResult {
  readonly graph: GraphInput;
  readonly problems: ImportProblem[];
  readonly summary: ImportSummary;
}

/** First and last year among the graph's event dates. */
export function yearSpan(graph: GraphInput): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of graph.transfers) {
    for (const e of t.events) {
      const y = Number(e.date.slice(0, 4));
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
  }
  return lo <= hi ? [lo, hi] : undefined;
}
