// The bundled dataset (data/transfers.json): valid against the schema and the
// loader, internally consistent, and carrying every claim of the seed article.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GraphSchema } from '../../../src/data/schema.ts';
import { loadGraph } from '../../../src/data/load.ts';
import { endDay, isPartialDate, startDay } from '../../../src/data/partial-date.ts';
import { statusFromEvents } from '../../../src/model/status.ts';

const SEED = 'guardian-2024-01-06';
const path = fileURLToPath(new URL('../../../data/transfers.json', import.meta.url));
const json = JSON.parse(readFileSync(path, 'utf8')) as any;
const transfers = json.transfers as any[];
const byId = new Map(transfers.map((t) => [t.id, t]));
const sourceById = new Map((json.sources as any[]).map((s) => [s.id, s]));
const transfer = (id: string) => {
  const t = byId.get(id);
  if (!t) throw new Error(`transfer ${id} is missing`);
  return t;
};
const known = (e: any) => e.reported ?? e.date;
/** Events public by the day (default basis: when reported), as the model counts them. */
const onRecordBy = (t: any, iso: string) => t.events.filter((e: any) => startDay(known(e)) <= startDay(iso));
const citesSeed = (e: any) => e.sources.includes(SEED);

describe('data/transfers.json', () => {
  it('matches the schema', () => {
    const result = v.safeParse(GraphSchema, json);
    expect(result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
    expect(json.$schema).toBe('./schema.json');
  });

  it('loads without problems or warnings', () => {
    const result = loadGraph(json);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) {
      expect(result.warnings).toEqual([]);
      expect(result.graph.transfers).toHaveLength(transfers.length);
    }
  });

  it('is big enough: at least 40 transfers among at least 10 states', () => {
    expect(transfers.length).toBeGreaterThanOrEqual(40);
    const involved = new Set(transfers.flatMap((t) => [t.supplier, t.recipient]));
    expect(involved.size).toBeGreaterThanOrEqual(10);
    const stateIds = new Set(json.states.map((s: any) => s.id));
    for (const id of ['RUS', 'PRK', 'IRN', 'UKR', 'USA', 'BLR', 'CHN', 'POL', 'DEU', 'GBR', 'CZE', 'NLD', 'DNK', 'NOR']) {
      expect(stateIds.has(id), id).toBe(true);
    }
    for (const id of involved) expect(stateIds.has(id), id).toBe(true);
  });

  it('has unique ids and resolvable references', () => {
    for (const list of [json.states, json.sources, transfers, json.milestones]) {
      const ids = list.map((x: any) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const t of transfers) {
      for (const r of t.inReturnFor ?? []) expect(byId.has(r), `${t.id} → ${r}`).toBe(true);
      expect(t.events.length, t.id).toBeGreaterThan(0);
      for (const e of t.events) {
        expect(e.sources.length, t.id).toBeGreaterThan(0);
        for (const s of e.sources) expect(sourceById.has(s), `${t.id} cites ${s}`).toBe(true);
      }
    }
    for (const m of json.milestones) for (const s of m.sources) expect(sourceById.has(s), m.id).toBe(true);
  });

  it('has sources with http(s) URLs and real dates, each cited', () => {
    const cited = new Set([...transfers.flatMap((t) => t.events.flatMap((e: any) => e.sources)), ...json.milestones.flatMap((m: any) => m.sources)]);
    for (const s of json.sources) {
      expect(s.url, s.id).toMatch(/^https?:\/\/\S+$/);
      expect(isPartialDate(s.published), `${s.id} ${s.published}`).toBe(true);
      expect(cited.has(s.id), `${s.id} is never cited`).toBe(true);
    }
  });

  it('never reports before it happened, nor cites a source older than the claim', () => {
    for (const t of transfers) {
      for (const e of t.events) {
        expect(isPartialDate(e.date), `${t.id} ${e.date}`).toBe(true);
        if (e.reported) expect(startDay(e.reported), `${t.id} ${e.date}/${e.reported}`).toBeGreaterThanOrEqual(startDay(e.date));
        for (const s of e.sources) {
          expect(endDay(sourceById.get(s).published), `${t.id} cites ${s}`).toBeGreaterThanOrEqual(startDay(known(e)));
        }
      }
    }
  });

  it('credits SIPRI when it cites SIPRI figures', () => {
    expect(sourceById.get('sipri-atdb')?.url).toBe('https://www.sipri.org/databases/armstransfers');
    expect(json.meta.credits).toContain('Information from the SIPRI Arms Transfers Database');
    expect(json.meta.license).toBe('CC BY 4.0');
  });
});

describe('claims of the seed article (The Guardian, 6 January 2024)', () => {
  it('cites the article correctly', () => {
    const s = sourceById.get(SEED);
    expect(s).toMatchObject({
      publisher: 'The Guardian (US edition)',
      published: '2024-01-06',
      kind: 'media-report',
      url: 'https://www.pressreader.com/usa/the-guardian-usa/20240106/281848648436361',
    });
  });

  it('North Korean Hwasong-11 missiles: first used 30 Dec 2023, more on 2 Jan 2024, range about 900 km', () => {
    const t = transfer('prk-rus-hwasong-11');
    expect([t.supplier, t.recipient, t.category]).toEqual(['PRK', 'RUS', 'ballistic-missiles']);
    expect(t.description).toMatch(/900 km/);
    const used = t.events.filter((e: any) => e.kind === 'used' && citesSeed(e));
    expect(used.map((e: any) => [e.date, e.reported])).toEqual([['2023-12-30', '2024-01-04'], ['2024-01-02', '2024-01-04']]);
    for (const e of used) expect(e.note).toMatch(/900 km/);
    expect(used[0].note).toMatch(/open field/);
  });

  it('Kharkiv governor on foreign-made missiles', () => {
    const e = transfer('prk-rus-hwasong-11').events.find((x: any) => /Syniehubov/.test(x.by));
    expect(e).toMatchObject({ kind: 'reported' });
    expect(citesSeed(e)).toBe(true);
    expect(e.note).toMatch(/not yet confirmed/);
  });

  it('more than 1m North Korean shells (South Korean intelligence, November 2023)', () => {
    const e = transfer('prk-rus-artillery-shells').events.find((x: any) => citesSeed(x));
    expect(e).toMatchObject({ date: '2023-11', quantity: { value: 1_000_000, unit: 'shells', qualifier: 'more-than' } });
    expect(e.by).toMatch(/South Korean intelligence/);
  });

  it('Iranian Shahed-136 factory in Tatarstan (leaked documents)', () => {
    const t = transfer('irn-rus-alabuga-shahed-factory');
    expect([t.supplier, t.recipient, t.category]).toEqual(['IRN', 'RUS', 'production-technology']);
    const e = t.events.find((x: any) => citesSeed(x));
    expect(e.by).toMatch(/leaked documents/);
    expect(t.events.some((x: any) => x.kind === 'denied')).toBe(true);
  });

  it('Iranian close-range ballistic missiles: negotiating on 4 Jan 2024, capabilities demonstrated', () => {
    const t = transfer('irn-rus-fath-360');
    expect([t.supplier, t.recipient, t.category]).toEqual(['IRN', 'RUS', 'ballistic-missiles']);
    const seed = t.events.filter(citesSeed);
    expect(seed.find((e: any) => e.kind === 'negotiating')).toMatchObject({ date: '2024-01-04', by: 'US government (John Kirby, NSC)' });
    expect(seed.some((e: any) => e.kind === 'reported' && /demonstrated/.test(e.note))).toBe(true);
  });

  it.each([
    ['rus-prk-fighter-aircraft', 'fighter-aircraft'],
    ['rus-prk-surface-to-air-missiles', 'air-defence'],
    ['rus-prk-armoured-vehicles', 'armoured-vehicles'],
    ['rus-prk-missile-production-equipment', 'production-technology'],
    ['rus-prk-advanced-technologies', 'other'],
  ])('what Russia was expected to send North Korea in return: %s', (id, category) => {
    const t = transfer(id);
    expect([t.supplier, t.recipient, t.category]).toEqual(['RUS', 'PRK', category]);
    expect(t.inReturnFor).toContain('prk-rus-hwasong-11');
    const e = t.events.find(citesSeed);
    expect(e).toMatchObject({ date: '2024-01-04', by: 'US government (John Kirby, NSC)' });
    expect(['reported', 'offered']).toContain(e.kind);
  });
});

describe('dynamics other features rely on (default basis: when reported)', () => {
  const irnRusMissiles = transfers.filter((t) => t.supplier === 'IRN' && t.recipient === 'RUS' && t.category === 'ballistic-missiles');
  const edgeStatus = (iso: string) => statusFromEvents(irnRusMissiles.flatMap((t) => onRecordBy(t, iso)));

  it('Iran → Russia ballistic missiles: negotiating in January 2024, delivered from September 2024, denial on record', () => {
    expect(edgeStatus('2023-12-31')).toBeUndefined();
    expect(edgeStatus('2024-01-31')?.status).toBe('negotiating');
    expect(edgeStatus('2024-09-09')?.status).toBe('negotiating');
    const september = edgeStatus('2024-09-30');
    expect(september?.status).toBe('delivered');
    expect(september?.contested).toBe(true);
  });

  it('the Reuters Fateh-110/Zolfaghar claim is a separate, reported, low-confidence transfer', () => {
    const t = transfer('irn-rus-fateh-110-zolfaghar');
    expect(t.confidence).toBe('C');
    expect(t.events.map((e: any) => e.kind)).toEqual(['reported']);
  });

  it('nothing on the North Korea → Russia route is public before 2023', () => {
    const route = transfers.filter((t) => t.supplier === 'PRK' && t.recipient === 'RUS');
    expect(route.length).toBeGreaterThan(0);
    for (const t of route) expect(onRecordBy(t, '2022-12-31'), t.id).toEqual([]);
  });

  it('North Korean missiles are "used" from their first reported launch', () => {
    const t = transfer('prk-rus-hwasong-11');
    expect(statusFromEvents(onRecordBy(t, '2024-01-03'))).toBeUndefined();
    expect(statusFromEvents(onRecordBy(t, '2024-01-04'))?.status).toBe('used');
  });
});
