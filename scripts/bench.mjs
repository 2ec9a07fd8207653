#!/usr/bin/env node
// npm run bench: builds the benchmark pages (vite.bench.config.ts), serves them with
// `vite preview`, and measures our approach against a plain-d3 baseline in headless
// Chromium at 1280×800. Prints one JSON line per metric, ratio lines, and a summary
// line with PASS/FAIL per target. Exits non-zero only when the run itself breaks.
// BENCH_SIZES=bundled,5000 limits the sizes; BENCH_RUNS scales the repeats. The
// targets are read at 30000 (the SIPRI-like generator profile); 30000-dense is the
// stress profile with about twice the real register's links per window (ADR 0008).
// BENCH_FLOOR=edges-only measures a diagnostic build without states and labels in
// range changes (ADR 0010): its figures are named ours-edges-only and judge no target.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DATA = join(ROOT, '.tmp/bench-data');
const OUT = join(ROOT, 'dist-bench');
const SIZES = (process.env.BENCH_SIZES ?? 'bundled,5000,30000,30000-dense').split(',').map((s) => s.trim());
const SCALE = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const CHEAP = 5 * SCALE;
const EXPENSIVE = 3 * SCALE;
const PORT = Number(process.env.BENCH_PORT ?? 4179);
const FLOORS = ['edges-only'];
const FLOOR = process.env.BENCH_FLOOR || undefined;
if (FLOOR && !FLOORS.includes(FLOOR)) {
  process.stderr.write(`BENCH_FLOOR must be one of ${FLOORS.join(', ')}, not "${FLOOR}"\n`);
  process.exit(2);
}
/** Our figures' name: the app, or the diagnostic floor build. */
const OURS = FLOOR ? `ours-${FLOOR}` : 'ours';

const log = (m) => process.stderr.write(`[bench] ${m}\n`);
const lines = [];
function emit(obj) {
  lines.push(obj);
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  const r = (x) => Math.round(x * 100) / 100;
  return { median_ms: r(at(0.5)), p95_ms: r(at(0.95)), runs: s.length };
}
function metric(name, size, approach, samples, extra = {}) {
  emit({ metric: name, size, approach, ...stats(samples), ...extra });
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

async function waitForServer(url, child) {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error('vite preview exited');
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found. Install it (apt-get install chromium) or set CHROME_PATH.');
  log('data: bench/make-data.ts');
  run('npx', ['tsx', 'bench/make-data.ts', DATA]);
  log('build: vite build -c vite.bench.config.ts');
  run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.bench.config.ts', '--logLevel', 'warn', ...(FLOOR ? ['--mode', FLOOR] : [])]);
  cpSync(DATA, join(OUT, 'bench-data'), { recursive: true });

  const preview = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '-c', 'vite.bench.config.ts', '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${PORT}/bench`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  let context;
  try {
    await waitForServer(`${base}/ours.html`, preview);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      viewport: { width: 1280, height: 800 },
    });
    const version = context.browser()?.version() ?? (await versionOf(context));
    emit({ metric: 'environment', chromium: version, sizes: SIZES, ...(FLOOR ? { floor: FLOOR } : {}) });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    const open = async (name, data) => {
      await page.goto(`${base}/${name}.html`);
      await page.waitForFunction(() => window.__bench !== undefined);
      await page.evaluate((u) => window.__bench.load(u), `../bench-data/${data}.json`);
    };
    const summary = {};
    for (const size of SIZES) {
      log(`size ${size}: ours`);
      const ours = await measureOurs(open, page, size);
      log(`size ${size}: the whole explorer element`);
      const app = await measureApp(open, page, size);
      ours.app = app;
      log(`size ${size}: baseline`);
      const base = await measureBaseline(open, page, size);
      for (const [name, a, b] of [
        ['first_render', ours.first, base.first],
        ['range_change', ours.change, base.change],
        ['range_change_frame', ours.frame, base.frame],
      ]) {
        const sa = stats(a);
        const sb = stats(b);
        emit({
          metric: 'ratio',
          of: name,
          size,
          approach: OURS,
          baseline: 'plain-d3-300-ticks',
          ours_vs_baseline: Math.round((sa.median_ms / sb.median_ms) * 1000) / 1000,
          speedup: Math.round((sb.median_ms / sa.median_ms) * 10) / 10,
          ours_vs_baseline_p95: Math.round((sa.p95_ms / sb.p95_ms) * 1000) / 1000,
        });
      }
      summary[size] = { ours, base };
    }
    const big = summary['30000'];
    if (FLOOR) {
      emit({ metric: 'summary', floor: FLOOR, result: `diagnostic build (${FLOOR}, ADR 0010): no target is judged` });
    } else if (big) {
      const change = stats(big.ours.change);
      const frame = stats(big.ours.frame);
      const first = stats(big.ours.first);
      const firstStored = stats(big.ours.firstStored);
      const speed = stats(big.base.change).median_ms / change.median_ms;
      const frameSpeed = stats(big.base.frame).median_ms / frame.median_ms;
      const targets = [
        { target: 'range_change_frame p95 ≤ 16 ms at 30000 (within the frame that carries it)', value: frame.p95_ms, pass: frame.p95_ms <= 16 },
        { target: 'range_change_frame p95 ≤ 16 ms at 30000 (the whole explorer element)', value: stats(big.ours.app.frame).p95_ms, pass: stats(big.ours.app.frame).p95_ms <= 16 },
        { target: 'first_render ≤ 1000 ms at 30000 (the whole explorer element, stored positions)', value: stats(big.ours.app.first).median_ms, pass: stats(big.ours.app.first).median_ms <= 1000 },
        { target: 'range_change p95 ≤ 16 ms at 30000 (incl. the wait for the next frame)', value: change.p95_ms, pass: change.p95_ms <= 16 },
        { target: 'first_render ≤ 1000 ms at 30000 (worker layout)', value: first.median_ms, pass: first.median_ms <= 1000 },
        { target: 'first_render ≤ 1000 ms at 30000 (stored positions)', value: firstStored.median_ms, pass: firstStored.median_ms <= 1000 },
        { target: 'range_change ≥ 10× faster than baseline at 30000', value: Math.round(speed * 10) / 10, pass: speed >= 10 },
        { target: 'range_change_frame ≥ 10× faster than baseline at 30000', value: Math.round(frameSpeed * 10) / 10, pass: frameSpeed >= 10 },
      ];
      emit({ metric: 'summary', targets, result: targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}: ${t.target} (${t.value})`).join('; ') });
    }
  } finally {
    await context?.close().catch(() => {});
    preview.kill('SIGTERM');
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** A floor run must measure the floor build: its states are not drawn (bench/floor-plugin.ts). */
async function assertFloorBuild(page) {
  const hidden = await page.evaluate(() => {
    const state = document.querySelector('atn-network-view')?.svgElement?.querySelector('g[data-state]');
    return state ? getComputedStyle(state).display === 'none' : false;
  });
  if (!hidden) throw new Error(`BENCH_FLOOR=${FLOOR}: the page was not built with the floor's edits (vite.bench.config.ts --mode ${FLOOR})`);
}

async function versionOf(context) {
  const page = await context.newPage();
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? ua;
}

async function measureOurs(open, page, size) {
  const first = [];
  const firstStored = [];
  const parts = {};
  for (const [file, into, label] of [
    [size, first, OURS],
    [`${size}-stored`, firstStored, `${OURS}-stored-positions`],
  ]) {
    for (let i = 0; i < EXPENSIVE; i++) {
      await open('ours', file);
      const r = await page.evaluate(() => window.__bench.firstRender('worker'));
      if (FLOOR && i === 0) await assertFloorBuild(page);
      into.push(r.total);
      for (const k of ['parse', 'index', 'layout', 'view', 'render', 'paint']) ((parts[label] ??= {})[k] ??= []).push(r[k]);
      if (i === 0) log(`  ${label}: ${JSON.stringify(r)}`);
    }
    metric('first_render', size, label, into);
    for (const [k, v] of Object.entries(parts[label])) metric(`first_render.${k}`, size, label, v);
  }
  // Layout alone; the page from the last open has the non-stored graph loaded again below.
  await open('ours', size);
  await page.evaluate(() => window.__bench.firstRender('main'));
  for (const mode of ['worker', 'main']) {
    const ms = [];
    for (let i = 0; i < CHEAP; i++) ms.push((await page.evaluate((m) => window.__bench.layout(m), mode)).ms);
    metric(`layout_${mode === 'worker' ? 'worker' : 'main_thread'}`, size, OURS, ms);
  }
  const change = [];
  const model = [];
  const update = [];
  for (let i = 0; i < EXPENSIVE; i++) {
    const rs = await page.evaluate(() => window.__bench.rangeSweep());
    for (const r of rs) {
      change.push(r.total);
      model.push(r.model);
      update.push(r.update);
    }
  }
  metric('range_change', size, OURS, change);
  metric('range_change.buildView', size, OURS, model);
  metric('range_change.update', size, OURS, update);
  const frame = await alignedSweeps(page, size, OURS);
  const hover = [];
  for (let i = 0; i < CHEAP; i++) hover.push(...(await page.evaluate(() => window.__bench.hover(10))));
  metric('hover_highlight', size, OURS, hover);
  const exp = [];
  let bytes = 0;
  for (let i = 0; i < CHEAP; i++) {
    const r = await page.evaluate(() => window.__bench.exportSvg());
    exp.push(r.ms);
    bytes = r.bytes;
  }
  metric('svg_export', size, OURS, exp, { bytes });
  return { first, firstStored, change, frame };
}

/**
 * Range sweeps started at the beginning of a frame (bench/shared.ts inFrame): the
 * one-frame budget. Prints range_change_frame(.interval) and returns the frame times.
 */
async function alignedSweeps(page, size, approach) {
  const frame = [];
  const interval = [];
  const edges = [];
  const pageFrame = [];
  for (let i = 0; i < EXPENSIVE; i++) {
    for (const r of await page.evaluate(() => window.__bench.rangeSweep(true))) {
      frame.push(r.frame);
      interval.push(r.interval);
      if (r.edges) edges.push(r.edges);
      if (r.main !== undefined) pageFrame.push(r.main);
    }
  }
  metric('range_change_frame', size, approach, frame);
  metric('range_change_frame.interval', size, approach, interval);
  // Ours: the page's own frame (states, labels, the SVG) and, for dense views, the time
  // until the worker had painted the edges; range_change_frame is the later of the two.
  if (pageFrame.length > 0) metric('range_change_frame.page', size, approach, pageFrame);
  if (edges.length > 0) metric('range_change_frame.edges', size, approach, edges);
  return frame;
}

/**
 * The whole <arms-transfer-network> element, as the explorer sets it up (bench/app.ts):
 * first render from the file with stored positions, and frame-aligned range changes
 * set as from / to on the element. Everything a reader's change costs is in it.
 */
async function measureApp(open, page, size) {
  const label = `${OURS}-app`;
  const first = [];
  for (let i = 0; i < EXPENSIVE; i++) {
    await open('app', `${size}-stored`);
    const r = await page.evaluate(() => window.__bench.firstRender());
    first.push(r.total);
    if (i === 0) log(`  ${label}: ${JSON.stringify(r)}`);
  }
  metric('first_render', size, `${label}-stored-positions`, first);
  const frame = [];
  const pageFrame = [];
  const edges = [];
  const interval = [];
  // One sweep first, not counted: the stage's frame-aligned sweeps also follow a sweep
  // (its unaligned one), so both are timed with the code compiled.
  await page.evaluate(() => window.__bench.rangeSweep());
  for (let i = 0; i < EXPENSIVE; i++) {
    for (const r of await page.evaluate(() => window.__bench.rangeSweep())) {
      frame.push(r.frame);
      pageFrame.push(r.main);
      interval.push(r.interval);
      if (r.edges) edges.push(r.edges);
    }
  }
  metric('range_change_frame', size, label, frame);
  metric('range_change_frame.interval', size, label, interval);
  metric('range_change_frame.page', size, label, pageFrame);
  if (edges.length > 0) metric('range_change_frame.edges', size, label, edges);
  return { first, frame };
}

async function measureBaseline(open, page, size) {
  const first = [];
  const change = [];
  const js = [];
  for (let i = 0; i < EXPENSIVE; i++) {
    await open('baseline', size);
    const r = await page.evaluate(() => window.__bench.firstRender());
    first.push(r.total);
    if (i === 0) log(`  baseline: ${JSON.stringify(r)}`);
    for (const c of await page.evaluate(() => window.__bench.rangeSweep())) {
      change.push(c.total);
      js.push(c.js);
    }
  }
  metric('first_render', size, 'plain-d3-300-ticks', first);
  metric('range_change', size, 'plain-d3-300-ticks', change);
  metric('range_change.js', size, 'plain-d3-300-ticks', js);
  const frame = await alignedSweeps(page, size, 'plain-d3-300-ticks');
  return { first, change, frame };
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
