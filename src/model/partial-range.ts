// Day numbers back to the shortest partial date that means the same range end,
// so URLs and attributes read "2023-09" rather than "2023-09-01".

const DAY = 86_400_000;

/** The shortest partial date whose FIRST day is `day`: 2023-01-01 → "2023", 2023-09-01 → "2023-09". */
export function partialFrom(day: number): string {
  const iso = new Date(day * DAY).toISOString().slice(0, 10);
  if (iso.endsWith('-01-01')) return iso.slice(0, 4);
  if (iso.endsWith('-01')) return iso.slice(0, 7);
  return iso;
}

/** The shortest partial date whose LAST day is `day`: 2023-12-31 → "2023", 2023-09-30 → "2023-09". */
export function partialTo(day: number): string {
  const iso = new Date(day * DAY).toISOString().slice(0, 10);
  const nextIso = new Date((day + 1) * DAY).toISOString().slice(0, 10);
  if (nextIso.endsWith('-01-01')) return iso.slice(0, 4);
  if (nextIso.endsWith('-01')) return iso.slice(0, 7);
  return iso;
}

