// The widget library build is one self-contained, CSP-safe file. Builds it into a
// temporary folder (the real config, only outDir changed) and parses the output.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, mergeConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleProblems, measure } from '../../../scripts/bundle-check.mjs';
import widgetConfig, { WIDGET_FILE } from '../../../vite.widget.config.ts';

describe('bundleProblems', () => {
  it('finds imports, re-exports and code evaluation, and nothing in strings', () => {
    const code = [
      'import a from "lit";',
      'export * from "./x.js";',
      'export { b } from "./y.js";',
      'import("./z.js");',
      'eval("1");',
      'new Function("return 1");',
      'Function("x", "return x");',
      'const ok = "import x from \'y\'; eval(2)"; document.importNode; export { ok };',
    ].join('\n');
    const problems = bundleProblems(code);
    expect(problems.map((p) => p.replace(/ at offset \d+$/, ''))).toEqual([
      'static import of "lit"',
      're-export from "./x.js"',
      're-export from "./y.js"',
      'dynamic import()',
      'eval(...)',
      'new Function(...)',
      'Function(...)',
    ]);
    expect(bundleProblems('export const x = 1; export default class A {}')).toEqual([]);
  });

  it('measures raw and gzip bytes', () => {
    const { raw, gzip } = measure('a'.repeat(1000));
    expect(raw).toBe(1000);
    expect(gzip).toBeGreaterThan(0);
    expect(gzip).toBeLessThan(100);
  });
});

describe('the widget library build', () => {
  let outDir: string;
  let files: string[];
  let code: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'atn-widget-'));
    await build(mergeConfig(widgetConfig, { logLevel: 'silent', configFile: false, build: { outDir } }));
    files = readdirSync(outDir, { recursive: true }).map(String);
    code = readFileSync(join(outDir, WIDGET_FILE), 'utf8');
  }, 60_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is one file', () => {
    expect(files).toEqual([WIDGET_FILE]);
  });

  it('has no imports and no eval', () => {
    expect(bundleProblems(code)).toEqual([]);
  });

  it('is minified, defines the element and exports its class', () => {
    // Minified: module-level names are mangled (template literals keep their newlines).
    expect(code).not.toMatch(/function computeLayout\(/);
    expect(code).not.toMatch(/^\s*\/\/ /m);
    expect(code).toContain('arms-transfer-network');
    expect(code).toMatch(/export\s*\{[^}]*\bas ArmsTransferNetwork\b/);
  });

});
