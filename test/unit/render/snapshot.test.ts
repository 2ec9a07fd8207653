// @vitest-environment jsdom
// SVG snapshots (Observable Plot style): the serialized SVG is compared byte for
// byte with a committed file. UPDATE_SNAPSHOTS=1 rewrites them; a missing file is written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderNetwork, type RenderOptions } from '../../../src/render/index.ts';
import type { GraphView } from '../../../src/model/types.ts';
import { crowdedView, parallelView, positionsFor, tinyView } from './fixtures.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');

function render(view: GraphView, options: RenderOptions): string {
  const positions = positionsFor(view, options);
  return renderNetwork(document, view, positions, options).outerHTML + '\n';
}

function assertSnapshot(name: string, actual: string): void {
  const file = join(DIR, `${name}.svg`);
  // In CI a missing snapshot is a failure, not a fresh baseline.
  if (!existsSync(file) && process.env['CI']) throw new Error(`missing snapshot ${name}.svg: run the tests locally and commit it`);
  if (process.env['UPDATE_SNAPSHOTS'] === '1' || !existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  const expected = readFileSync(file, 'utf8');
  expect(actual === expected, `${name}.svg differs from the committed snapshot (UPDATE_SNAPSHOTS=1 to accept)`).toBe(true);
}

const CASES: ReadonlyArray<[string, () => GraphView, RenderOptions]> = [
  ['tiny', tinyView, { width: 480, height: 320 }],
  ['parallel', parallelView, { width: 640, height: 420, highlight: { focus: 'PRK-RUS-artillery-ammunition' } }],
  ['crowded', crowdedView, { width: 320, height: 240, legend: false }],
  ['narrow-dark', parallelView, { width: 360, height: 420, narrow: true, theme: 'dark', title: 'North Korea and Russia' }],
];

describe('SVG snapshots', () => {
  for (const [name, view, options] of CASES) {
    it(`${name}.svg matches`, () => {
      const svg = render(view(), options);
      assertSnapshot(name, svg);
      // Same input → byte-identical output.
      expect(render(view(), options)).toBe(svg);
    });
  }

  it('the crowded fixture really hides some labels and keeps others', () => {
    const view = crowdedView();
    const options = { width: 400, height: 300, legend: false };
    const svg = renderNetwork(document, view, positionsFor(view, options), options);
    const labels = [...svg.querySelectorAll('g.node > g.label > text')];
    expect(labels.length).toBe(view.nodes.length);
    const hidden = labels.filter((t) => t.getAttribute('display') === 'none');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.length).toBeLessThan(labels.length);
    // The highest-volume state keeps its label.
    expect(svg.querySelector('g[data-state="RUS"] > g.label > text')!.hasAttribute('display')).toBe(false);
  });
});
