// A graph whose text is hostile to every export format: markup, entities, quotes,
// commas, line breaks, characters XML forbids and cells spreadsheets would run.
import type { GraphInput } from '../../../src/data/types.ts';
import { loadGraph } from '../../../src/data/load.ts';

export const SCRIPT_NAME = '<script>alert(1)</script>';
export const AMP_NAME = 'Tom & Jerry\'s "Republic", Inc.\nsecond line';
export const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';
/** \u0001 and \uFFFE are not allowed in XML 1.0, escaped or not; the emoji (a surrogate pair) is. */
export const CONTROL_NAME = 'Bad\u0001\uFFFE Name 🚀';
export const FORMULA_ITEMS = ['=1+2', '+SUM(A1:A9)', '-2+3', '@cmd', '\tTAB', '\rCR'] as const;

const source = {
  id: 'src-1',
  publisher: 'A, B & C',
  title: 'He said "yes",\nthen <b>no</b>',
  url: 'https://example.org/a?x=1&y=2',
  published: '2024-02',
  kind: 'media-report' as const,
};

export const nastyInput: GraphInput = {
  version: 1,
  meta: { title: 'Nasty <title> & "quotes"', updated: '2025', license: 'CC0' },
  states: [
    { id: 'USA', name: SCRIPT_NAME, aliases: ['A & B', 'x"y'] },
    { id: 'UKR', name: AMP_NAME },
    { id: 'GRP1', kind: 'non-state-actor', name: FORMULA_NAME },
    { id: 'FRA', name: CONTROL_NAME },
  ],
  sources: [source],
  transfers: [
    ...FORMULA_ITEMS.map((item, i) => ({
      id: `f${i}`,
      supplier: 'USA',
      recipient: 'UKR',
      category: 'other' as const,
      item,
      events: [{ date: '2024-02-01', kind: 'delivered' as const, by: 'X', sources: ['src-1'] }],
    })),
    {
      id: 'g1',
      supplier: 'GRP1',
      recipient: 'FRA',
      category: 'drones',
      item: 'shells, "152 mm"\nand more',
      quantity: { value: 3, unit: 'units, "boxed"' },
      events: [{ date: '2024-02', kind: 'alleged', by: '<i>someone</i>', sources: ['src-1'] }],
    },
  ],
};

const loaded = loadGraph(nastyInput);
if (!loaded.ok) throw new Error(`nasty fixture does not load: ${JSON.stringify(loaded.problems)}`);
export const nasty = loaded.graph;
