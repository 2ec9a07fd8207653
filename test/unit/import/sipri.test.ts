import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/import/decode-text.ts';
import { importSipri, SIPRI_CREDIT } from '../../../src/data/import/sipri.ts';
import { loadGraph } from '../../../src/data/load.ts';
import { GraphSchema } from '../../../src/data/schema.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8');

function expectValid(graph: unknown) {
  const parsed = v.safeParse(GraphSchema, graph);
  expect(parsed.issues?.map((i) => i.message) ?? []).toEqual([]);
  const loaded = loadGraph(graph);
  expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  if (loaded.ok) expect(loaded.warnings).toEqual([]);
}

describe('importSipri: trade register', () => {
  const result = importSipri(fixture('trade-register.csv'));
  const byItem = (item: string) => result.graph.transfers.find((t) => t.item === item)!;

  it('finds the header after the preamble and reads the Data generated date', () => {
    expect(result.summary.layout).toBe('trade-register');
    expect(result.graph.meta.sipriDataGenerated).toBe('2026-11-29');
    expect(result.graph.sources).toEqual([
      expect.objectContaining({ id: 'sipri-atdb', publisher: 'SIPRI', published: '2026-11-29', kind: 'research-or-database', url: 'https://www.sipri.org/databases/armstransfers' }),
    ]);
    expect(result.graph.meta.credits).toContain(SIPRI_CREDIT);
  });

  it('reports the unmapped name with its line and skips only that row', () => {
    expect(result.problems).toEqual([
      { line: 17, severity: 'error', message: expect.stringContaining('unknown recipient "Atlantis"') },
    ]);
    expect(result.summary).toMatchObject({ rows: 9, transfers: 8, skipped: 1, unmapped: ['Atlantis'], years: [2019, 2025] });
  });

  it('turns "?" flags into estimated quantities and estimated-year notes', () => {
    const yak = byItem('Yak-130');
    expect(yak).toMatchObject({ supplier: 'RUS', recipient: 'IRN', category: 'fighter-aircraft' });
    expect(yak.quantity).toEqual({ value: 24, unit: 'aircraft', estimated: true });
    expect(yak.events[0]).toMatchObject({ kind: 'ordered', date: '2022', note: 'year estimated by SIPRI' });
    expect(yak.description).toContain('About 6 delivered in 2023–2024');
    expect(yak.description).toContain('SIPRI TIV');
  });

  it('makes one delivered event per delivery year', () => {
    const shahed = byItem('Shahed-136');
    expect(shahed.events.map((e) => `${e.kind} ${e.date}`)).toEqual([
      'ordered 2022', 'delivered 2022', 'delivered 2023', 'delivered 2024', 'delivered 2025',
    ]);
    expect(shahed.quantity).toMatchObject({ value: 6600, unit: 'drones', estimated: true });
    expect(shahed.events.every((e) => e.sources.length === 1 && e.sources[0] === 'sipri-atdb')).toBe(true);
    // A single delivery year carries the delivered number; "2022?" is an estimated year.
    const iris = byItem('IRIS-T SLM');
    expect(iris.events[1]).toEqual(expect.objectContaining({ kind: 'delivered', date: '2022', note: 'year estimated by SIPRI', quantity: { value: 2, unit: 'systems' } }));
  });

  it('maps quoted names, non-state actors and organisations, and keeps multi-line comments', () => {
    expect(byItem('Hwasong-11').supplier).toBe('PRK');
    expect(byItem('Toophan')).toMatchObject({ recipient: 'HEZBOLLAH', category: 'other' });
    expect(byItem('Patriot')).toMatchObject({ supplier: 'NATO', category: 'air-defence' });
    const su = byItem('Su-30MK2');
    expect(su.description).toContain('Ordered, then delayed; delivered after "modernization".');
    expect(su.description).toContain('Status: second hand but modernized.');
    const kinds = Object.fromEntries(result.graph.states.map((s) => [s.id, s.kind]));
    expect(kinds).toMatchObject({ HEZBOLLAH: 'non-state-actor', NATO: 'organisation', RUS: 'state' });
  });

  it('gives deterministic, unique ids', () => {
    const ids = result.graph.transfers.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('sipri-rus-irn-2022-yak-130-1');
    expect(importSipri(fixture('trade-register.csv')).graph).toEqual(result.graph);
  });

  it('produces a valid graph', () => {
    expectValid(result.graph);
  });
});

describe('importSipri: deliveries layout', () => {
  const result = importSipri(fixture('deliveries.csv'), { dataGenerated: '2026-03-09' });

  it('merges the per-year rows into one transfer per deal ID', () => {
    expect(result.summary).toMatchObject({ layout: 'deliveries', rows: 8, transfers: 4, skipped: 1, unmapped: ['Narnia'] });
    const shahed = result.graph.transfers.find((t) => t.item === 'Shahed-136')!;
    expect(shahed.events.map((e) => `${e.kind} ${e.date} ${e.quantity?.value ?? ''}`.trim())).toEqual([
      'ordered 2022', 'delivered 2022 600', 'delivered 2023 2000', 'delivered 2024 4000',
    ]);
    expect(shahed.events[3]!.note).toBe('year estimated by SIPRI');
    expect(shahed.quantity).toMatchObject({ value: 6600, estimated: true });
    expect(shahed.description).toContain('SIPRI deal ID 90001');
  });

  it('maps historical states and reports unmapped names with their line', () => {
    const t72 = result.graph.transfers.find((t) => t.item === 'T-72M')!;
    expect(t72).toMatchObject({ supplier: 'SUN', recipient: 'DDR', category: 'armoured-vehicles' });
    expect(result.graph.states.find((s) => s.id === 'SUN')?.kind).toBe('historical-state');
    expect(result.problems).toContainEqual({ line: 8, severity: 'error', message: expect.stringContaining('"Narnia"') });
  });

  it('uses the given data date and produces a valid graph', () => {
    expect(result.graph.meta.sipriDataGenerated).toBe('2026-03-09');
    expectValid(result.graph);
  });

  it('warns when there is no Data generated date and none is given', () => {
    const r = importSipri(fixture('deliveries.csv'));
    expect(r.graph.meta.sipriDataGenerated).toBeUndefined();
    expect(r.problems.some((p) => p.severity === 'warning' && p.message.includes('Data generated'))).toBe(true);
  });
});

describe('importSipri: encodings and odd input', () => {
  it('reads a Windows-1252 export with accented names', () => {
    const text = [
      'SIPRI Trade Register', '', '', '', '', '', '', '',
      'Source: SIPRI Arms Transfers Database (c) SIPRI.', 'Data generated: 2026-11-29', '',
      'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons',
      "Côte d'Ivoire,Türkiye,2021,,3,,Bayraktar TB2,UAV,3,,2022,New,Fixture row \u2014 format only,1,3,3",
    ].join('\r\n');
    const bytes = new Uint8Array([...text].map((ch) => (ch === '\u2014' ? 0x97 : ch.charCodeAt(0))));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = importSipri(decodeText(bytes));
    expect(result.problems).toEqual([]);
    expect(result.graph.transfers[0]).toMatchObject({ supplier: 'TUR', recipient: 'CIV', category: 'drones', quantity: { value: 3, unit: 'drones' } });
    expect(result.graph.transfers[0]!.description).toContain('Fixture row — format only');
    expect(result.graph.states.find((s) => s.id === 'CIV')?.name).toBe("Côte d'Ivoire");
    expectValid(result.graph);
  });

  it('reports a file without a SIPRI header and imports nothing', () => {
    const r = importSipri('just,some\ncsv,text\n');
    expect(r.summary.transfers).toBe(0);
    expect(r.problems[0]).toMatchObject({ line: 0, severity: 'error' });
    expectValid(r.graph);
  });

  it('skips a row with neither order year nor delivery year, with its line', () => {
    const text = 'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments\nIran,Russia,,,1,,Su-35,fighter aircraft,,,,New,\n';
    const r = importSipri(text);
    expect(r.summary).toMatchObject({ rows: 1, transfers: 0, skipped: 1 });
    expect(r.problems).toContainEqual({ line: 2, severity: 'error', message: expect.stringContaining('no year of order') });
  });
});

describe('importSipri: header variants, historical names and estimate flags', () => {
  const TRADE_HEADER =
    'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';
  const DELIVERIES_HEADER = fixture('deliveries.csv').split(/\r?\n/)[0]!;

  it('reads the delivered numbers under the newer "Deliveries in the Year Range" header', () => {
    const header = TRADE_HEADER.replace('Number delivered', 'Deliveries in the Year Range');
    expect(header).toContain(',Deliveries in the Year Range, ,');
    const r = importSipri(
      [
        header,
        'Russia,Iran,2022,,,,Shahed-136,one-way attack drone,6600,?,2022; 2023; 2024; 2025,New,,0.04,0,264',
        'Germany,Ukraine,2022,,4,,IRIS-T SLM,SAM system,2,,2022,New,,100,400,200',
      ].join('\n'),
      { dataGenerated: '2026-11-29' },
    );
    expect(r.problems).toEqual([]);
    const [shahed, iris] = r.graph.transfers;
    // No number ordered: the delivered number (with its "?" flag) is the transfer's quantity.
    expect(shahed!.quantity).toEqual({ value: 6600, unit: 'drones', estimated: true, note: 'number delivered (number ordered not given)' });
    expect(shahed!.description).toContain('About 6600 delivered in 2022–2025.');
    // One delivery year carries the delivered number.
    expect(iris!.events.find((e) => e.kind === 'delivered')!.quantity).toEqual({ value: 2, unit: 'systems' });
  });

  it('maps Czechoslovakia to the historical state CSK in both layouts', () => {
    const register = importSipri(`${TRADE_HEADER}\nEgypt,Czechoslovakia,1955,,100,,T-34-85,tank,100,,1956,Second hand,,1,100,100\n`, { dataGenerated: '2026-11-29' });
    expect(register.problems).toEqual([]);
    expect(register.graph.transfers[0]).toMatchObject({ supplier: 'CSK', recipient: 'EGY' });
    expect(register.graph.states.find((s) => s.id === 'CSK')).toEqual({ id: 'CSK', name: 'Czechoslovakia', kind: 'historical-state' });
    const deliveries = importSipri(`${DELIVERIES_HEADER}\n1,Czechoslovakia,Syria,L-39 Albatros,trainer aircraft,Aircraft,1978,No,20,No,1979,No,New,No,2,40,No\n`, { dataGenerated: '2026-11-29' });
    expect(deliveries.problems).toEqual([]);
    expect(deliveries.graph.transfers[0]).toMatchObject({ supplier: 'CSK', recipient: 'SYR' });
    expectValid(deliveries.graph);
  });

  it('turns the deliveries layout\'s "Order date is estimate" flag into an estimated order date', () => {
    const r = importSipri(fixture('deliveries.csv'), { dataGenerated: '2026-03-09' });
    const kn23 = r.graph.transfers.find((t) => t.item === 'KN-23')!; // "Order date is estimate" = Yes
    expect(kn23.events[0]).toEqual({ date: '2023', kind: 'ordered', by: 'SIPRI', sources: ['sipri-atdb'], note: 'year estimated by SIPRI' });
    const shahed = r.graph.transfers.find((t) => t.item === 'Shahed-136')!; // = No
    expect(shahed.events[0]).toEqual({ date: '2022', kind: 'ordered', by: 'SIPRI', sources: ['sipri-atdb'] });
    // The flag column alone decides: the same order year without it is not estimated.
    const flipped = importSipri(fixture('deliveries.csv').replace('90002,North Korea,Russia,KN-23,ballistic missile,Missiles,2023,Yes', '90002,North Korea,Russia,KN-23,ballistic missile,Missiles,2023,No'), { dataGenerated: '2026-03-09' });
    expect(flipped.graph.transfers.find((t) => t.item === 'KN-23')!.events[0]!.note).toBeUndefined();
  });

  it('reads a Windows-1252 export of the deliveries layout with accented names', () => {
    const text = [
      'SIPRI Arms Transfers Database: deliveries (format only, not SIPRI data)',
      '',
      'Source: SIPRI Arms Transfers Database (c) SIPRI.',
      'Data generated: 9 March 2026',
      '',
      DELIVERIES_HEADER,
      '91001,Türkiye,Côte d\u2019Ivoire,Bayraktar TB2,UAV,Aircraft,2021,No,2,No,2022,No,New,No,1,2,No',
      '91001,Türkiye,Côte d\u2019Ivoire,Bayraktar TB2,UAV,Aircraft,2021,No,1,No,2023,Yes,New,No,1,1,No',
    ].join('\r\n');
    // ü = FC, ô = F4, ’ = 92 in Windows-1252; everything else is ASCII.
    const bytes = new Uint8Array([...text].map((ch) => (ch === '\u2019' ? 0x92 : ch.charCodeAt(0))));
    expect(bytes).toContain(0xfc);
    expect(bytes).toContain(0x92);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeText(bytes);
    expect(decoded).toContain('91001,Türkiye,Côte d’Ivoire,');
    const r = importSipri(decoded);
    expect(r.problems).toEqual([]);
    expect(r.summary).toMatchObject({ layout: 'deliveries', rows: 2, transfers: 1, skipped: 0 });
    expect(r.graph.meta.sipriDataGenerated).toBe('2026-03-09');
    const tb2 = r.graph.transfers[0]!;
    expect(tb2).toMatchObject({ supplier: 'TUR', recipient: 'CIV', category: 'drones', quantity: { value: 3, unit: 'drones' } });
    expect(tb2.events.map((e) => `${e.kind} ${e.date} ${e.quantity?.value ?? ''}`.trim())).toEqual(['ordered 2021', 'delivered 2022 2', 'delivered 2023 1']);
    expect(r.graph.states.find((s) => s.id === 'CIV')?.name).toBe("Côte d'Ivoire");
    expectValid(r.graph);
  });

  it('reports every row of a deliveries-layout deal with an unmapped name, each at its own line', () => {
    const text = [
      DELIVERIES_HEADER, // line 1
      '92001,Russia,Narnia,S-400,SAM system,Air defence systems,2018,No,1,No,2019,No,New,No,300,300,No', // 2
      '92002,Iran,Russia,Shahed-136,one-way attack drone,Aircraft,2022,No,600,Yes,2022,No,New,Yes,0.04,24,No', // 3
      '92001,Russia,Narnia,S-400,SAM system,Air defence systems,2018,No,1,No,2020,No,New,No,300,300,No', // 4
      '',
      '92001,Russia,Narnia,S-400,SAM system,Air defence systems,2018,No,2,No,2021,No,New,No,300,600,No', // 6
      '92003,Atlantis,Narnia,Mi-17,transport helicopter,Aircraft,2019,No,2,No,2020,No,New,No,5,10,No', // 7
      '92003,Atlantis,Narnia,Mi-17,transport helicopter,Aircraft,2019,No,2,No,2021,No,New,No,5,10,No', // 8
      '92004,China,Narnia,HQ-9,SAM system,Air defence systems,2019,No,1,No,2020,No,New,No,5,5,No', // 9
      '92004,China,Pakistan,HQ-9,SAM system,Air defence systems,2019,No,1,No,2021,No,New,No,5,5,No', // 10
    ].join('\n');
    const r = importSipri(text, { dataGenerated: '2026-03-09' });
    const at = (line: number) => r.problems.filter((p) => p.line === line).map((p) => `${p.severity}: ${p.message}`);
    for (const line of [2, 4, 6]) {
      expect(at(line), `line ${line}`).toEqual(['error: unknown recipient "Narnia" (add it to src/data/import/sipri-names.ts); row skipped']);
    }
    for (const line of [7, 8]) {
      expect(at(line), `line ${line}`).toEqual([
        'error: unknown supplier "Atlantis" (add it to src/data/import/sipri-names.ts); row skipped',
        'error: unknown recipient "Narnia" (add it to src/data/import/sipri-names.ts); row skipped',
      ]);
    }
    expect(at(9)).toEqual(['error: unknown recipient "Narnia" (add it to src/data/import/sipri-names.ts); row skipped']);
    // A later row naming a known recipient is still part of the skipped deal, and says so.
    expect(at(10)).toEqual(['error: deal 92004 has an unusable recipient on line 9; row skipped']);
    expect(at(3)).toEqual([]);
    expect(r.problems).toHaveLength(3 + 4 + 2);
    expect(r.summary).toMatchObject({ rows: 8, transfers: 1, skipped: 7, unmapped: ['Narnia', 'Atlantis'] });
    // Only the imported deal's parties become states.
    expect(r.graph.states.map((s) => s.id)).toEqual(['IRN', 'RUS']);
  });
});
