#!/usr/bin/env node
// End-to-end tests: build the app, serve dist/ with `vite preview` on a free port,
// run every e2e/**/*.e2e.ts with node:test (through tsx, since Node 20 cannot strip
// types), then stop exactly the preview process this script started.
//
// Usage: node scripts/e2e.mjs [e2e/some.e2e.ts ...]   (default: all e2e files)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const HOST = '127.0.0.1';

/** @type {import('node:child_process').ChildProcess | undefined} */
let preview;
/** The build or test process currently running, if any. @type {import('node:child_process').ChildProcess | undefined} */
let current;

function log(message) {
  console.log(`[e2e] ${message}`);
}

/** Runs a command with inherited stdio; resolves to its exit code. Async, so signals stay handled. */
function run(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env });
    current = child;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function findE2eFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.e2e.ts'))
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)))
    .sort();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/** Stops the preview server we started (by its PID only) and waits for it to go. */
async function stopPreview() {
  const child = preview;
  preview = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  log(`stopping vite preview (pid ${child.pid})`);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    void stopPreview().finally(() => process.exit(130));
  });
}
// Last resort if something throws synchronously past the try/finally below.
process.on('exit', () => {
  if (current && current.exitCode === null) current.kill('SIGKILL');
  if (preview && preview.exitCode === null) preview.kill('SIGKILL');
});

async function main() {
  const requested = process.argv.slice(2);
  const files = requested.length > 0 ? requested : findE2eFiles(join(root, 'e2e'));
  if (files.length === 0) {
    console.error('[e2e] no e2e/**/*.e2e.ts files found');
    return 1;
  }

  log('building the app (vite build)');
  if ((await run([viteBin, 'build'])) !== 0) {
    console.error('[e2e] vite build failed');
    return 1;
  }

  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}/`;
  // Spawn vite directly (not via npx) so the PID we hold is the server itself.
  preview = spawn(process.execPath, [viteBin, 'preview', '--host', HOST, '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  preview.stdout?.on('data', (d) => process.stdout.write(`[preview] ${d}`));
  preview.stderr?.on('data', (d) => process.stderr.write(`[preview] ${d}`));
  log(`vite preview started (pid ${preview.pid}) at ${baseUrl}`);

  try {
    await waitForServer(baseUrl, preview);
    log(`running ${files.length} file(s): ${files.join(', ')}`);
    const status = await run(
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
      { ...process.env, BASE_URL: baseUrl },
    );
    if (status !== 0) {
      console.error(`[e2e] tests failed (exit ${status}); screenshots, if any, are in test-results/`);
      return 1;
    }
    return 0;
  } finally {
    await stopPreview();
  }
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(`[e2e] ${err instanceof Error ? err.message : err}`);
    await stopPreview();
    process.exit(1);
  },
);
