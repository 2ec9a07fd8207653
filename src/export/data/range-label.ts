// The time selection in words, for titles and descriptions inside exported files:
// "September 2023 – December 2024", "2024", "up to 14 March 2024".
import { dayToIso, formatPartialDate } from '../../data/partial-date.ts';
import { monthEnd, monthOf, monthStart, yearEnd, yearOf, yearStart } from '../../model/calendar.ts';
import type { DayRange } from '../../model/types.ts';
import type { ExportQuery } from './query.ts';

type Precision = 0 | 1 | 2; // year, month, day

/** How coarsely a day can be named as the start (or end) of a period: whole year, whole month, or only the day. */
function precisionAt(day: number, edge: 'from' | 'to'): Precision {
  const year = yearOf(day);
  const month = monthOf(day);
  if (day === (edge === 'from' ? yearStart(year) : yearEnd(year))) return 0;
  if (day === (edge === 'from' ? monthStart(month) : monthEnd(month))) return 1;
  return 2;
}

function partialDate(day: number, precision: Precision): string {
  return dayToIso(day).slice(0, [4, 7, 10][precision]);
}

/** Both ends at one precision (the finer one), so a period never reads "September 2023 – 2024". */
export function rangeLabel(range: DayRange): string {
  const precision = Math.max(precisionAt(range.from, 'from'), precisionAt(range.to, 'to')) as Precision;
  const from = partialDate(range.from, precision);
  const to = partialDate(range.to, precision);
  return from === to ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

/** "September 2023 – December 2024" (window) or "up to December 2024" (cumulative). */
export function queryLabel(q: ExportQuery): string {
  if (q.mode === 'cumulative') return `up to ${formatPartialDate(partialDate(q.range.to, precisionAt(q.range.to, 'to')))}`;
  return rangeLabel(q.range);
}

/** "dates as reported" / "dates as they happened": says which date basis chose the transfers. */
export function basisLabel(q: ExportQuery): string {
  return q.basis === 'reported' ? 'dates as reported' : 'dates as they happened';
}
