import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat, importFile, MAX_FILE_BYTES } from '../../../src/app/file-import.ts';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const text = (path: string) => readFileSync(root(path), 'utf8');
const bytes = (path: string) => new Uint8Array(readFileSync(root(path)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = '\uFEFF';

const TEMPLATE = text('data/templates/transfers-template.csv');
const TEMPLATE_HEADER = TEMPLATE.split(/\r?\n/)[0]!;
const TRADE_REGISTER = text('test/unit/import/fixtures/trade-register.csv');
const DELIVERIES = text('test/unit/import/fixtures/deliveries.csv');
const TRADE_HEADER =
  'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';
const TRADE_ROW = 'Iran,Russia,2022,?,24,?,Yak-130,trainer/combat aircraft,6,?,2023; 2024,New,,10.5,252,63';
const DELIVERIES_HEADER = DELIVERIES.split(/\r?\n/)[0]!;
const DELIVERIES_ROW = DELIVERIES.split(/\r?\n/)[1]!;
const PREAMBLE = [
  'SIPRI Trade Register',
  'Transfers of major weapons: Deals with deliveries or orders made for 2020 to 2025',
  '',
  'Note: The "unknown" designation is used where SIPRI could not identify the weapon.',
  '',
  'Source: SIPRI Arms Transfers Database (c) SIPRI.',
  'Data generated: 29 November 2026',
  '',
].join('\r\n');

/** A newsroom spreadsheet whose row cites SIPRI (publisher, title, URL and notes). */
const SPREADSHEET_CITING_SIPRI = [
  TEMPLATE_HEADER,
  'sipri-yak,Russia,Iran,fighter aircraft,Yak-130,6,aircraft,,yes,2023,,delivered,SIPRI,SIPRI,SIPRI Arms Transfers Database: Trade Register,https://www.sipri.org/databases/armstransfers,2024-03-11,research-or-database,,B,"SIPRI lists it as Recipient,Supplier,Year of order 2022;',
  'SIPRI AT Database ID 12345 in the deliveries export"',
].join('\n');

describe('detectFormat', () => {
  it('takes .json files by name and JSON by its first character', () => {
    expect(detectFormat('graph.json', 'not even json')).toBe('json');
    expect(detectFormat('GRAPH.JSON', '')).toBe('json');
    expect(detectFormat('download', '\n  {"version": "1.0"}')).toBe('json');
    expect(detectFormat('download.txt', '[]')).toBe('json');
    expect(detectFormat('download', `${BOM}{"version": "1.0"}`)).toBe('json');
  });

  it('recognises the SIPRI trade register with its preamble, without it, and after a BOM', () => {
    expect(detectFormat('export.csv', TRADE_REGISTER)).toBe('sipri');
    expect(detectFormat('export.csv', `${TRADE_HEADER}\r\n${TRADE_ROW}\r\n`)).toBe('sipri');
    expect(detectFormat('export.csv', `${BOM}${TRADE_HEADER}\r\n${TRADE_ROW}\r\n`)).toBe('sipri');
    expect(detectFormat('export.csv', `${BOM}${PREAMBLE}\r\n${TRADE_HEADER}\r\n${TRADE_ROW}\r\n`)).toBe('sipri');
  });

  it('recognises the newer "Deliveries in the Year Range" trade-register header', () => {
    const header = TRADE_HEADER.replace('Number delivered', 'Deliveries in the Year Range');
    expect(detectFormat('export.csv', `${header}\n${TRADE_ROW}\n`)).toBe('sipri');
  });

  it('recognises the SIPRI deliveries layout with and without a preamble, and after a BOM', () => {
    expect(detectFormat('export.csv', DELIVERIES)).toBe('sipri');
    expect(detectFormat('export.csv', `${BOM}${DELIVERIES}`)).toBe('sipri');
    expect(detectFormat('export.csv', `${PREAMBLE}\n${DELIVERIES_HEADER}\n${DELIVERIES_ROW}\n`)).toBe('sipri');
    expect(detectFormat('export.csv', `${BOM}${PREAMBLE}\n${DELIVERIES_HEADER}\n${DELIVERIES_ROW}\n`)).toBe('sipri');
  });

  it('sends a SIPRI preamble without a header row to the SIPRI importer (it names the missing header)', () => {
    expect(detectFormat('export.csv', `${PREAMBLE}\nsomething,else\n`)).toBe('sipri');
  });

  it('takes the spreadsheet template as a spreadsheet, with or without a BOM', () => {
    expect(detectFormat('log.csv', TEMPLATE)).toBe('spreadsheet');
    expect(detectFormat('log.csv', `${BOM}${TEMPLATE}`)).toBe('spreadsheet');
  });

  it('takes a spreadsheet whose rows mention SIPRI (even SIPRI header words) as a spreadsheet', () => {
    expect(detectFormat('sipri-notes.csv', SPREADSHEET_CITING_SIPRI)).toBe('spreadsheet');
    expect(detectFormat('log.csv', `${BOM}${SPREADSHEET_CITING_SIPRI}`)).toBe('spreadsheet');
  });

  it('takes a spreadsheet with only some template columns as a spreadsheet (its importer names the missing ones)', () => {
    expect(detectFormat('log.csv', 'supplier,recipient,item\nIran,Russia,Shahed-136 (SIPRI)\n')).toBe('spreadsheet');
  });
});

describe('importFile', () => {
  it('refuses a file over the size limit before reading it, saying so in megabytes', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const result = importFile('huge.csv', big);
    expect(result).toEqual({ format: undefined, graph: undefined, problems: [expect.any(String)], summary: '' });
    expect(result.problems[0]).toMatch(/^huge\.csv is 64(\.0)? MB; files up to 64 MB can be opened\.$/);
    // Exactly at the limit is not refused for its size.
    const atLimit = importFile('empty.json', new Uint8Array(0));
    expect(atLimit.problems.join('\n')).not.toMatch(/MB/);
  });

  it('opens a clean spreadsheet built from the template', () => {
    const result = importFile('template.csv', utf8(`${BOM}${TEMPLATE}`));
    expect(result.format).toBe('spreadsheet');
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe('template.csv: 1 transfer among 2 states');
    expect(result.graph?.transfers.map((t) => [t.id, t.supplier, t.recipient, t.events.length])).toEqual([['example-irn-rus-drones', 'IRN', 'RUS', 2]]);
  });

  it('opens a spreadsheet that cites SIPRI in a row as a spreadsheet', () => {
    const result = importFile('sipri-notes.csv', utf8(SPREADSHEET_CITING_SIPRI));
    expect(result.format).toBe('spreadsheet');
    expect(result.problems).toEqual([]);
    expect(result.graph?.transfers).toHaveLength(1);
    expect(result.graph?.transfers[0]).toMatchObject({ id: 'sipri-yak', supplier: 'RUS', recipient: 'IRN', item: 'Yak-130' });
    expect(result.graph?.sources[0]).toMatchObject({ publisher: 'SIPRI', kind: 'research-or-database' });
  });

  it('reports a broken spreadsheet by line and gives no graph', () => {
    const broken = [
      TEMPLATE_HEADER,
      'x1,Narnia,RUS,drones,Shahed,,,,,2023,,delivered,US,Example,Title,https://example.org/a,2023,media-report,,,',
      'x2,IRN,RUS,drones,Shahed,,,,,2023-13,,delivered,US,Example,Title,https://example.org/b,2023,media-report,,,',
      'x3,IRN,RUS,drones,Shahed,,,,,2023,,delivered,US,Example,Title,javascript:alert(1),2023,media-report,,,',
    ].join('\r\n');
    const result = importFile('broken.csv', utf8(broken));
    expect(result.format).toBe('spreadsheet');
    expect(result.graph).toBeUndefined();
    expect(result.summary).toBe('');
    expect(result.problems).toEqual([
      expect.stringMatching(/^line 2: unknown supplier "Narnia"/),
      expect.stringMatching(/^line 3: event_date "2023-13" is not a date/),
      expect.stringMatching(/^line 4: source_url "javascript:alert\(1\)" is not an http\(s\) URL/),
      'broken.csv: no transfers could be imported.',
    ]);
  });

  it('reports a CSV without the template header at line 1 and gives no graph', () => {
    const result = importFile('other.csv', utf8('name,value\nfoo,1\n'));
    expect(result.format).toBe('spreadsheet');
    expect(result.graph).toBeUndefined();
    expect(result.problems[0]).toMatch(/^line 1: missing column\(s\) "supplier", "recipient"/);
  });

  it('opens the SIPRI trade-register fixture, listing the skipped row by line', () => {
    const result = importFile('trade-register.csv', bytes('test/unit/import/fixtures/trade-register.csv'));
    expect(result.format).toBe('sipri');
    expect(result.graph?.transfers).toHaveLength(8);
    expect(result.graph?.meta.sipriDataGenerated).toBe('2026-11-29');
    expect(result.problems).toEqual([expect.stringMatching(/^line 17: unknown recipient "Atlantis"/)]);
    expect(result.summary).toMatch(/^trade-register\.csv: 8 transfers among \d+ states; 1 row skipped \(listed below\)$/);
  });

  it('opens the SIPRI deliveries fixture from Windows-1252 bytes with a preamble', () => {
    const source = `${PREAMBLE}\r\n${DELIVERIES.replace('East Germany (GDR)', "Côte d'Ivoire")}`;
    const cp1252 = new Uint8Array([...source].map((ch) => ch.charCodeAt(0)));
    const result = importFile('deliveries.csv', cp1252);
    expect(result.format).toBe('sipri');
    expect(result.graph?.meta.sipriDataGenerated).toBe('2026-11-29');
    expect(result.graph?.transfers.find((t) => t.item === 'T-72M')?.recipient).toBe('CIV');
    expect(result.graph?.states.find((s) => s.id === 'CIV')?.name).toBe("Côte d'Ivoire");
  });

  it('opens our JSON, and reports a broken one by path with no graph', () => {
    const ok = importFile('transfers.json', bytes('data/transfers.json'));
    expect(ok.format).toBe('json');
    expect(ok.graph?.transfers.length).toBeGreaterThan(0);
    expect(ok.summary).toMatch(/^transfers\.json: \d+ transfers among \d+ states$/);

    const graph = JSON.parse(text('data/transfers.json'));
    graph.transfers[1].supplier = 'NOWHERE';
    const bad = importFile('bad.json', utf8(JSON.stringify(graph)));
    expect(bad.format).toBe('json');
    expect(bad.graph).toBeUndefined();
    expect(bad.problems.some((p) => p.startsWith('transfers[1].supplier: '))).toBe(true);
  });
});
