import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { importSpreadsheetCsv, SPREADSHEET_COLUMNS } from '../../../src/data/import/spreadsheet.ts';
import { parseCsv } from '../../../src/data/import/csv.ts';
import { loadGraph } from '../../../src/data/load.ts';
import { GraphSchema } from '../../../src/data/schema.ts';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');

describe('importSpreadsheetCsv', () => {
  const result = importSpreadsheetCsv(read('fixtures/newsroom.csv'));
  const t = (id: string) => result.graph.transfers.find((x) => x.id === id)!;

  it('adds rows with the same id as events of one transfer, names and ISO3 alike', () => {
    const drones = t('t-drones');
    expect(drones).toMatchObject({ supplier: 'IRN', recipient: 'KOR', category: 'drones', confidence: 'B', inReturnFor: ['t-jets'] });
    expect(drones.events).toHaveLength(2);
    expect(drones.events[0]).toMatchObject({ kind: 'reported', date: '2022-07', reported: '2022-07-11', note: 'fixture only' });
    expect(drones.events[1]!.quantity).toEqual({ value: 400, unit: 'drones', qualifier: 'more-than', estimated: true });
    expect(t('t-jets')).toMatchObject({ category: 'fighter-aircraft', confidence: 'A', quantity: { value: 24, unit: 'aircraft' } });
  });

  it('reads sources once per URL and title, with loose dates and labels', () => {
    const a = result.graph.sources.find((s) => s.url === 'https://example.org/a')!;
    expect(a).toMatchObject({ published: '2022-07-11', kind: 'media-report', title: 'Officials say "drones" sent' });
    expect(result.graph.sources.find((s) => s.url === 'https://example.org/b')!.kind).toBe('research-or-database');
  });

  it('reports problems with line numbers and skips bad rows', () => {
    const at = (line: number) => result.problems.filter((p) => p.line === line).map((p) => p.message);
    expect(at(5)).toEqual([expect.stringContaining('unknown recipient "Atlantis"')]);
    expect(at(6)).toEqual([expect.stringContaining('event_date "not a date"')]);
    expect(at(7)).toEqual([expect.stringContaining('not an http(s) URL')]);
    expect(at(8)).toEqual([expect.stringContaining('quantity_unit is empty')]);
    expect(result.summary).toMatchObject({ layout: 'spreadsheet', rows: 7, transfers: 3, skipped: 3, unmapped: ['Atlantis'] });
    const sam = result.graph.transfers.find((x) => x.item === 'Test SAM')!;
    expect(sam).toMatchObject({ category: 'air-defence', id: 'csv-rus-irn-2024-test-sam-1' });
  });

  it('produces a valid graph', () => {
    expect(v.safeParse(GraphSchema, result.graph).issues ?? []).toEqual([]);
    const loaded = loadGraph(result.graph);
    expect(loaded.ok ? loaded.warnings : loaded.problems).toEqual([]);
  });

  it('imports the shipped template, whose header lists exactly the documented columns', () => {
    const text = read('../../../data/templates/transfers-template.csv');
    expect(parseCsv(text)[0]!.cells).toEqual([...SPREADSHEET_COLUMNS]);
    const r = importSpreadsheetCsv(text);
    expect(r.problems).toEqual([]);
    expect(r.summary.transfers).toBe(1);
    expect(loadGraph(r.graph).ok).toBe(true);
  });

  it('drops a reported date that comes before the event, with a warning', () => {
    const header = SPREADSHEET_COLUMNS.join(',');
    const r = importSpreadsheetCsv(`${header}\nx,Russia,Iran,drones,Thing,,,,,2023-05,2023-01,reported,Someone,Paper,Story,https://example.org/x,2023-06,media-report,,,\n`);
    expect(r.problems).toEqual([{ line: 2, severity: 'warning', message: expect.stringContaining('before event_date') }]);
    expect(r.graph.transfers[0]!.events[0]!.reported).toBeUndefined();
    expect(loadGraph(r.graph).ok).toBe(true);
  });

  it('names missing columns', () => {
    const r = importSpreadsheetCsv('supplier,recipient\nRussia,Iran\n');
    expect(r.summary.transfers).toBe(0);
    expect(r.problems[0]).toMatchObject({ line: 1, severity: 'error', message: expect.stringContaining('"item"') });
  });
});
