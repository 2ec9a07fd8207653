// Node-side timing of the pure path at SIPRI scale: load, indexGraph, unionGraph,
// computeLayout and buildView per range change.
//   npx tsx bench/node-model.ts [deals]           (generated, seed 1; default 30000)
//   BENCH_FILE=.tmp/synthetic-30000.json npx tsx bench/node-model.ts
// Env: LOAD_RUNS (parseGraphJson repeats, default 10), VIEW_ROUNDS (window sweeps per
// mode × basis, default 3 → 48 samples each), SKIP_LAYOUT=1.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { deepFreeze, normalizeGraph } from '../src/data/normalize.ts';
import { MAX_VALUES, validateGraph, type GraphOutput } from '../src/data/validate.ts';
import { acceptValidGraph, parseGraphJsonFast } from '../src/data/fast-accept.ts';
import { generateGraph } from '../src/data/generate/index.ts';
import { computeLayout } from '../src/layout/index.ts';
import { buildView, indexGraph, unionGraph } from '../src/model/index.ts';
import { endDay, startDay } from '../src/data/partial-date.ts';
import type { DateBasis, RangeMode } from '../src/model/types.ts';

const deals = Number(process.argv[2] ?? 30000);
const loadRuns = Number(process.env.LOAD_RUNS ?? 10);
const viewRounds = Number(process.env.VIEW_ROUNDS ?? 3);

const time = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const r = f();
  console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms`);
  return r;
};
/** Median and p95 (nearest rank) of a sample. */
function stats(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { p50: rank(0.5), p95: rank(0.95), max: s.at(-1)! };
}
const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 0);

const text = process.env.BENCH_FILE
  ? readFileSync(process.env.BENCH_FILE, 'utf8')
  : time('generate', () => JSON.stringify(generateGraph({ deals, seed: 1 })));
console.log(`data: ${(text.length / 1e6).toFixed(1)} MB`);

const loads: number[] = [];
let result = parseGraphJsonFast(text); // warm-up (JIT), not counted
for (let i = 0; i < loadRuns; i++) {
  const t0 = performance.now();
  result = parseGraphJsonFast(text);
  loads.push(performance.now() - t0);
}
if (!result.ok) throw new Error(`invalid: ${result.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
const l = stats(loads);
console.log(`parseGraphJsonFast (${loads.length} runs): p50 ${fmt(l.p50)} ms, p95 ${fmt(l.p95)} ms, max ${fmt(l.max)} ms`);
// Where the loader's time goes (median of LOAD_RUNS): JSON.parse, the fast path's
// acceptance (as parseGraphJsonFast, the app's loader, does) and the full validation it
// spares a valid file, sorting + freezing in place, and deep-freezing alone (on a
// second tree, since normalize froze the first).
if (process.env.LOAD_SPLIT !== '0' && 'ok' in result) {
  const split = {
    'JSON.parse': [] as number[],
    acceptValidGraph: [] as number[],
    'validateGraph (full)': [] as number[],
    normalizeGraph: [] as number[],
    'of which deepFreeze': [] as number[],
  };
  for (let i = 0; i < Math.max(3, Math.min(loadRuns, 10)); i++) {
    let t0 = performance.now();
    const data: unknown = JSON.parse(text);
    split['JSON.parse'].push(performance.now() - t0);
    t0 = performance.now();
    const value = acceptValidGraph(data, MAX_VALUES) as GraphOutput | undefined;
    split.acceptValidGraph.push(performance.now() - t0);
    if (!value) throw new Error('not accepted');
    t0 = performance.now();
    validateGraph(JSON.parse(text), { parsedJson: true });
    split['validateGraph (full)'].push(performance.now() - t0);
    t0 = performance.now();
    normalizeGraph(value, { inPlace: true });
    split.normalizeGraph.push(performance.now() - t0);
    const again = acceptValidGraph(JSON.parse(text), MAX_VALUES);
    t0 = performance.now();
    deepFreeze(again);
    split['of which deepFreeze'].push(performance.now() - t0);
  }
  console.log(`  split (p50): ${Object.entries(split).map(([k, xs]) => `${k} ${fmt(stats(xs).p50)} ms`).join(', ')}`);
}
const graph = result.graph;
console.log(`graph: ${graph.states.length} states, ${graph.transfers.length} transfers`);

time('indexGraph + first buildView', () =>
  buildView(graph, { range: { from: startDay('1950'), to: endDay('2025') }, mode: 'cumulative', basis: 'reported' }),
);
time('indexGraph (cached)', () => indexGraph(graph));
const union = time('unionGraph', () => unionGraph(graph));
console.log(`union: ${union.nodes.length} nodes, ${union.links.length} links`);
if (!process.env.SKIP_LAYOUT) time('computeLayout', () => computeLayout(union));

// 5-year windows sweeping 1950–2029: 1950–1954, 1955–1959, …, 2025–2029.
const windows: { from: number; to: number }[] = [];
for (let y = 1950; y <= 2025; y += 5) windows.push({ from: startDay(String(y)), to: endDay(String(y + 4)) });
const all: number[] = [];
for (const mode of ['window', 'cumulative'] as RangeMode[]) {
  for (const basis of ['reported', 'happened'] as DateBasis[]) {
    for (const range of windows) buildView(graph, { range, mode, basis }); // warm-up
    const samples: number[] = [];
    let edges = 0;
    for (let round = 0; round < viewRounds; round++) {
      for (const range of windows) {
        const t0 = performance.now();
        const view = buildView(graph, { range, mode, basis });
        samples.push(performance.now() - t0);
        edges = Math.max(edges, view.edges.length);
      }
    }
    all.push(...samples);
    const s = stats(samples);
    console.log(
      `buildView ${mode}/${basis} (${samples.length}, ≤${edges} edges): p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms`,
    );
  }
}
const s = stats(all);
console.log(`buildView all (${all.length}): p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms`);
