#!/usr/bin/env node
// `npm test`: every suite, in order, stopping at the first failure.
// typecheck → unit (vitest) → dataset validation → browser (web-test-runner) → e2e.
// Ends with a line "N passed, M failed" counting the suites, for CI readers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DATASET = 'data/transfers.json';

function log(message) {
  console.log(`\n[test] ${message}`);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Finds Chromium; on Debian as root, installs it with apt. Exits with a clear message otherwise. */
function ensureChromium() {
  let path;
  try {
    path = findChromium();
  } catch (err) {
    console.error(`[test] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
  if (path) return path;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    const command = 'apt-get update && apt-get install -y chromium';
    log(`Chromium not found; installing it: ${command}`);
    const res = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (res.status !== 0) console.error(`[test] apt-get failed (exit ${res.status})`);
    path = findChromium();
  }
  if (!path) {
    console.error(
      '[test] No Chromium found, and it could not be installed automatically.\n' +
        '       Install Chromium or Chrome, or point CHROME_PATH at its executable, e.g.\n' +
        '       CHROME_PATH=/path/to/chrome npm test',
    );
    process.exit(1);
  }
  return path;
}

const chromePath = ensureChromium();
console.log(`[test] using Chromium at ${chromePath}`);

/** @type {{ name: string, args: string[], skip?: string }[]} */
const steps = [
  { name: 'typecheck', args: ['run', 'typecheck'] },
  { name: 'unit', args: ['run', 'test:unit'] },
  {
    name: 'validate dataset',
    args: ['run', 'validate', '--', DATASET],
    skip: existsSync(`${root}/${DATASET}`) ? undefined : `${DATASET} is absent`,
  },
  { name: 'browser', args: ['run', 'test:browser'] },
  { name: 'e2e', args: ['run', 'test:e2e'] },
];

const env = { ...process.env, CHROME_PATH: chromePath };
const results = [];
let passed = 0;
let failed = 0;

for (const step of steps) {
  if (failed > 0) {
    results.push(`${step.name}: not run`);
    continue;
  }
  if (step.skip) {
    log(`skipping ${step.name}: ${step.skip}`);
    results.push(`${step.name}: skipped (${step.skip})`);
    continue;
  }
  log(`${step.name}: npm ${step.args.join(' ')}`);
  const started = performance.now();
  const res = spawnSync('npm', step.args, { cwd: root, stdio: 'inherit', env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (res.status === 0) {
    passed += 1;
    results.push(`${step.name}: passed (${seconds}s)`);
  } else {
    failed += 1;
    results.push(`${step.name}: FAILED (exit ${res.status ?? res.signal}, ${seconds}s)`);
  }
}

console.log(`\n[test] summary\n${results.map((r) => `  ${r}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
