// Which transfers a time range shows. Pure and numeric: the layout is not touched.
import type { Transfer } from '../data/types.ts';
import { eventInterval, type GraphIndex } from './index-graph.ts';
import type { DateBasis, DayRange, RangeMode } from './types.ts';

export interface TimeQuery {
  readonly range: DayRange;
  readonly mode: RangeMode;
  readonly basis: DateBasis;
}

/**
 * window: a transfer with an event whose interval overlaps the range;
 * cumulative: a transfer with any event on record by the range's end.
 */
export function inTime(index: GraphIndex, transfer: Transfer, q: TimeQuery): boolean {
  const days = index.eventDays.get(transfer.id) ?? [];
  for (const d of days) {
    const [start, end] = eventInterval(d, q.basis);
    if (start > q.range.to) continue;
    if (q.mode === 'cumulative' || end >= q.range.from) return true;
  }
  return false;
}

export function selectTransfers(index: GraphIndex, q: TimeQuery): Transfer[] {
  return index.graph.transfers.filter((t) => inTime(index, t, q));
}
