// Events per month (or per year on long spans), stacked by category: the time bar's
// histogram. An event with a partial date counts once, in the bin of its first day,
// so totals equal event counts; its span is shown elsewhere.
import type { Graph } from '../data/types.ts';
import { CATEGORIES, type Category } from '../data/vocabulary.ts';
import { monthEnd, monthOf, monthStart, yearEnd, yearOf, yearStart } from './calendar.ts';
import { passesTransferFilters, type Filters } from './filters.ts';
import { eventInterval, indexGraph } from './index-graph.ts';
import type { DateBasis, DayRange } from './types.ts';

export type Binning = 'month' | 'year';

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly total: number;
  /** Counts in CATEGORIES order. */
  readonly counts: readonly number[];
}

export interface Histogram {
  readonly binning: Binning;
  readonly bins: readonly HistogramBin[];
  readonly max: number;
  readonly categories: readonly Category[];
}

/** Months up to 15 years of data, years beyond: about 180 bars at most either way. */
export function chooseBinning(span: DayRange): Binning {
  return monthOf(span.to) - monthOf(span.from) + 1 > 180 ? 'year' : 'month';
}

export function histogram(
  graph: Graph,
  span: DayRange,
  basis: DateBasis,
  options: { binning?: Binning; filters?: Filters } = {},
): Histogram {
  const binning = options.binning ?? chooseBinning(span);
  const first = binning === 'month' ? monthOf(span.from) : yearOf(span.from);
  const last = binning === 'month' ? monthOf(span.to) : yearOf(span.to);
  const counts = Array.from({ length: last - first + 1 }, () => new Array<number>(CATEGORIES.length).fill(0));
  const catIndex = new Map(CATEGORIES.map((c, i) => [c, i]));
  const index = indexGraph(graph);
  for (const t of graph.transfers) {
    if (options.filters && !passesTransferFilters(t, options.filters)) continue;
    for (const d of index.eventDays.get(t.id) ?? []) {
      const start = eventInterval(d, basis)[0];
      const bin = (binning === 'month' ? monthOf(start) : yearOf(start)) - first;
      if (bin >= 0 && bin < counts.length) counts[bin]![catIndex.get(t.category)!]! += 1;
    }
  }
  const bins = counts.map((c, i) => {
    const unit = first + i;
    return {
      from: binning === 'month' ? monthStart(unit) : yearStart(unit),
      to: binning === 'month' ? monthEnd(unit) : yearEnd(unit),
      total: c.reduce((a, b) => a + b, 0),
      counts: c,
    };
  });
  return { binning, bins, max: Math.max(0, ...bins.map((b) => b.total)), categories: CATEGORIES };
}
