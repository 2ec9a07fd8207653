// Finding a state by what readers type: its name, short name, aliases ("DPRK"),
// ISO code, or its capital (reporting says "Pyongyang" for North Korea's government).
// Case- and diacritic-insensitive; exact beats prefix beats word-prefix beats substring.
import type { Graph, State } from '../data/types.ts';

/**
 * Capitals used as metonyms in reporting, by ISO3. A search aid only: the data
 * format's own `aliases` always apply too.
 */
const CAPITALS: Readonly<Record<string, string>> = {
  AFG: 'Kabul', ARM: 'Yerevan', AZE: 'Baku', BLR: 'Minsk', BRA: 'Brasilia', CHN: 'Beijing',
  CZE: 'Prague', DEU: 'Berlin', EGY: 'Cairo', ESP: 'Madrid', FRA: 'Paris', GBR: 'London',
  GRC: 'Athens', IND: 'New Delhi', IRN: 'Tehran', IRQ: 'Baghdad', ISR: 'Jerusalem', ITA: 'Rome',
  JPN: 'Tokyo', KAZ: 'Astana', KOR: 'Seoul', LBN: 'Beirut', LBY: 'Tripoli', MLI: 'Bamako',
  MMR: 'Naypyidaw', NLD: 'Amsterdam', NOR: 'Oslo', PAK: 'Islamabad', POL: 'Warsaw', PRK: 'Pyongyang',
  QAT: 'Doha', ROU: 'Bucharest', RUS: 'Moscow', SAU: 'Riyadh', SDN: 'Khartoum', SRB: 'Belgrade',
  SVK: 'Bratislava', SWE: 'Stockholm', SYR: 'Damascus', TUR: 'Ankara', TWN: 'Taipei', UKR: 'Kyiv',
  ARE: 'Abu Dhabi', USA: 'Washington', VEN: 'Caracas', VNM: 'Hanoi', YEM: "Sana'a", ZAF: 'Pretoria',
};

/** Lower case, no diacritics, punctuation as spaces, single spaces. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type MatchField = 'name' | 'shortName' | 'alias' | 'id' | 'capital';

export interface StateMatch {
  readonly id: string;
  readonly name: string;
  /** The text that matched (a name, alias, code or capital), for display. */
  readonly matched: string;
  readonly field: MatchField;
  /** 0 exact, 1 prefix, 2 word prefix, 3 substring: lower is better. */
  readonly rank: 0 | 1 | 2 | 3;
}

const FIELD_ORDER: readonly MatchField[] = ['name', 'shortName', 'alias', 'id', 'capital'];

function candidates(state: State): [MatchField, string][] {
  const out: [MatchField, string][] = [['name', state.name]];
  if (state.shortName) out.push(['shortName', state.shortName]);
  for (const a of state.aliases) out.push(['alias', a]);
  out.push(['id', state.id]);
  const capital = CAPITALS[state.id];
  if (capital) out.push(['capital', capital]);
  return out;
}

function rankOf(text: string, query: string): StateMatch['rank'] | undefined {
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  // "cote divoire" for "Côte d'Ivoire": punctuation split the words differently.
  const compactText = text.replaceAll(' ', '');
  const compactQuery = query.replaceAll(' ', '');
  if (compactText === compactQuery) return 0;
  if (compactText.startsWith(compactQuery)) return 1;
  if (text.split(' ').some((_, i, words) => words.slice(i).join(' ').startsWith(query))) return 2;
  // Substrings only for queries long enough not to match everything.
  if (query.length >= 3 && text.includes(query)) return 3;
  return undefined;
}

/** States matching the query, best first; at most `limit`. Empty query → none. */
export function searchStates(graph: Pick<Graph, 'states'>, query: string, limit = 10): StateMatch[] {
  const q = normalizeSearchText(query);
  if (!q) return [];
  const matches: StateMatch[] = [];
  for (const state of graph.states) {
    let best: StateMatch | undefined;
    for (const [field, text] of candidates(state)) {
      const rank = rankOf(normalizeSearchText(text), q);
      if (rank === undefined) continue;
      if (!best || rank < best.rank || (rank === best.rank && FIELD_ORDER.indexOf(field) < FIELD_ORDER.indexOf(best.field))) {
        best = { id: state.id, name: state.name, matched: text, field, rank };
      }
    }
    if (best) matches.push(best);
  }
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return matches.slice(0, limit);
}
