import { describe, expect, it } from 'vitest';
import { endDay, startDay } from '../../../src/data/partial-date.ts';
import { buildView } from '../../../src/model/view.ts';
import { eventSpan, formatRangePhrase, formatSpan, joinList, summarizeView } from '../../../src/model/summary.ts';
import type { TimeQuery } from '../../../src/model/select.ts';
import * as v from 'valibot';
import { GraphSchema } from '../../../src/data/schema.ts';
import type { Graph } from '../../../src/data/types.ts';
import { graph, input } from './fixture.ts';

const q = (from: string, to: string, mode: TimeQuery['mode'] = 'window', basis: TimeQuery['basis'] = 'reported'): TimeQuery => ({
  range: { from: startDay(from), to: endDay(to) },
  mode,
  basis,
});
const summary = (query: TimeQuery) => summarizeView(graph, buildView(graph, query), query);

describe('summarizeView', () => {
  it('names every supplier of the main recipients with their categories, then counts', () => {
    expect(summary(q('2023-09', '2024-12'))).toBe(
      'Between September 2023 and December 2024, 2 states supplied Russia: North Korea (artillery ammunition and ballistic missiles) and Iran (ballistic missiles). ' +
        'Russia supplied North Korea with fighter aircraft and other. ' +
        '5 transfers from 3 sources; 2 are denied or disputed.',
    );
  });

  it('takes its counts from buildView\'s totals', () => {
    for (const query of [q('2023-09', '2024-12'), q('2022', '2025', 'cumulative'), q('2023', '2024', 'window', 'happened')]) {
      const view = buildView(graph, query);
      const t = view.totals;
      const transfers = view.edges.reduce((n, e) => n + e.transfers.length, 0);
      expect(summarizeView(graph, view, query)).toMatch(new RegExp(`${transfers} transfers? from ${t.sources} sources?`));
      // Change the counts and the text follows.
      expect(summarizeView(graph, { ...view, totals: { ...t, sources: t.sources + 40, contested: 0 } }, query)).toMatch(
        new RegExp(`from ${t.sources + 40} sources\\.$`),
      );
    }
  });

  it('uses the coarsest precision the range allows, and cumulative wording', () => {
    expect(summary(q('2024', '2024'))).toMatch(/^In 2024, /);
    expect(summary(q('2023-11-02', '2024-01-04'))).toMatch(/^Between 2 November 2023 and 4 January 2024, /);
    // Equal volumes: recipients in name order. Dec 2023 ends the year, so years suffice.
    expect(summary(q('2020', '2023-12', 'cumulative'))).toBe(
      'Up to 2023, Russia supplied North Korea with other. ' +
        'North Korea supplied Russia with artillery ammunition. 2 transfers from 2 sources.',
    );
    expect(summary(q('2020-01', '2023-11', 'cumulative'))).toMatch(/^Up to November 2023, /);
  });

  it('counts contested claims as of the range end', () => {
    // Iran's denial (12 Sep 2024) is not yet on record at the end of August.
    expect(summary(q('2024-01', '2024-08'))).toMatch(/from 3 sources; 1 is denied or disputed\.$/);
  });

  it('describes the three biggest recipients in full and names every other supplier', () => {
    const states = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'].map((id) => ({ id, name: `State ${id}` }));
    const t = (id: string, supplier: string, recipient: string) => ({
      id,
      supplier,
      recipient,
      category: 'drones' as const,
      item: 'drones',
      events: [{ date: '2024-05', kind: 'delivered' as const, by: 'X', sources: ['s1'] }],
    });
    const big = Object.freeze(
      v.parse(GraphSchema, {
        ...input,
        states: [...input.states, ...states, { id: 'GRP', name: 'Some group', kind: 'non-state-actor' }],
        transfers: [
          ...input.transfers,
          t('a1', 'AAA', 'DDD'),
          t('a2', 'AAA', 'DDD'),
          t('a3', 'GRP', 'DDD'),
          t('b1', 'BBB', 'EEE'),
          t('c1', 'CCC', 'FFF'),
          t('c2', 'RUS', 'FFF'),
        ],
      }),
    ) as Graph;
    const query = q('2023-09', '2024-12');
    const text = summarizeView(big, buildView(big, query), query);
    // Russia (5 in) and State DDD (3) lead; North Korea and State FFF tie at 2, name order.
    expect(text).toBe(
      'Between September 2023 and December 2024, 2 states supplied Russia: North Korea (artillery ammunition and ballistic missiles) and Iran (ballistic missiles). ' +
        '2 actors supplied State DDD: State AAA (drones) and Some group (drones). ' +
        'Russia supplied North Korea with fighter aircraft and other. ' +
        'Transfers to 2 other recipients are on record, also from State BBB and State CCC. ' +
        '11 transfers from 3 sources; 2 are denied or disputed.',
    );
  });

  it('says so when nothing is on record', () => {
    expect(summary(q('2010', '2012'))).toBe('No transfers are on record between 2010 and 2012.');
    expect(summary(q('2010', '2010', 'cumulative'))).toBe('No transfers are on record up to 2010.');
  });

  it('is deterministic', () => {
    const query = q('2020', '2025');
    expect(summary(query)).toBe(summary(query));
  });
});

describe('summary helpers', () => {
  it('joins lists the British way', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a and b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('finds event spans under each basis, keeping the recorded precision', () => {
    const t = graph.transfers.find((x) => x.id === 'irn-rus-bm')!;
    expect(eventSpan(t, 'happened')).toEqual({ first: '2023', last: '2024-09-12' });
    expect(eventSpan(t, 'reported')).toEqual({ first: '2024-01-04', last: '2024-09-12' });
    expect(formatSpan(eventSpan(t, 'happened'))).toBe('2023 – 12 Sep 2024');
    expect(formatSpan({ first: '2023-11', last: '2023-11' })).toBe('Nov 2023');
    expect(formatRangePhrase({ from: startDay('2023-09-01'), to: endDay('2023-09-30') }, 'window')).toBe('in September 2023');
  });
});
