// @web/test-runner: real-browser tests in test/browser/**/*.test.ts, run in the
// system Chromium (never a downloaded one). Unit tests (vitest) and end-to-end
// tests (e2e/, scripts/e2e.mjs) are deliberately out of this runner's glob.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found for browser tests. Install it (apt-get install chromium) or set CHROME_PATH.');
}

// A fresh profile per run, removed on exit, so no state leaks between runs.
const userDataDir = mkdtempSync(join(tmpdir(), 'wtr-chromium-'));
process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // Two cores on CI: one browser page at a time keeps timings stable.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        userDataDir,
        args: [...CHROMIUM_FLAGS],
      },
    }),
  ],
  // tsconfig is passed so esbuild honours useDefineForClassFields: false, which
  // lit's static `properties` need (class fields would shadow reactive accessors).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
};
