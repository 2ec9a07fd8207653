// Cell-level parsing shared by both SIPRI layouts: numbers and years with SIPRI's
// uncertainty marks ("?" flags, "?" suffixes, parentheses), and the "yes" flags.

export interface Flagged<T> {
  readonly value: T;
  readonly estimated: boolean;
}

/** A "?" flag column or an "is estimate" column: "?", "yes", "true", "1", "x". */
export function isFlag(cell: string | undefined): boolean {
  return /^(\?|y|yes|true|1|x|estimate|estimated)$/i.test((cell ?? '').trim());
}

/** Strips SIPRI's uncertainty marks; says whether there were any. */
function unmark(cell: string): { text: string; marked: boolean } {
  let text = cell.trim();
  let marked = false;
  if (/^\(.*\)$/.test(text)) {
    text = text.slice(1, -1).trim();
    marked = true;
  }
  if (text.endsWith('?')) {
    text = text.slice(0, -1).trim();
    marked = true;
  }
  return { text, marked };
}

/** "24", "6,600", "(24)", "24?" → number; blank → undefined; junk → null. */
export function parseCount(cell: string | undefined): Flagged<number> | undefined | null {
  if (cell === undefined || cell.trim() === '') return undefined;
  const { text, marked } = unmark(cell);
  const digits = text.replace(/[,\s\u00a0']/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  return { value: Number(digits), estimated: marked };
}

/** "2022", "2022?", "(2022)" → year; blank → undefined; junk → null. */
export function parseYear(cell: string | undefined): Flagged<number> | undefined | null {
  if (cell === undefined || cell.trim() === '') return undefined;
  const { text, marked } = unmark(cell);
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  if (year < 1900 || year > 2100) return null;
  return { value: year, estimated: marked };
}

/** "2023; 2024; 2025" (also "," separators and "2019-2021" ranges) → sorted unique years. */
export function parseYearList(cell: string | undefined): { years: Flagged<number>[]; bad: string[] } {
  const years = new Map<number, boolean>();
  const bad: string[] = [];
  for (const raw of (cell ?? '').split(/[;,]/)) {
    const token = raw.trim();
    if (token === '') continue;
    const range = /^(\d{4})\s*[-–]\s*(\d{4})(\?)?$/.exec(token);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (a <= b && b - a <= 100 && a >= 1900 && b <= 2100) {
        for (let y = a; y <= b; y++) years.set(y, (years.get(y) ?? false) || range[3] === '?');
        continue;
      }
    }
    const y = parseYear(token);
    if (y) years.set(y.value, (years.get(y.value) ?? false) || y.estimated);
    else bad.push(token);
  }
  return {
    years: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([value, estimated]) => ({ value, estimated })),
    bad,
  };
}

/** SIPRI TIV cells: plain decimals; blank or junk → undefined. */
export function parseTiv(cell: string | undefined): number | undefined {
  const t = (cell ?? '').trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}
