// Writes the benchmark's data files into the given folder (default .tmp/bench-data):
// the bundled dataset, synthetic graphs of 5,000 and 30,000 deals (seed 1, the
// SIPRI-like profile) and 30,000 deals in the 'dense' stress profile, each also with
// stored positions (scripts/precompute-layout.ts). Existing files are kept while the
// stamp below matches; bump it when the generator's output changes.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateGraph } from '../src/data/generate/index.ts';
import type { GraphInput } from '../src/data/types.ts';
import { withPositions } from '../scripts/precompute-layout.ts';

const dir = process.argv[2] ?? '.tmp/bench-data';
const STAMP = 'generator profiles sipri + dense, eras (ADR 0008)';
const synthetic = [
  ['5000', { deals: 5000, seed: 1 }],
  ['30000', { deals: 30000, seed: 1 }],
  ['30000-dense', { deals: 30000, seed: 1, profile: 'dense' }],
] as const;
const NAMES = ['bundled', ...synthetic.map(([name]) => name)];
const stampFile = join(dir, 'stamp.txt');
// Stale data (another generator): remove this script's own files, and nothing else.
if (existsSync(dir) && (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== STAMP)) {
  for (const name of NAMES) for (const suffix of ['', '-stored']) rmSync(join(dir, `${name}${suffix}.json`), { force: true });
}
mkdirSync(dir, { recursive: true });
writeFileSync(stampFile, STAMP);
const bundled = join(dir, 'bundled.json');
if (!existsSync(bundled)) copyFileSync('data/transfers.json', bundled);
for (const [name, options] of synthetic) {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateGraph(options)));
}
for (const name of NAMES) {
  const file = join(dir, `${name}-stored.json`);
  if (existsSync(file)) continue;
  const input = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as GraphInput;
  writeFileSync(file, JSON.stringify(withPositions(input)));
  process.stderr.write(`bench data: ${file}\n`);
}
