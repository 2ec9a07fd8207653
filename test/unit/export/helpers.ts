import { expect } from 'vitest';
import { endDay, startDay } from '../../../src/data/partial-date.ts';
import type { ExportQuery } from '../../../src/export/data/query.ts';
import type { DateBasis, RangeMode } from '../../../src/model/types.ts';

export const range = (from: string, to: string) => ({ from: startDay(from), to: endDay(to) });

export function query(from: string, to: string, mode: RangeMode = 'window', basis: DateBasis = 'reported'): ExportQuery {
  return { range: range(from, to), mode, basis };
}

/**
 * A strict RFC 4180 reader, independent of the writer: fails on a bare quote inside
 * an unquoted field, on text after a closing quote and on a lone CR or LF line break.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) rows.push(row);
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => {
    expect(r.length).toBe(header!.length);
    return Object.fromEntries(header!.map((h, k) => [h, r[k]!]));
  });
}
