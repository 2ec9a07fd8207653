#!/usr/bin/env node
// Render-only benchmark (bench/render.ts): range sweeps, hover and export timed
// without the model. Usage:
//   node bench/render-run.mjs [--root DIR] [--initial union|view] [--sizes bundled,30000] [--runs 3] [--split] [--profile]
// --root builds the page from another copy of the sources (e.g. a saved "before"
// tree containing src/ and bench/), so before/after run the same page. Needs the
// data of `npm run bench` in .tmp/bench-data (npx tsx bench/make-data.ts).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/find-chromium.mjs';

const REPO = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = resolve(arg('root', REPO));
const initial = arg('initial', 'view');
const sizes = arg('sizes', 'bundled,30000').split(',');
const runs = Number(arg('runs', 3));
/** --profile: one extra sweep under the CPU profiler; prints the top functions by self time. */
const profile = process.argv.includes('--profile');
/** --split: force style + layout right after updateNetwork and report it apart (the frame then holds mostly paint). */
const split = process.argv.includes('--split');
const outDir = join(REPO, '.tmp', `bench-render-${initial}-${Buffer.from(root).toString('hex').slice(-12)}`);
const DATA = join(REPO, '.tmp/bench-data');

await build({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  configFile: false,
  build: { target: 'es2022', minify: !profile, outDir, emptyOutDir: true, rollupOptions: { input: { render: join(root, 'bench/render.html') } } },
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/bench-data/') ? join(DATA, path.slice('/bench-data/'.length)) : join(outDir, path);
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  const r = (x) => Math.round(x * 100) / 100;
  return { median_ms: r(at(0.5)), p95_ms: r(at(0.95)), n: s.length };
};
const userDataDir = mkdtempSync(join(tmpdir(), 'bench-render-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_FLAGS],
  viewport: { width: 1280, height: 800 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  for (const size of sizes) {
    await page.goto(`http://127.0.0.1:${port}/bench/render.html`);
    await page.waitForFunction(() => window.__render !== undefined);
    const info = await page.evaluate(([u, i]) => window.__render.setup(u, i), [`/bench-data/${size}-stored.json`, initial]);
    const update = [];
    const total = [];
    const layoutMs = [];
    let elements = [];
    for (let i = 0; i < runs; i++) {
      const rs = await page.evaluate((split) => window.__render.rangeSweep(split), split);
      layoutMs.push(...rs.map((r) => r.layout));
      update.push(...rs.map((r) => r.update));
      total.push(...rs.map((r) => r.total));
      elements = rs.map((r) => r.elements);
    }
    if (profile) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.__render.rangeSweep());
      const { profile: prof } = await cdp.send('Profiler.stop');
      const dt = new Map();
      const byId = new Map(prof.nodes.map((n) => [n.id, n]));
      prof.samples.forEach((id, i) => {
        const n = byId.get(id);
        const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        dt.set(name, (dt.get(name) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
      });
      const top = [...dt].sort((a, b) => b[1] - a[1]).slice(0, 25);
      for (const [name, ms] of top) process.stderr.write(`  ${ms.toFixed(1).padStart(8)} ms  ${name}\n`);
    }
    const hoverTotal = [];
    const hoverJs = [];
    for (let i = 0; i < runs; i++) {
      const h = await page.evaluate(() => window.__render.hover(10));
      hoverTotal.push(...h.total);
      hoverJs.push(...h.js);
    }
    const exp = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate(() => window.__render.exportSvg());
      exp.push(r.ms);
      bytes = r.bytes;
    }
    const line = (metric, xs, extra = {}) =>
      process.stdout.write(`${JSON.stringify({ metric, size, initial, ...stats(xs), ...extra })}\n`);
    line('first_render (render + paint)', [info.firstRender], { unionEdges: info.unionEdges, elements: info.elements });
    line('buildView (model, for reference)', info.model);
    line('range_change.updateNetwork', update);
    line('range_change (updateNetwork + frame)', total, { viewEdges: stats(info.viewEdges), elements: stats(elements) });
    if (split) line('range_change.style+layout (forced)', layoutMs);
    line('hover.applyHighlight', hoverJs);
    line('hover (applyHighlight + frame)', hoverTotal);
    line('svg_export', exp, { bytes });
  }
} finally {
  await context.close().catch(() => {});
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
