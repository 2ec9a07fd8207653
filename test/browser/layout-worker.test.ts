// The union layout computed in a Web Worker equals the main thread's computeLayout
// exactly (same code, same seed, numbers survive structured cloning), and the
// client falls back to the main thread when no worker can run.
import { layoutInWorker, layoutInputOf, type LayoutSource } from '../../src/embed/layout-client.ts';
import { generateGraph } from '../../src/data/generate/index.ts';
import { loadGraph } from '../../src/data/load.ts';
import type { Graph } from '../../src/data/types.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import type { LayoutResult } from '../../src/layout/types.ts';
import { assert, assertEqual } from './helpers/assert.ts';

function graphOf(input: unknown): Graph {
  const loaded = loadGraph(input);
  if (!loaded.ok) throw new Error(`invalid graph: ${loaded.problems[0]?.message}`);
  return loaded.graph;
}

function assertSameLayout(actual: LayoutResult, expected: LayoutResult, what: string): void {
  assertEqual(actual.positions.size, expected.positions.size, `${what}: node count`);
  assert(actual.positions.size > 0, `${what}: has nodes`);
  for (const [id, p] of expected.positions) {
    const q = actual.positions.get(id);
    assert(q !== undefined, `${what}: ${id} is placed`);
    assertEqual(q.x, p.x, `${what}: x of ${id}`);
    assertEqual(q.y, p.y, `${what}: y of ${id}`);
  }
  assertEqual(JSON.stringify(actual.bounds), JSON.stringify(expected.bounds), `${what}: bounds`);
}

async function run(graph: Graph, options: Parameters<typeof layoutInWorker>[1] = {}) {
  let source: LayoutSource | undefined;
  const result = await layoutInWorker(graph, { workerThreshold: 0, ...options, onSource: (s) => (source = s) });
  return { result, source };
}

describe('layout in a Web Worker', () => {
  let bundled: Graph;
  let synthetic: Graph;
  before(async () => {
    bundled = graphOf(await (await fetch('/data/transfers.json')).json());
    synthetic = graphOf(generateGraph({ deals: 600, seed: 1 }));
  });

  it('equals computeLayout on the main thread, for the bundled dataset', async () => {
    const { result, source } = await run(bundled);
    assertEqual(source, 'worker', 'ran in the worker');
    assertSameLayout(result, computeLayout(layoutInputOf(bundled)), 'bundled');
  });

  it('equals computeLayout on the main thread, for a synthetic graph with options', async () => {
    const { result, source } = await run(synthetic, { seed: 5, ticks: 150 });
    assertEqual(source, 'worker', 'ran in the worker');
    assertSameLayout(result, computeLayout(layoutInputOf(synthetic), { seed: 5, ticks: 150 }), 'synthetic');
  });

  it('falls back to the main thread when creating the worker throws (e.g. a CSP)', async () => {
    const { result, source } = await run(bundled, {
      createWorker: () => {
        throw new DOMException('blocked by Content Security Policy', 'SecurityError');
      },
    });
    assertEqual(source, 'main-thread', 'fell back');
    assertSameLayout(result, computeLayout(layoutInputOf(bundled)), 'fallback');
  });

  it('falls back to the main thread when the worker script fails to load', async () => {
    const { result, source } = await run(bundled, {
      createWorker: () => new Worker(new URL('./no-such-worker.js', import.meta.url), { type: 'module' }),
    });
    assertEqual(source, 'main-thread', 'fell back');
    assertSameLayout(result, computeLayout(layoutInputOf(bundled)), 'fallback after load error');
  });

  it('lays out a small union on the main thread by default', async () => {
    let source: LayoutSource | undefined;
    const result = await layoutInWorker(bundled, { onSource: (s) => (source = s) });
    assertEqual(source, 'small', 'small union stays on the main thread');
    assertSameLayout(result, computeLayout(layoutInputOf(bundled)), 'small');
  });

  it('uses stored positions without a simulation when every state has one', async () => {
    const laidOut = computeLayout(layoutInputOf(bundled));
    const raw = (await (await fetch('/data/transfers.json')).json()) as { states: { id: string; position?: unknown }[] };
    for (const s of raw.states) {
      const p = laidOut.positions.get(s.id);
      if (p) s.position = { x: p.x, y: p.y };
    }
    const stored = graphOf(raw);
    const { result, source } = await run(stored, {
      createWorker: () => {
        throw new Error('no worker should be created for stored positions');
      },
    });
    assertEqual(source, 'stored', 'used the stored positions');
    assertSameLayout(result, laidOut, 'stored');
  });
});
