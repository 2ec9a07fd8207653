// Dates as people and exports write them → partial ISO dates. Covers SIPRI's
// "Data generated: 29 November 2026" and what spreadsheets produce.
import { isPartialDate } from '../partial-date.ts';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

function checked(text: string): string | undefined {
  return isPartialDate(text) ? text : undefined;
}

/**
 * "2026-11-29", "2026-11", "2026", "29 November 2026", "November 29, 2026",
 * "Nov 2026", "29/11/2026" (day first), "2026/11/29", with an optional trailing time.
 * Returns an ISO partial date, or undefined when the text is not a recognisable real date.
 */
export function parseLooseDate(input: string): string | undefined {
  const text = input.trim().replace(/[T\s]+\d{1,2}:\d{2}(:\d{2})?.*$/, '').replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (text === '') return undefined;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return checked(text);
  let m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return checked(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return checked(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z.]+) (\d{4})$/.exec(text);
  if (m) {
    const mo = monthNumber(m[2]!);
    return mo ? checked(`${m[3]}-${pad(mo)}-${pad(Number(m[1]))}`) : undefined;
  }
  m = /^([A-Za-z.]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(text);
  if (m) {
    const mo = monthNumber(m[1]!);
    return mo ? checked(`${m[3]}-${pad(mo)}-${pad(Number(m[2]))}`) : undefined;
  }
  m = /^([A-Za-z.]+) (\d{4})$/.exec(text);
  if (m) {
    const mo = monthNumber(m[1]!);
    return mo ? checked(`${m[2]}-${pad(mo)}`) : undefined;
  }
  return undefined;
}
