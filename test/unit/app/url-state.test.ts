import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startDay, endDay } from '../../../src/data/partial-date.ts';
import { CATEGORIES } from '../../../src/data/vocabulary.ts';
import { STATUS_GROUPS } from '../../../src/model/filters.ts';
import {
  DEFAULT_VIEW_STATE,
  partialFrom,
  partialTo,
  rangeOfState,
  readViewState,
  writeViewState,
  type ViewState,
} from '../../../src/app/url-state.ts';

const read = (query: string, defaults?: ViewState) => readViewState(new URLSearchParams(query), defaults);
const stateOnly = ({ problems: _p, ...s }: ReturnType<typeof read>): ViewState => s;

describe('readViewState', () => {
  it('gives the defaults and no problems for an empty query', () => {
    const r = read('');
    expect(stateOnly(r)).toEqual(DEFAULT_VIEW_STATE);
    expect(r.problems).toEqual([]);
  });

  it('reads every parameter', () => {
    const r = read(
      'from=2023-09&to=2024&mode=cumulative&basis=happened&selected=PRK-RUS-ballistic-missiles' +
        '&categories=drones,air-defence&statuses=alleged,contested&suppliers=PRK,IRN&recipients=RUS&table=1',
    );
    expect(r.problems).toEqual([]);
    expect(stateOnly(r)).toEqual({
      from: '2023-09',
      to: '2024',
      mode: 'cumulative',
      basis: 'happened',
      selected: 'PRK-RUS-ballistic-missiles',
      categories: ['drones', 'air-defence'],
      statuses: ['alleged', 'contested'],
      suppliers: ['PRK', 'IRN'],
      recipients: ['RUS'],
      table: true,
    });
  });

  it('falls back to defaults for garbage and names each problem', () => {
    const defaults: ViewState = { ...DEFAULT_VIEW_STATE, from: '2022', to: '2025' };
    const r = read('from=yesterday&to=2023-13&mode=sideways&basis=&selected=<script>&table=maybe', defaults);
    expect(r.from).toBe('2022');
    expect(r.to).toBe('2025');
    expect(r.mode).toBe('window');
    expect(r.basis).toBe('reported');
    expect(r.selected).toBeNull();
    expect(r.table).toBe(false);
    expect(r.problems).toHaveLength(6);
    expect(r.problems.join('\n')).toMatch(/^from: /m);
    expect(r.problems.join('\n')).toMatch(/^mode: "sideways" is not one of window, cumulative$/m);
  });

  it('rejects impossible days and out-of-range years', () => {
    const r = read('from=2023-02-30&to=3000');
    expect(r.from).toBeNull();
    expect(r.to).toBeNull();
    expect(r.problems).toHaveLength(2);
  });

  it('keeps the good items of a list, drops the bad ones once, and reports them', () => {
    const r = read('categories=drones,,tanks,drones, helicopters&suppliers=PRK,bad id!');
    expect(r.categories).toEqual(['drones', 'helicopters']);
    expect(r.suppliers).toEqual(['PRK']);
    expect(r.problems).toEqual(['categories: ignored "tanks"', 'suppliers: ignored "bad id!"']);
  });

  it('resets a reversed range to the defaults', () => {
    const r = read('from=2024-05&to=2024-04');
    expect(r.from).toBeNull();
    expect(r.to).toBeNull();
    expect(r.problems[0]).toMatch(/after/);
  });

  it('accepts a range inside one partial date', () => {
    expect(read('from=2024-04&to=2024-04').problems).toEqual([]);
  });

  it('shortens absurdly long values in problems', () => {
    const r = read(`mode=${'x'.repeat(5000)}`);
    expect(r.problems[0]!.length).toBeLessThan(120);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (k, v) => {
        const p = new URLSearchParams();
        p.set(k, v);
        p.set('from', v);
        p.set('categories', v);
        const r = readViewState(p, DEFAULT_VIEW_STATE);
        expect(Array.isArray(r.problems)).toBe(true);
      }),
    );
  });
});

describe('writeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(writeViewState(DEFAULT_VIEW_STATE).toString()).toBe('');
  });

  it('omits values equal to custom defaults', () => {
    const defaults: ViewState = { ...DEFAULT_VIEW_STATE, from: '2022', to: '2025', table: true };
    expect(writeViewState({ ...defaults, to: '2024-06' }, defaults).toString()).toBe('to=2024-06');
    expect(writeViewState({ ...defaults, table: false }, defaults).toString()).toBe('table=0');
  });

  it('writes in a fixed order with comma lists', () => {
    const s: ViewState = {
      ...DEFAULT_VIEW_STATE,
      table: true,
      categories: ['drones', 'other'],
      mode: 'cumulative',
      from: '2023-09',
    };
    expect(writeViewState(s).toString()).toBe('from=2023-09&mode=cumulative&categories=drones%2Cother&table=1');
  });

  it('round-trips any valid state', () => {
    const date = fc.oneof(
      fc.integer({ min: 1950, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    const id = fc.stringMatching(/^[A-Z]{3}$/);
    const state = fc.record({
      from: fc.option(date, { nil: null }),
      to: fc.option(date, { nil: null }),
      mode: fc.constantFrom('window' as const, 'cumulative' as const),
      basis: fc.constantFrom('reported' as const, 'happened' as const),
      selected: fc.option(id, { nil: null }),
      categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
      statuses: fc.uniqueArray(fc.constantFrom(...STATUS_GROUPS)),
      suppliers: fc.uniqueArray(id),
      recipients: fc.uniqueArray(id),
      table: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (s) => {
        fc.pre(s.from === null || s.to === null || startDay(s.from) <= endDay(s.to));
        const back = readViewState(new URLSearchParams(writeViewState(s).toString()));
        expect(back.problems).toEqual([]);
        expect(stateOnly(back)).toEqual(s);
      }),
    );
  });
});

describe('partial dates of a day range', () => {
  it('uses the shortest partial date that starts or ends on the day', () => {
    expect(partialFrom(startDay('2023-01-01'))).toBe('2023');
    expect(partialFrom(startDay('2023-09-01'))).toBe('2023-09');
    expect(partialFrom(startDay('2023-09-14'))).toBe('2023-09-14');
    expect(partialTo(startDay('2023-12-31'))).toBe('2023');
    expect(partialTo(startDay('2024-02-29'))).toBe('2024-02');
    expect(partialTo(startDay('2024-02-28'))).toBe('2024-02-28');
  });

  it('round-trips through startDay / endDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: startDay('1950'), max: startDay('2030') }), (d) => {
        expect(startDay(partialFrom(d))).toBe(d);
        expect(endDay(partialTo(d))).toBe(d);
      }),
    );
  });

  it('turns a state into a day range inside the span', () => {
    const span = { from: startDay('2022-02'), to: endDay('2025-03') };
    expect(rangeOfState({ from: null, to: null }, span)).toEqual(span);
    expect(rangeOfState({ from: '2023-09', to: '2024' }, span)).toEqual({ from: startDay('2023-09'), to: endDay('2024') });
    expect(rangeOfState({ from: '1990', to: '2030' }, span)).toEqual(span);
    expect(rangeOfState({ from: '2026', to: null }, span)).toEqual(span);
  });
});
