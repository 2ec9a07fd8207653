// Readable text for time bar ranges: "Sep 2023 – Dec 2024", "September 2023".
import { dayToIso, formatPartialDate, formatPartialDateShort } from '../../data/partial-date.ts';
import type { DayRange, RangeMode } from '../../model/types.ts';

const DAY = 86_400_000;

/** The partial date a day stands for at the start (month starts read as months). */
function partialOf(day: number, edge: 'start' | 'end'): string {
  const iso = dayToIso(day);
  const boundary = edge === 'start' ? iso.endsWith('-01') : new Date((day + 1) * DAY).toISOString().endsWith('-01T00:00:00.000Z');
  return boundary ? iso.slice(0, 7) : iso;
}

/** "September 2023" for a month boundary, "14 September 2023" otherwise. */
export function dayText(day: number, edge: 'start' | 'end', short = false): string {
  const p = partialOf(day, edge);
  return short ? formatPartialDateShort(p) : formatPartialDate(p);
}

/** The label above the bar: "Sep 2023 – Dec 2024", or "Up to Dec 2024" when cumulative. */
export function rangeText(range: DayRange, mode: RangeMode, short = true): string {
  const to = dayText(range.to, 'end', short);
  if (mode === 'cumulative') return `Up to ${to}`;
  const from = dayText(range.from, 'start', short);
  return from === to ? from : `${from} – ${to}`;
}
