// runForces must move nodes exactly as d3-force's own forceSimulation(...).stop().tick(n)
// does (compute-layout relies on it for identical positions): compared bit for bit on
// random graphs, with fixed nodes, preset positions and every force the layout uses.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcg } from '../../../src/layout/lcg.ts';
import { runForces } from '../../../src/layout/run-forces.ts';

interface N extends SimulationNodeDatum {
  id: string;
  r: number;
}

const graph = fc.record({
  nodes: fc.array(
    fc.record({
      r: fc.integer({ min: 2, max: 30 }),
      // Quarter-pixel steps: d3-quadtree subdivides forever on points 1e-290 apart.
      fixed: fc.option(fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 })).map(([x, y]) => [x / 4, y / 4] as const), { nil: undefined }),
      preset: fc.option(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { nil: undefined }),
    }),
    { minLength: 0, maxLength: 25 },
  ),
  links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
  seed: fc.integer({ min: 1, max: 1000 }),
  ticks: fc.integer({ min: 0, max: 60 }),
});

type G = typeof graph extends fc.Arbitrary<infer T> ? T : never;

function setup(g: G) {
  const nodes: N[] = g.nodes.map((n, i) => ({
    id: `n${i}`,
    r: n.r,
    ...(n.preset && { x: n.preset[0], y: n.preset[1] }),
    ...(n.fixed && { fx: n.fixed[0], fy: n.fixed[1] }),
  }));
  const links = nodes.length < 2 ? [] : g.links.map(([a, b]) => ({ source: `n${a % nodes.length}`, target: `n${b % nodes.length}` }));
  const forces = [
    forceLink<N, { source: string | N; target: string | N }>(links).id((d) => d.id).distance(40),
    forceManyBody<N>().strength(-160).distanceMax(400),
    forceCollide<N>((d) => d.r + 6).iterations(2),
    forceX<N>(0).strength(0.06),
    forceY<N>(0).strength(0.06),
  ] as const;
  return { nodes, forces };
}

const decay = (ticks: number) => (ticks > 0 ? 1 - Math.pow(0.001, 1 / ticks) : 0.0228);
const state = (nodes: readonly N[]) => nodes.map((n) => [n.index, n.x, n.y, n.vx, n.vy]);

describe('runForces', () => {
  it('equals forceSimulation().stop().tick(n) bit for bit', () => {
    fc.assert(
      fc.property(graph, (g) => {
        const a = setup(g);
        const sim = forceSimulation<N>(a.nodes).randomSource(lcg(g.seed)).alphaMin(0.001).alphaDecay(decay(g.ticks));
        a.forces.forEach((f, i) => sim.force(String(i), f));
        sim.stop().tick(g.ticks);

        const b = setup(g);
        runForces(b.nodes, b.forces, lcg(g.seed), decay(g.ticks), g.ticks);
        expect(state(b.nodes)).toEqual(state(a.nodes));
      }),
      { numRuns: 150, seed: 4242 },
    );
  });

  it('moves free nodes and keeps fixed ones in place', () => {
    const nodes: N[] = [{ id: 'a', r: 5 }, { id: 'b', r: 5, fx: 10, fy: 20 }, { id: 'c', r: 5 }];
    runForces(nodes, [forceManyBody<N>().strength(-100)], lcg(1), 0.05, 20);
    expect([nodes[1]!.x, nodes[1]!.y, nodes[1]!.vx, nodes[1]!.vy]).toEqual([10, 20, 0, 0]);
    expect(Math.hypot(nodes[0]!.x! - nodes[2]!.x!, nodes[0]!.y! - nodes[2]!.y!)).toBeGreaterThan(20);
  });
});
