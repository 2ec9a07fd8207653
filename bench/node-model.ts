// Node-side timing of the pure path at SIPRI scale: load, indexGraph, unionGraph,
// computeLayout and buildView per range change. `npx tsx bench/node-model.ts [deals]`
import { performance } from 'node:perf_hooks';
import { loadGraph } from '../src/data/load.ts';
import { generateGraph } from '../src/data/generate/index.ts';
import { computeLayout } from '../src/layout/index.ts';
import { buildView, indexGraph, unionGraph } from '../src/model/index.ts';
import { startDay } from '../src/data/partial-date.ts';

const deals = Number(process.argv[2] ?? 30000);
const time = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const r = f();
  console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms`);
  return r;
};
const input = time('generate', () => generateGraph({ deals, seed: 1 }));
const res = time('loadGraph', () => loadGraph(JSON.parse(JSON.stringify(input))));
if (!res.ok) throw new Error('invalid');
const graph = res.graph;
time('indexGraph', () => indexGraph(graph));
const union = time('unionGraph', () => unionGraph(graph));
console.log(`union: ${union.nodes.length} nodes, ${union.links.length} links`);
time('computeLayout', () => computeLayout(union));

const from = startDay('1950-01-01');
const to = startDay('2025-12-31');
const span = 5 * 365;
const samples: number[] = [];
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < 30; i++) {
    const start = from + Math.round(((to - span - from) * i) / 29);
    const t0 = performance.now();
    buildView(graph, { range: { from: start, to: start + span }, mode: 'window', basis: 'reported' });
    samples.push(performance.now() - t0);
  }
}
samples.sort((a, b) => a - b);
const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(2);
console.log(`buildView (5-year window sweep, ${samples.length}): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
