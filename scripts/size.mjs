#!/usr/bin/env node
// `npm run size`: raw and gzip size of the widget bundle against its budget, plus the
// self-containment check (no imports, no eval). Exits 1 when over budget or unfit,
// 2 when the bundle has not been built. Run `npm run build:widget` first.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GZIP_BUDGET, WIDGET_PATH, bundleProblems, formatBytes, measure } from './bundle-check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? WIDGET_PATH;

let code;
try {
  code = readFileSync(new URL(file, `file://${root}`), 'utf8');
} catch {
  console.error(`[size] ${file} not found. Build it first: npm run build:widget`);
  process.exit(2);
}

const { raw, gzip } = measure(code);
const problems = bundleProblems(code);
const over = gzip > GZIP_BUDGET;
console.log(`[size] ${file}`);
console.log(`[size]   raw:    ${formatBytes(raw)}`);
console.log(`[size]   gzip:   ${formatBytes(gzip)}`);
console.log(`[size]   budget: ${formatBytes(GZIP_BUDGET)} gzip — ${over ? 'OVER' : 'ok'}, ${((gzip / GZIP_BUDGET) * 100).toFixed(0)}% used`);
if (problems.length > 0) {
  console.error(`[size] the bundle is not self-contained or not CSP-safe:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
process.exit(over || problems.length > 0 ? 1 : 0);
