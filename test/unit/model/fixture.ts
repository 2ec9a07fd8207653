import * as v from 'valibot';
import { GraphSchema } from '../../../src/data/schema.ts';
import type { Graph, GraphInput } from '../../../src/data/types.ts';

const src = (id: string) => ({
  id,
  publisher: 'Example',
  title: `Source ${id}`,
  url: `https://example.org/${id}`,
  published: '2024',
  kind: 'media-report' as const,
});

/** A small graph shaped like the Iran / North Korea / Russia record. */
export const input: GraphInput = {
  version: 1,
  meta: { title: 'Fixture', updated: '2025-01-01', license: 'CC BY 4.0' },
  states: [
    { id: 'RUS', name: 'Russia' },
    { id: 'PRK', name: 'North Korea', shortName: 'N. Korea', aliases: ['DPRK'] },
    { id: 'IRN', name: 'Iran' },
  ],
  sources: [src('s1'), src('s2'), src('s3')],
  transfers: [
    {
      id: 'irn-rus-bm',
      supplier: 'IRN',
      recipient: 'RUS',
      category: 'ballistic-missiles',
      item: 'Fath-360',
      events: [
        { date: '2024-01-04', kind: 'negotiating', by: 'US', sources: ['s1'] },
        { date: '2023', reported: '2024-09-10', kind: 'ordered', by: 'US Treasury', sources: ['s2'] },
        { date: '2024-09-10', kind: 'delivered', by: 'US', sources: ['s2'], quantity: { value: 200, unit: 'missiles', qualifier: 'more-than' } },
        { date: '2024-09-12', kind: 'denied', by: 'Iran', sources: ['s3'] },
      ],
    },
    {
      id: 'prk-rus-bm',
      supplier: 'PRK',
      recipient: 'RUS',
      category: 'ballistic-missiles',
      item: 'KN-23',
      quantity: { value: 120, unit: 'missiles', estimated: true },
      events: [
        { date: '2023-12-30', reported: '2024-01-04', kind: 'used', by: 'US', sources: ['s1'] },
        { date: '2024-02-16', kind: 'used', by: 'Ukraine', sources: ['s3'], quantity: { value: 24, unit: 'missiles', qualifier: 'at-least' } },
      ],
    },
    {
      id: 'prk-rus-shells',
      supplier: 'PRK',
      recipient: 'RUS',
      category: 'artillery-ammunition',
      item: '152 mm shells',
      quantity: { value: 1000000, unit: 'shells', qualifier: 'more-than' },
      events: [{ date: '2023-11', kind: 'delivered', by: 'NIS', sources: ['s1'] }],
    },
    {
      id: 'rus-prk-fighters',
      supplier: 'RUS',
      recipient: 'PRK',
      category: 'fighter-aircraft',
      item: 'fighter aircraft',
      inReturnFor: ['prk-rus-bm'],
      events: [{ date: '2024-01-04', kind: 'reported', by: 'US', sources: ['s1'] }],
    },
    {
      id: 'rus-prk-2023',
      supplier: 'RUS',
      recipient: 'PRK',
      category: 'other',
      item: 'technology',
      events: [{ date: '2023', kind: 'alleged', by: 'ROK', sources: ['s3'] }, { date: '2024-03', kind: 'denied', by: 'Russia', sources: ['s3'] }],
    },
  ],
};

export const graph: Graph = Object.freeze(v.parse(GraphSchema, input)) as Graph;
