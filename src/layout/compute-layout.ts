// Deterministic force layout: same input (in any order) → same coordinates, on
// every machine. Run once on the union of all transfers; time filtering only
// hides elements (docs/decisions/0003-layout-on-the-union.md).
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { lcg } from './lcg.ts';
import { runForces } from './run-forces.ts';
import { nodeRadius } from './radius.ts';
import { round2 } from './round.ts';
import type { Bounds, LayoutInput, LayoutOptions, LayoutResult, Point } from './types.ts';

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  source: string | SimNode;
  target: string | SimNode;
  weight: number;
}

const ALPHA_MIN = 0.001;
/** Room between circles beyond their radii, so arrowheads and strokes fit. */
const COLLIDE_PADDING = 6;

/** Plain code-unit comparison: localeCompare would make order depend on the locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function computeLayout(input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
  const ticks = Math.max(0, Math.floor(options.ticks ?? 300));
  const linkDistance = options.linkDistance ?? 70;
  const charge = options.charge ?? -160;
  const gravity = options.gravity ?? 0.06;

  // Copies, sorted: d3-force writes x/y/vx/vy/index into the objects it is given,
  // and its initial phyllotaxis placement follows array order.
  const byId = new Map<string, SimNode>();
  for (const n of input.nodes) {
    if (byId.has(n.id)) continue;
    const node: SimNode = { id: n.id, radius: nodeRadius(n.weight) };
    if (n.fixed && Number.isFinite(n.fixed.x) && Number.isFinite(n.fixed.y)) {
      node.x = node.fx = n.fixed.x;
      node.y = node.fy = n.fixed.y;
    }
    byId.set(n.id, node);
  }
  const nodes = [...byId.values()].sort((a, b) => cmp(a.id, b.id));

  // One link per unordered pair: both directions and all categories pull the same
  // two states together, and summing keeps the pull growing with the trade.
  const merged = new Map<string, SimLink>();
  for (const l of input.links) {
    if (l.source === l.target || !byId.has(l.source) || !byId.has(l.target)) continue;
    const [s, t] = cmp(l.source, l.target) <= 0 ? [l.source, l.target] : [l.target, l.source];
    const key = `${s}\u0000${t}`;
    const w = positiveOr(l.weight, 1);
    const prev = merged.get(key);
    if (prev) prev.weight += w;
    else merged.set(key, { source: s, target: t, weight: w });
  }
  const links = [...merged.values()].sort(
    (a, b) => cmp(a.source as string, b.source as string) || cmp(a.target as string, b.target as string),
  );

  const degree = new Map<string, number>();
  for (const l of links) {
    for (const id of [l.source as string, l.target as string]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const deg = (n: string | number | SimNode) => degree.get(typeof n === 'object' ? n.id : String(n)) ?? 1;

  // d3-force's forces, stepped as forceSimulation(nodes).stop().tick(ticks) would (run-forces.ts).
  const forces = [
    forceLink<SimNode, SimLink>(links)
      .id((d) => d.id)
      // Heavier pairs sit further apart: their many categories fan out as
      // parallel curves and need the room (weight 1 → linkDistance, 16 → 2.2×).
      .distance((l) => {
        const s = l.source as SimNode;
        const t = l.target as SimNode;
        return s.radius + t.radius + linkDistance * (1 + 0.3 * Math.log2(l.weight));
      })
      // d3's default (1 / smaller degree) keeps hubs from collapsing; weight adds a little.
      .strength((l) => Math.min(1, (1 + 0.25 * Math.log2(l.weight)) / Math.min(deg(l.source), deg(l.target)))),
    forceManyBody<SimNode>().strength(charge).distanceMax(linkDistance * 6),
    forceCollide<SimNode>((d) => d.radius + COLLIDE_PADDING).iterations(2),
    forceX<SimNode>(0).strength(gravity),
    forceY<SimNode>(0).strength(gravity),
  ];
  runForces(nodes, forces, lcg(options.seed ?? 1), ticks > 0 ? 1 - Math.pow(ALPHA_MIN, 1 / ticks) : 0.0228, ticks);

  const positions = new Map<string, Point>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const x = round2(n.x ?? 0);
    const y = round2(n.y ?? 0);
    positions.set(n.id, { x, y });
    minX = Math.min(minX, x - n.radius);
    minY = Math.min(minY, y - n.radius);
    maxX = Math.max(maxX, x + n.radius);
    maxY = Math.max(maxY, y + n.radius);
  }
  const bounds: Bounds =
    nodes.length === 0
      ? { minX: 0, minY: 0, maxX: 0, maxY: 0 }
      : { minX: round2(minX), minY: round2(minY), maxX: round2(maxX), maxY: round2(maxY) };
  return { positions, bounds };
}
