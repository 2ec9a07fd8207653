import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchStates } from '../../../src/model/search.ts';
import { graph } from './fixture.ts';

const states = {
  states: [
    ...graph.states,
    { id: 'KOR', name: 'South Korea', kind: 'state' as const, aliases: ['Republic of Korea', 'ROK'] },
    { id: 'CIV', name: "Côte d'Ivoire", kind: 'state' as const, aliases: ['Ivory Coast'] },
    { id: 'BLR', name: 'Belarus', kind: 'state' as const, aliases: [] },
  ],
};
const ids = (q: string) => searchStates(states, q).map((m) => m.id);

describe('searchStates', () => {
  it('finds North Korea by alias, name and capital', () => {
    expect(ids('DPRK')).toEqual(['PRK']);
    expect(ids('North Korea')[0]).toBe('PRK');
    expect(ids('Pyongyang')).toEqual(['PRK']);
    expect(searchStates(states, 'Pyongyang')[0]).toMatchObject({ field: 'capital', matched: 'Pyongyang', rank: 0 });
  });

  it('is case- and diacritic-insensitive', () => {
    expect(ids('dprk')).toEqual(['PRK']);
    expect(ids('NORTH korea')).toEqual(['PRK']);
    expect(ids('cote divoire')).toEqual(['CIV']); // spacing around punctuation does not matter
    expect(ids('cote d ivoire')).toEqual(['CIV']);
    expect(ids('Côte')).toEqual(['CIV']);
    expect(ids('COTE')).toEqual(['CIV']);
    expect(normalizeSearchText("  Côte d'Ivoire ")).toBe('cote d ivoire');
  });

  it('ranks exact, then prefix, then word-prefix matches', () => {
    // "korea": word prefix in both Koreas' names; "Republic of Korea" is also only a word prefix
    const korea = searchStates(states, 'korea');
    expect(korea.map((m) => m.id)).toEqual(['PRK', 'KOR']);
    expect(korea.every((m) => m.rank === 2)).toBe(true);
    // "rus" is a prefix of Russia and the exact code of nothing; "Belarus" only contains it
    const rus = searchStates(states, 'rus');
    expect(rus.map((m) => [m.id, m.rank])).toEqual([
      ['RUS', 0], // exact ISO code
      ['BLR', 3], // substring of Belarus
    ]);
    expect(ids('north')).toEqual(['PRK']);
    expect(ids('s')).toEqual(['KOR']); // one letter: prefixes only ("South Korea"), no substrings
  });

  it('returns nothing for empty or unmatched queries and respects the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
    expect(searchStates(states, 'r', 1)).toHaveLength(1);
  });
});
