import { describe, expect, it } from 'vitest';
import { queryLabel, rangeLabel } from '../../../src/export/data/index.ts';
import { exportFileName, slug, type ExportKind } from '../../../src/export/filename.ts';
import type { ViewQuery } from '../../../src/model/index.ts';
import { query, range } from './helpers.ts';

const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:_[a-z0-9]+(?:-[a-z0-9]+)*)*\.(svg|png|csv|json|graphml|gexf)$/;

describe('exportFileName', () => {
  it('names the months of the range, for every kind', () => {
    const q = query('2023-09', '2024-12');
    for (const kind of ['svg', 'png', 'csv', 'json', 'graphml', 'gexf'] as ExportKind[]) {
      expect(exportFileName(kind, q)).toBe(`arms-transfers_2023-09_2024-12.${kind}`);
    }
  });

  it('uses months even for whole years and for days inside a month', () => {
    expect(exportFileName('csv', query('2023', '2024'))).toBe('arms-transfers_2023-01_2024-12.csv');
    expect(exportFileName('csv', query('2024-02-14', '2024-02-20'))).toBe('arms-transfers_2024-02_2024-02.csv');
  });

  it('says "until" for a cumulative view, which shows everything up to its end', () => {
    expect(exportFileName('svg', query('2023-09', '2024-12', 'cumulative'))).toBe('arms-transfers_until_2024-12.svg');
  });

  it('adds a slug for active filters, in a fixed order whatever the click order', () => {
    const q = (filters: ViewQuery['filters']): ViewQuery => ({ ...query('2023-09', '2024-12'), filters });
    expect(exportFileName('csv', q({ categories: ['ballistic-missiles'] }))).toBe('arms-transfers_2023-09_2024-12_ballistic-missiles.csv');
    expect(exportFileName('csv', q({ categories: ['drones', 'artillery-ammunition'] }))).toBe(
      exportFileName('csv', q({ categories: ['artillery-ammunition', 'drones'] })),
    );
    expect(exportFileName('csv', q({ categories: ['drones', 'other', 'personnel'] }))).toBe('arms-transfers_2023-09_2024-12_3-categories.csv');
    expect(exportFileName('json', q({ suppliers: ['PRK'], recipients: ['RUS'], statuses: ['confirmed'] }))).toBe(
      'arms-transfers_2023-09_2024-12_confirmed_from-prk_to-rus.json',
    );
    expect(exportFileName('json', q({ categories: [], suppliers: [] }))).toBe('arms-transfers_2023-09_2024-12.json');
  });

  it('only ever produces safe characters, whatever the prefix or ids', () => {
    const q: ViewQuery = { ...query('2023-09', '2024-12'), filters: { suppliers: ['A.b_C', 'x'] } };
    const names = [
      exportFileName('svg', q, { prefix: '../../etc/passwd' }),
      exportFileName('png', q, { prefix: 'Côte d’Ivoire <script>' }),
      exportFileName('csv', q, { prefix: '   ' }),
      exportFileName('gexf', q, { prefix: 'x'.repeat(500) }),
    ];
    for (const name of names) expect(name).toMatch(SAFE);
    expect(names[0]).toBe('etc-passwd_2023-09_2024-12_from-a-b-c-x.svg');
    expect(names[1]!.startsWith('cote-d-ivoire-script_')).toBe(true);
    expect(names[2]!.startsWith('arms-transfers_')).toBe(true);
    expect(names[3]).toBe(`${'x'.repeat(40)}_2023-09_2024-12_from-a-b-c-x.gexf`);
    const many: ViewQuery = { ...query('2023-09', '2024-12'), filters: { suppliers: ['A'.repeat(60), 'B'.repeat(60)], recipients: ['C'.repeat(60)] } };
    const long = exportFileName('csv', many, { prefix: 'y'.repeat(99) });
    expect(long).toMatch(SAFE);
    expect(long.length).toBeLessThanOrEqual(124);
    expect(long.startsWith(`${'y'.repeat(40)}_2023-09_2024-12_from-`)).toBe(true);
  });

  it('slugs text to lower-case letters, digits and single hyphens', () => {
    expect(slug('  Ballistic  Missiles!! ')).toBe('ballistic-missiles');
    expect(slug('Türkiye & Co.')).toBe('turkiye-co');
    expect(slug('---')).toBe('');
  });
});

describe('range labels', () => {
  it('names a period at the finer precision of its two ends', () => {
    expect(rangeLabel(range('2023-09', '2024-12'))).toBe('September 2023 – December 2024');
    expect(rangeLabel(range('2023', '2024'))).toBe('2023 – 2024');
    expect(rangeLabel(range('2024', '2024'))).toBe('2024');
    expect(rangeLabel(range('2024-09', '2024-09'))).toBe('September 2024');
    expect(rangeLabel(range('2024-02-03', '2024-12'))).toBe('3 February 2024 – 31 December 2024');
  });

  it('says "up to" for cumulative views', () => {
    expect(queryLabel(query('2023', '2024-03', 'cumulative'))).toBe('up to March 2024');
    expect(queryLabel(query('2023', '2024', 'cumulative'))).toBe('up to 2024');
    expect(queryLabel(query('2023', '2024-03-14', 'cumulative'))).toBe('up to 14 March 2024');
  });
});
