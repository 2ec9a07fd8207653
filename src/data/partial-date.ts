// Partial ISO dates ("2023", "2023-11", "2023-11-02"). The precision is part of the
// claim: "2023" means "some time in 2023", so a partial date is an interval of days.
// Everything that compares dates goes through the interval, one rule everywhere:
// a date counts in a range when its interval overlaps the range (docs/data-format.md).

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly text: string;
  readonly precision: Precision;
  readonly year: number;
  readonly month?: number; // 1-12
  readonly day?: number; // 1-31
}

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date, or says in plain words why it is not one. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const m = PARTIAL_DATE_PATTERN.exec(text);
  if (!m) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return { error: `year ${year} is outside 1900–2100` };
  if (m[2] === undefined) return { text, precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${m[2]}` };
  if (m[3] === undefined) return { text, precision: 'month', year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${text}" is not a real day (${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days)` };
  }
  return { text, precision: 'day', year, month, day };
}

export function isPartialDate(text: string): boolean {
  return !('error' in parsePartialDate(text));
}

function mustParse(text: string): PartialDate {
  const d = parsePartialDate(text);
  if ('error' in d) throw new RangeError(d.error);
  return d;
}

/** Day number (days since 1970-01-01, UTC) of the first day the date may mean. */
export function startDay(text: string): number {
  const d = mustParse(text);
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;
}

/** Day number of the last day the date may mean. */
export function endDay(text: string): number {
  const d = mustParse(text);
  if (d.precision === 'day') return startDay(text);
  if (d.precision === 'month') return Date.UTC(d.year, d.month!, 0) / 86_400_000;
  return Date.UTC(d.year, 11, 31) / 86_400_000;
}

/** Day interval [start, end] (inclusive) that a partial date covers. */
export function dayInterval(text: string): readonly [number, number] {
  return [startDay(text), endDay(text)];
}

/** True when the date's interval overlaps [fromDay, toDay] (inclusive). */
export function overlaps(text: string, fromDay: number, toDay: number): boolean {
  return startDay(text) <= toDay && endDay(text) >= fromDay;
}

/**
 * Sort order for partial dates: by first possible day, then the more precise first
 * ("2023-01-01" before "2023-01" before "2023"), so sorting is total and stable.
 */
export function comparePartialDates(a: string, b: string): number {
  return startDay(a) - startDay(b) || endDay(a) - endDay(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** "2023", "November 2023", "2 November 2023": shows exactly the precision recorded. */
export function formatPartialDate(text: string): string {
  const d = mustParse(text);
  if (d.precision === 'year') return String(d.year);
  const month = MONTHS[d.month! - 1]!;
  if (d.precision === 'month') return `${month} ${d.year}`;
  return `${d.day} ${month} ${d.year}`;
}

/** Short form for axes and narrow screens: "2023", "Nov 2023", "2 Nov 2023". */
export function formatPartialDateShort(text: string): string {
  const d = mustParse(text);
  if (d.precision === 'year') return String(d.year);
  const month = MONTHS[d.month! - 1]!.slice(0, 3);
  if (d.precision === 'month') return `${month} ${d.year}`;
  return `${d.day} ${month} ${d.year}`;
}
