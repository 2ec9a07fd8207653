import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/data/load.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [join(root, 'scripts', script), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('import CLIs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atn-import-'));

  it('import-sipri writes JSON to -o and reports problems and a summary on stderr', async () => {
    const out = join(dir, 'sipri.json');
    const r = await cli('import-sipri.ts', [fixture('trade-register.csv'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('trade-register.csv:17: error: unknown recipient "Atlantis"');
    expect(r.stderr).toMatch(/transfers: 8/);
    expect(r.stderr).toMatch(/skipped rows: 1/);
    expect(r.stderr).toMatch(/unmapped names: Atlantis/);
    expect(r.stderr).toMatch(/years: 2019–2025/);
    expect(loadGraph(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
  }, 30_000);

  it('import-sipri writes to stdout without -o and exits 1 when nothing imports', async () => {
    const ok = await cli('import-sipri.ts', [fixture('deliveries.csv')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).transfers).toHaveLength(4);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'not,a,sipri,file\n');
    const r = await cli('import-sipri.ts', [bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no SIPRI header row found');
  }, 30_000);

  it('import-csv imports the newsroom template format', async () => {
    const out = join(dir, 'csv.json');
    const r = await cli('import-csv.ts', [fixture('newsroom.csv'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('newsroom.csv:5: error: unknown recipient "Atlantis"');
    expect(JSON.parse(readFileSync(out, 'utf8')).transfers).toHaveLength(3);
  }, 30_000);
});
