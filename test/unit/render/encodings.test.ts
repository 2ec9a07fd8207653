import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/data/vocabulary.ts';
import {
  CATEGORY_COLOURS,
  THEME_TONES,
  edgeLabel,
  lineStyleAttributes,
  nodeLabel,
  resolveHighlight,
} from '../../../src/render/index.ts';
import { edge, node } from './fixtures.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: 13 distinct colours, one per category, each ≥ 3:1 against the background`, () => {
      const colours = CATEGORIES.map((c) => CATEGORY_COLOURS[theme][c]);
      expect(colours).toHaveLength(13);
      expect(new Set(colours.map((c) => c.toUpperCase())).size).toBe(13);
      expect(Object.keys(CATEGORY_COLOURS[theme])).toEqual([...CATEGORIES]);
      for (const c of colours) {
        expect(c).toMatch(/^#[0-9A-F]{6}$/);
        expect(contrast(c, THEME_TONES[theme].background)).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('uses the Okabe–Ito colours', () => {
    const light = Object.values(CATEGORY_COLOURS.light);
    for (const c of ['#D55E00', '#CC79A7', '#0072B2', '#009E73', '#000000']) expect(light).toContain(c);
  });
});

describe('line styles', () => {
  it('encodes status by dash pattern and opacity, not colour', () => {
    expect(lineStyleAttributes('solid')).toEqual({ dasharray: undefined, opacity: 0.9 });
    expect(lineStyleAttributes('dashed')).toEqual({ dasharray: '7 4', opacity: 0.9 });
    expect(lineStyleAttributes('faded')).toEqual({ dasharray: '2 4', opacity: 0.4 });
  });
});

describe('accessible names', () => {
  const names: Record<string, string> = { PRK: 'North Korea', RUS: 'Russia' };
  it('names an edge by its states, category, status and sources', () => {
    const e = edge('PRK', 'RUS', 'ballistic-missiles', { status: 'used', sources: 3 });
    expect(edgeLabel(e, (id) => names[id] ?? id)).toBe('North Korea → Russia: ballistic missiles, used, 3 sources');
    const one = edge('RUS', 'IRN', 'air-defence', { status: 'reported', sources: 1 });
    expect(edgeLabel(one, (id) => names[id] ?? id)).toBe('Russia → IRN: air defence, reported, 1 source');
  });
  it('names a node by its transfers', () => {
    expect(nodeLabel(node('PRK', 'North Korea', 5))).toBe('North Korea: 5 transfers');
    expect(nodeLabel(node('BLR', 'Belarus', 1))).toBe('Belarus: 1 transfer');
  });
});

describe('resolveHighlight', () => {
  const edges = [
    edge('PRK', 'RUS', 'artillery-ammunition', { inReturn: ['RUS-PRK-air-defence'] }),
    edge('RUS', 'PRK', 'air-defence', { inReturn: ['PRK-RUS-artillery-ammunition'] }),
    edge('IRN', 'RUS', 'drones'),
    edge('BLR', 'UKR', 'other'),
  ];
  const ids = ['BLR', 'IRN', 'PRK', 'RUS', 'UKR'];

  it('is all normal without a focus or with an unknown one', () => {
    for (const h of [undefined, {}, { focus: 'nope' }]) {
      const s = resolveHighlight(ids, edges, h);
      expect(new Set(s.nodes.values())).toEqual(new Set(['normal']));
      expect(new Set(s.edges.values())).toEqual(new Set(['normal']));
    }
  });

  it('focuses a state with its edges and neighbours', () => {
    const s = resolveHighlight(ids, edges, { focus: 'PRK' });
    expect(Object.fromEntries(s.nodes)).toEqual({ BLR: 'dim', IRN: 'dim', PRK: 'focus', RUS: 'related', UKR: 'dim' });
    expect(Object.fromEntries(s.edges)).toEqual({
      'PRK-RUS-artillery-ammunition': 'related',
      'RUS-PRK-air-defence': 'related',
      'IRN-RUS-drones': 'dim',
      'BLR-UKR-other': 'dim',
    });
  });

  it('focuses an edge with its states and what was traded for it', () => {
    const s = resolveHighlight(ids, edges, { focus: 'PRK-RUS-artillery-ammunition' });
    expect(s.edges.get('PRK-RUS-artillery-ammunition')).toBe('focus');
    expect(s.edges.get('RUS-PRK-air-defence')).toBe('related');
    expect(s.edges.get('IRN-RUS-drones')).toBe('dim');
    expect(s.nodes.get('PRK')).toBe('related');
    expect(s.nodes.get('IRN')).toBe('dim');
  });
});
