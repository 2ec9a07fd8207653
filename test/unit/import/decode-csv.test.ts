import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, detectEncoding } from '../../../src/data/import/decode-text.ts';
import { isBlankRow, parseCsv } from '../../../src/data/import/csv.ts';

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Türkiye,Côte d’Ivoire')]);
    expect(decodeText(bytes)).toBe('Türkiye,Côte d’Ivoire');
    expect(detectEncoding(bytes)).toBe('utf-8');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, including 0x80–0x9F', () => {
    // "Côte d’Ivoire — €5" in Windows-1252: ô=F4, ’=92, —=97, €=80
    const bytes = new Uint8Array([0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6f, 0x69, 0x72, 0x65, 0x20, 0x97, 0x20, 0x80, 0x35]);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes)).toBe('Côte d’Ivoire — €5');
  });

  // Node's own TextDecoder('windows-1252') may decode as Latin-1 (small ICU), which is
  // why the importer carries its own table; check the table against known code points.
  it('maps the 0x80–0x9F block by the Windows-1252 table and the rest as Latin-1', () => {
    const all = decodeWindows1252(new Uint8Array(256).map((_, i) => i));
    expect(all.length).toBe(256);
    const expected: Record<number, string> = { 0x80: '€', 0x8a: 'Š', 0x91: '‘', 0x92: '’', 0x93: '“', 0x96: '–', 0x97: '—', 0x99: '™', 0x9f: 'Ÿ' };
    for (const [byte, ch] of Object.entries(expected)) expect(all[Number(byte)]).toBe(ch);
    for (let i = 0; i < 0x80; i++) expect(all.charCodeAt(i)).toBe(i);
    for (let i = 0xa0; i < 0x100; i++) expect(all.charCodeAt(i)).toBe(i);
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, CRLF and newlines inside quotes, keeping line numbers', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""",z\r\n"multi\r\nline",2,3\r\n\r\nlast,,\r\n';
    const rows = parseCsv(text);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 5, 6]);
    expect(rows[1]!.cells).toEqual(['x, y', 'say "hi"', 'z']);
    expect(rows[2]!.cells).toEqual(['multi\r\nline', '2', '3']);
    expect(isBlankRow(rows[3]!)).toBe(true);
    expect(rows[4]!.cells).toEqual(['last', '', '']);
  });

  it('opens a quoted field after a delimiter, and reads LF and CR line ends', () => {
    expect(parseCsv('1,"a\nb"\n2,"c"').map((r) => [r.line, ...r.cells])).toEqual([
      [1, '1', 'a\nb'],
      [3, '2', 'c'],
    ]);
    expect(parseCsv('x\ry').map((r) => r.line)).toEqual([1, 2]);
  });

  it('ignores a BOM and does not invent a row after the final newline', () => {
    expect(parseCsv('\uFEFFh1,h2\n1,2\n')).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });
});
