// npm run import:sipri -- <export.csv> [-o out.json] [--title "…"] [--generated YYYY-MM-DD] [--layout]
// Imports a SIPRI Arms Transfers Database export the user downloaded. Problems and a
// summary go to stderr, the graph JSON to -o or stdout. Exit 1 when nothing imported.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText, formatImportReport, importSipri } from '../src/data/import/index.ts';
import { withPositions } from './precompute-layout.ts';

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write('usage: npm run import:sipri -- <export.csv> [-o out.json] [--title TEXT] [--generated YYYY-MM-DD] [--layout]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let input: string | undefined;
let out: string | undefined;
let title: string | undefined;
let generated: string | undefined;
// --layout: store union-layout positions in states[].position (no simulation at page load).
let layout = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '-o' || a === '--out') out = args[++i] ?? usage('-o needs a file name');
  else if (a === '--title') title = args[++i] ?? usage('--title needs a value');
  else if (a === '--generated') generated = args[++i] ?? usage('--generated needs a date');
  else if (a === '--layout') layout = true;
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else if (input === undefined) input = a;
  else usage(`unexpected argument ${a}`);
}
if (!input) usage('no input file');

let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(input));
} catch (err) {
  process.stderr.write(`cannot read ${input}: ${(err as Error).message}\n`);
  process.exit(1);
}
const result = importSipri(decodeText(bytes), {
  ...(title ? { title } : {}),
  ...(generated ? { dataGenerated: generated } : {}),
});
process.stderr.write(`${formatImportReport(result, basename(input))}\n`);
const graph = layout && result.summary.transfers > 0 ? withPositions(result.graph) : result.graph;
const json = `${JSON.stringify(graph, null, 2)}\n`;
if (out) writeFileSync(out, json);
else process.stdout.write(json);
process.exitCode = result.summary.transfers > 0 ? 0 : 1;
