// d3-force's forceSimulation(nodes).stop().tick(n), step for step: the same node
// initialisation (phyllotaxis), alpha schedule and velocity decay, so positions are
// identical to the bit. Without the simulation's timer and event dispatch, which a
// layout that only ever ticks synchronously never uses (−1.4 KB gzip in the widget).
import type { Force, SimulationNodeDatum } from 'd3-force';

const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));
const VELOCITY_DECAY = 0.6;

export function runForces<N extends SimulationNodeDatum>(
  nodes: N[],
  forces: readonly Force<N, never>[],
  random: () => number,
  alphaDecay: number,
  ticks: number,
): void {
  nodes.forEach((node, i) => {
    node.index = i;
    if (node.fx != null) node.x = node.fx;
    if (node.fy != null) node.y = node.fy;
    if (isNaN(node.x!) || isNaN(node.y!)) {
      const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i);
      const angle = i * INITIAL_ANGLE;
      node.x = radius * Math.cos(angle);
      node.y = radius * Math.sin(angle);
    }
    if (isNaN(node.vx!) || isNaN(node.vy!)) node.vx = node.vy = 0;
  });
  for (const force of forces) force.initialize?.(nodes, random);
  let alpha = 1;
  for (let k = 0; k < ticks; k++) {
    alpha -= alpha * alphaDecay;
    for (const force of forces) force(alpha);
    for (const node of nodes) {
      if (node.fx == null) node.x! += node.vx! *= VELOCITY_DECAY;
      else (node.x = node.fx), (node.vx = 0);
      if (node.fy == null) node.y! += node.vy! *= VELOCITY_DECAY;
      else (node.y = node.fy), (node.vy = 0);
    }
  }
}
