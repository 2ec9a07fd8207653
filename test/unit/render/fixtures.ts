// Hand-built GraphView fixtures, independent of the model's implementation.
import type { Transfer } from '../../../src/data/types.ts';
import type { Category } from '../../../src/data/vocabulary.ts';
import { computeLayout, fitToViewport, type Point } from '../../../src/layout/index.ts';
import type { AggregateEdge, GraphView, LineStyle, Status, ViewNode } from '../../../src/model/types.ts';
import { networkArea, type RenderOptions } from '../../../src/render/index.ts';

export function node(id: string, name: string, volume: number, shortLabel = id): ViewNode {
  return { id, name, label: name, shortLabel, volume };
}

function transfer(id: string, supplier: string, recipient: string, category: Category): Transfer {
  return {
    id,
    supplier,
    recipient,
    category,
    item: `${category} item`,
    inReturnFor: [],
    events: [{ date: '2023-09', kind: 'reported', by: 'fixture', sources: ['src-1'] }],
  };
}

const STYLE: Record<Status, LineStyle> = {
  used: 'solid',
  delivered: 'solid',
  confirmed: 'solid',
  ordered: 'dashed',
  offered: 'dashed',
  negotiating: 'dashed',
  reported: 'dashed',
  alleged: 'dashed',
  disputed: 'faded',
  denied: 'faded',
};

export interface EdgeOptions {
  status?: Status;
  transfers?: number;
  sources?: number;
  inReturn?: string[];
  quantity?: { value: number; unit: string };
}

export function edge(supplier: string, recipient: string, category: Category, o: EdgeOptions = {}): AggregateEdge {
  const status = o.status ?? 'delivered';
  const key = `${supplier}-${recipient}-${category}`;
  return {
    key,
    supplier,
    recipient,
    category,
    transfers: Array.from({ length: o.transfers ?? 1 }, (_, i) => transfer(`${key}-${i}`, supplier, recipient, category)),
    status,
    style: STYLE[status],
    contested: status === 'disputed' || status === 'denied',
    quantity: o.quantity,
    sourceCount: o.sources ?? 1,
    inReturn: o.inReturn ?? [],
  };
}

export const tinyView = (): GraphView => ({
  nodes: [node('PRK', 'North Korea', 4), node('RUS', 'Russia', 5), node('IRN', 'Iran', 1)],
  edges: [
    edge('PRK', 'RUS', 'ballistic-missiles', { status: 'used', transfers: 3, sources: 3 }),
    edge('IRN', 'RUS', 'drones', { status: 'reported' }),
  ],
});

/** Parallel categories, opposite directions, all three line styles, an in-return pair. */
export const parallelView = (): GraphView => ({
  nodes: [
    node('PRK', 'North Korea', 9),
    node('RUS', 'Russia', 12),
    node('IRN', 'Iran', 2),
    node('BLR', 'Belarus', 1),
  ],
  edges: [
    edge('PRK', 'RUS', 'artillery-ammunition', { status: 'used', transfers: 4, sources: 5, inReturn: ['RUS-PRK-air-defence'] }),
    edge('PRK', 'RUS', 'ballistic-missiles', { status: 'used', transfers: 2, sources: 3 }),
    edge('PRK', 'RUS', 'personnel', { status: 'confirmed' }),
    edge('RUS', 'PRK', 'air-defence', { status: 'reported', inReturn: ['PRK-RUS-artillery-ammunition'] }),
    edge('RUS', 'PRK', 'fighter-aircraft', { status: 'alleged', transfers: 2 }),
    edge('IRN', 'RUS', 'drones', { status: 'delivered', transfers: 2, sources: 4 }),
    edge('BLR', 'RUS', 'armoured-vehicles', { status: 'denied' }),
  ],
});

const CROWD: readonly [string, string][] = [
  ['RUS', 'Russian Federation'], ['PRK', 'North Korea'], ['IRN', 'Iran'], ['BLR', 'Belarus'],
  ['CHN', 'China'], ['SYR', 'Syria'], ['MMR', 'Myanmar'], ['VEN', 'Venezuela'], ['CUB', 'Cuba'],
  ['ERI', 'Eritrea'], ['MLI', 'Mali'], ['CAF', 'Central African Republic'], ['SDN', 'Sudan'],
  ['LBY', 'Libya'], ['DZA', 'Algeria'], ['EGY', 'Egypt'], ['IND', 'India'], ['VNM', 'Viet Nam'],
  ['LAO', 'Lao People’s Democratic Republic'], ['KAZ', 'Kazakhstan'], ['ARM', 'Armenia'], ['TJK', 'Tajikistan'],
];
const CATS: readonly Category[] = ['fighter-aircraft', 'air-defence', 'helicopters', 'armoured-vehicles', 'artillery-systems'];

/** Many long names in a small viewport: some labels must give way. */
export const crowdedView = (): GraphView => {
  const edges: AggregateEdge[] = [];
  CROWD.slice(2).forEach(([id], i) => {
    edges.push(edge('RUS', id, CATS[i % CATS.length]!, { transfers: 1 + (i % 4), status: i % 3 === 0 ? 'ordered' : 'delivered' }));
    if (i % 4 === 1) edges.push(edge('CHN', id, 'drones', { status: 'reported' }));
  });
  edges.push(edge('PRK', 'RUS', 'artillery-ammunition', { status: 'used', transfers: 5, sources: 6 }));
  edges.push(edge('IRN', 'RUS', 'drones', { status: 'used', transfers: 3 }));
  const volume = new Map<string, number>();
  for (const e of edges) {
    for (const id of [e.supplier, e.recipient]) volume.set(id, (volume.get(id) ?? 0) + e.transfers.length);
  }
  return { nodes: CROWD.map(([id, name]) => node(id, name, volume.get(id) ?? 0)), edges };
};

/** The pipeline the app will run: union layout, then fit into the area beside the legend. */
export function positionsFor(view: GraphView, options: RenderOptions, padding = 40): Map<string, Point> {
  const { positions } = computeLayout({
    nodes: view.nodes.map((n) => ({ id: n.id, weight: n.volume })),
    links: view.edges.map((e) => ({ source: e.supplier, target: e.recipient, weight: e.transfers.length })),
  });
  const area = networkArea(view, options);
  return fitToViewport(positions, area.width, area.height, padding, { offset: area });
}
