// Writes the benchmark's data files into the given folder (default .tmp/bench-data):
// the bundled dataset and synthetic graphs of 5,000 and 30,000 deals (seed 1), each
// also with stored positions (scripts/precompute-layout.ts). Existing files are kept.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateGraph } from '../src/data/generate/index.ts';
import type { GraphInput } from '../src/data/types.ts';
import { withPositions } from '../scripts/precompute-layout.ts';

const dir = process.argv[2] ?? '.tmp/bench-data';
mkdirSync(dir, { recursive: true });
const bundled = join(dir, 'bundled.json');
if (!existsSync(bundled)) copyFileSync('data/transfers.json', bundled);
for (const deals of [5000, 30000]) {
  const file = join(dir, `${deals}.json`);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateGraph({ deals, seed: 1 })));
}
for (const name of ['bundled', '5000', '30000']) {
  const file = join(dir, `${name}-stored.json`);
  if (existsSync(file)) continue;
  const input = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as GraphInput;
  writeFileSync(file, JSON.stringify(withPositions(input)));
  process.stderr.write(`bench data: ${file}\n`);
}
