import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/data/load.ts';
import { endDay, startDay } from '../../../src/data/partial-date.ts';
import { CSV_COLUMNS, csvField, exportCsv, guardFormula } from '../../../src/export/data/index.ts';
import { buildView } from '../../../src/model/index.ts';
import { graph } from '../model/fixture.ts';
import { csvRecords, parseCsv, query } from './helpers.ts';
import { AMP_NAME, FORMULA_ITEMS, FORMULA_NAME, nasty, SCRIPT_NAME } from './nasty-fixture.ts';

describe('csvField', () => {
  it('quotes fields with quotes, commas and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(csvField(1.5)).toBe('1.5');
  });

  it('prefixes cells that spreadsheets would run as formulas with an apostrophe', () => {
    for (const text of ['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\rx']) expect(guardFormula(text)).toBe(`'${text}`);
    for (const text of ['1-2', 'a=b', "'quoted", ' =x', '']) expect(guardFormula(text)).toBe(text);
    // Guarded first, then quoted: the apostrophe sits inside the quotes.
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('\rCR')).toBe('"\'\rCR"');
  });
});

describe('exportCsv', () => {
  const q = query('2023-09', '2024-01');
  const view = buildView(graph, q);

  it('writes a header and one row per transfer in the view, CRLF-terminated', () => {
    const out = exportCsv(graph, view, q);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.startsWith('\uFEFF')).toBe(false);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no field in the fixture needs a line break
    const [header, ...rows] = parseCsv(out);
    expect(header).toEqual([...CSV_COLUMNS]);
    const inView = view.edges.flatMap((e) => e.transfers.map((t) => t.id));
    expect(rows.map((r) => r[0])).toEqual(inView);
    expect(inView).toHaveLength(5);
  });

  it('describes each transfer as of the range end: status, quantity, events and sources on record by then', () => {
    const rows = Object.fromEntries(csvRecords(exportCsv(graph, view, q)).map((r) => [r.id, r]));
    expect(rows['irn-rus-bm']).toMatchObject({
      supplier: 'IRN',
      supplier_name: 'Iran',
      recipient_name: 'Russia',
      category: 'ballistic-missiles',
      item: 'Fath-360',
      status_as_of: 'negotiating',
      contested: 'false',
      as_of: '2024-01-31',
      first_event: '2024-01-04',
      last_event: '2024-01-04',
      // The delivery figure is only reported in September 2024.
      quantity: '',
      sources: 'Example — Source s1 (2024) <https://example.org/s1>',
      source_urls: 'https://example.org/s1',
    });
    expect(rows['prk-rus-bm']).toMatchObject({
      quantity: '120',
      quantity_unit: 'missiles',
      quantity_qualifier: 'exactly',
      estimated: 'true',
      status_as_of: 'used',
    });
    expect(rows['rus-prk-fighters']!.in_return_for).toBe('prk-rus-bm');
    expect(rows['rus-prk-2023']).toMatchObject({ status_as_of: 'alleged', first_event: '2023', last_event: '2023' });
  });

  it('uses later events for a later as-of day, and the date basis for event dates', () => {
    const late = Object.fromEntries(csvRecords(exportCsv(graph, view, q, { asOf: endDay('2024-10') })).map((r) => [r.id, r]));
    expect(late['irn-rus-bm']).toMatchObject({
      status_as_of: 'delivered',
      contested: 'true',
      as_of: '2024-10-31',
      quantity: '200',
      quantity_qualifier: 'more-than',
      last_event: '2024-09-12',
      source_urls: 'https://example.org/s1 | https://example.org/s2 | https://example.org/s3',
    });
    const hq = { ...query('2023', '2024'), basis: 'happened' as const };
    const happened = csvRecords(exportCsv(graph, buildView(graph, hq), hq)).find((r) => r.id === 'irn-rus-bm')!;
    expect(happened.first_event).toBe('2023'); // the order's own date, not its reporting date
  });

  it('writes the header only for an empty view', () => {
    const empty = query('2010', '2010');
    expect(exportCsv(graph, buildView(graph, empty), empty)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('can start with a byte order mark for Excel', () => {
    expect(exportCsv(graph, view, q, { bom: true }).startsWith('\uFEFFid,')).toBe(true);
  });

  it('survives hostile text: quotes, commas, line breaks and formula-leading cells', () => {
    const nq = query('2024', '2024');
    const nview = buildView(nasty, nq);
    const out = exportCsv(nasty, nview, nq);
    const records = csvRecords(out);
    expect(records).toHaveLength(FORMULA_ITEMS.length + 1);
    const byId = Object.fromEntries(records.map((r) => [r.id, r]));
    FORMULA_ITEMS.forEach((item, i) => expect(byId[`f${i}`]!.item).toBe(`'${item}`));
    expect(byId.f0!.supplier_name).toBe(SCRIPT_NAME);
    expect(byId.f0!.recipient_name).toBe(AMP_NAME); // newline, quotes and comma round-trip
    expect(byId.g1).toMatchObject({
      supplier_name: `'${FORMULA_NAME}`,
      item: 'shells, "152 mm"\nand more',
      quantity_unit: 'units, "boxed"',
      sources: 'A, B & C — He said "yes",\nthen <b>no</b> (2024-02) <https://example.org/a?x=1&y=2>',
      source_urls: 'https://example.org/a?x=1&y=2',
    });
    for (const r of records) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('gives the same rows for a graph loaded through the normal loader', () => {
    const loaded = loadGraph(JSON.parse(JSON.stringify(graph)));
    if (!loaded.ok) throw new Error('fixture does not load');
    const q2 = { range: { from: startDay('2023'), to: endDay('2024') }, mode: 'cumulative' as const, basis: 'reported' as const };
    const a = csvRecords(exportCsv(graph, buildView(graph, q2), q2));
    const b = csvRecords(exportCsv(loaded.graph, buildView(loaded.graph, q2), q2));
    expect(b).toEqual(a);
  });
});
