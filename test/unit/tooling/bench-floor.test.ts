import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFloorEdits, EDGES_ONLY, floorPlugin } from '../../../bench/floor-plugin.ts';

const source = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

describe('bench floor build (ADR 0010)', () => {
  it('finds every anchor exactly once in the current sources and inserts its edit', () => {
    for (const edit of EDGES_ONLY) {
      const code = source(edit.file);
      const { code: out, applied } = applyFloorEdits(code, `/repo/${edit.file}`, EDGES_ONLY);
      expect(applied).toEqual([edit]);
      expect(out.length).toBe(code.length - edit.anchor.length + edit.replacement.length);
      expect(out).toContain(edit.replacement);
    }
  });

  it('removes label placement and state writes after the first, and hides the states', () => {
    const [labels, elements, styles] = EDGES_ONLY.map((e) => applyFloorEdits(source(e.file), `/r/${e.file}`, EDGES_ONLY).code);
    expect(labels).toMatch(/LabelPlacement \| null> \{\n {2}if \(options\) return new Map\(\);\n {2}const order/);
    expect(elements).toMatch(/fontSize: number\): void \{\n {2}if \(g\.firstChild\) return;\n {2}const tones/);
    expect(styles).toContain('g[data-state] {\n    display: none;\n  }');
  });

  it('leaves other modules alone and fails loudly on a missing or repeated anchor', () => {
    expect(applyFloorEdits('const x = 1;', '/r/src/render/scene.ts', EDGES_ONLY)).toEqual({ code: 'const x = 1;', applied: [] });
    expect(() => applyFloorEdits('export function placeLabels() {}', '/r/src/render/labels.ts', EDGES_ONLY)).toThrow(
      /anchor for src\/render\/labels\.ts is missing/,
    );
    const twice = `${EDGES_ONLY[2]!.anchor}${EDGES_ONLY[2]!.anchor}`;
    expect(() => applyFloorEdits(twice, '/r/src/components/network-view/network-view.styles.ts?inline', EDGES_ONLY)).toThrow(/not unique/);
  });

  it('errors at the end of a build that never saw one of its modules', () => {
    const plugin = floorPlugin(EDGES_ONLY);
    const transform = plugin.transform as unknown as (code: string, id: string) => { code: string } | null;
    const buildEnd = plugin.buildEnd as unknown as (this: { error(m: string): never }, error?: Error) => void;
    expect(transform(source(EDGES_ONLY[0]!.file), `/r/${EDGES_ONLY[0]!.file}`)?.code).toContain('return new Map()');
    const ctx = { error: (m: string): never => { throw new Error(m); } };
    expect(() => buildEnd.call(ctx)).toThrow('never saw src/render/elements.ts, src/components/network-view/network-view.styles.ts');
  });
});
