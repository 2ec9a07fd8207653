// npm run layout -- in.json [-o out.json] [--relayout] [--seed N] [--ticks N]
// Runs the union layout once, offline, and stores every laid-out state's position
// in states[].position, so the app pins them and skips the simulation at load
// (docs/performance.md). Everything else in the file is kept as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadGraph } from '../src/data/load.ts';
import type { GraphInput } from '../src/data/types.ts';
import { computeLayout } from '../src/layout/compute-layout.ts';
import type { LayoutOptions } from '../src/layout/types.ts';
import { unionGraph } from '../src/model/union.ts';

export interface PrecomputeOptions extends LayoutOptions {
  /** Ignore positions already in the file and lay out from scratch. */
  readonly relayout?: boolean;
}

/**
 * A copy of `input` with states[].position set from the union layout. States that
 * take part in no transfer keep what they had. Throws when the graph is invalid.
 */
export function withPositions(input: GraphInput, options: PrecomputeOptions = {}): GraphInput {
  const { relayout = false, ...layoutOptions } = options;
  const base: GraphInput = relayout
    ? { ...input, states: input.states.map(({ position: _drop, ...s }) => s) }
    : input;
  const loaded = loadGraph(base);
  if (!loaded.ok) {
    const first = loaded.problems.slice(0, 5).map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(`the graph is not valid:\n${first.join('\n')}`);
  }
  const { positions } = computeLayout(unionGraph(loaded.graph), layoutOptions);
  return {
    ...base,
    states: base.states.map((s) => {
      const p = positions.get(s.id);
      return p ? { ...s, position: { x: p.x, y: p.y } } : s;
    }),
  };
}

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write('usage: npm run layout -- <in.json> [-o out.json] [--relayout] [--seed N] [--ticks N]\n');
  process.exit(2);
}

function main(args: readonly string[]): void {
  let input: string | undefined;
  let out: string | undefined;
  let relayout = false;
  const numbers: { seed?: number; ticks?: number } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out') out = args[++i] ?? usage('-o needs a file name');
    else if (a === '--relayout') relayout = true;
    else if (a === '--seed' || a === '--ticks') {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${a} needs a non-negative integer`);
      numbers[a === '--seed' ? 'seed' : 'ticks'] = v;
    } else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (input === undefined) input = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!input) usage('no input file');
  let raw: GraphInput;
  try {
    raw = JSON.parse(readFileSync(input, 'utf8').replace(/^\uFEFF/, '')) as GraphInput;
  } catch (err) {
    process.stderr.write(`cannot read ${input}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const t0 = performance.now();
  let result: GraphInput;
  try {
    result = withPositions(raw, { relayout, ...numbers });
  } catch (err) {
    process.stderr.write(`${input}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const placed = result.states.filter((s) => s.position).length;
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  process.stderr.write(`positions stored for ${placed} of ${result.states.length} states (${Math.round(performance.now() - t0)} ms)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
