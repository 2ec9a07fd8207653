// npm run generate -- --deals 30000 --seed 1 [--states 150] [--from 1950] [--to 2025] [--profile sipri|dense] [-o file.json]
// Writes a synthetic SIPRI-like graph (invented data) for benchmarks and stress tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateGraph } from '../src/data/generate/index.ts';

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write('usage: npm run generate -- --deals N --seed N [--states N] [--from YEAR] [--to YEAR] [--profile sipri|dense] [-o out.json]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
const opts: Record<string, number> = {};
let out: string | undefined;
let profile: 'sipri' | 'dense' | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '-o' || a === '--out') {
    out = args[++i] ?? usage('-o needs a file name');
    continue;
  }
  if (a === '-h' || a === '--help') usage();
  if (a === '--profile') {
    const p = args[++i];
    if (p !== 'sipri' && p !== 'dense') usage('--profile needs sipri or dense');
    profile = p;
    continue;
  }
  const name = { '--deals': 'deals', '--seed': 'seed', '--states': 'states', '--from': 'fromYear', '--to': 'toYear' }[a];
  if (!name) usage(`unknown option ${a}`);
  const value = Number(args[++i]);
  if (!Number.isInteger(value)) usage(`${a} needs an integer`);
  opts[name] = value;
}
const graph = generateGraph({
  deals: opts.deals ?? 1000,
  seed: opts.seed ?? 1,
  ...(opts.states !== undefined ? { states: opts.states } : {}),
  ...(opts.fromYear !== undefined ? { fromYear: opts.fromYear } : {}),
  ...(opts.toYear !== undefined ? { toYear: opts.toYear } : {}),
  ...(profile ? { profile } : {}),
});
const json = `${JSON.stringify(graph)}\n`;
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  process.stderr.write(`wrote ${graph.transfers.length} transfers, ${graph.states.length} states to ${out}\n`);
} else process.stdout.write(json);
