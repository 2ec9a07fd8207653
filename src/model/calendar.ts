// Month arithmetic on day numbers (days since 1970-01-01 UTC). The time bar steps,
// bins and labels by calendar months and years, never by fixed day counts.

const DAY = 86_400_000;

/** Months since January 1970 of the month containing the day. */
export function monthOf(day: number): number {
  const d = new Date(day * DAY);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
}

export function monthStart(month: number): number {
  return Date.UTC(1970 + Math.floor(month / 12), ((month % 12) + 12) % 12, 1) / DAY;
}

export function monthEnd(month: number): number {
  return monthStart(month + 1) - 1;
}

export function yearOf(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1) / DAY;
}

export function yearEnd(year: number): number {
  return Date.UTC(year, 11, 31) / DAY;
}

/** The same day of month n months later, clamped to the month's length. */
export function addMonths(day: number, n: number): number {
  const d = new Date(day * DAY);
  const target = monthOf(day) + n;
  const last = monthEnd(target) - monthStart(target) + 1;
  return monthStart(target) + Math.min(d.getUTCDate(), last) - 1;
}

/** "2024-09": the month of a day, as a partial date. */
export function monthText(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 7);
}
