// A diagnostic build of the bench pages (BENCH_FLOOR=edges-only npm run bench, ADR
// 0010): the same app with its states and labels taken out of every range change, so
// what is left is the floor any design of states and labels sits on: the model, the
// edges' scene, the paint job and the worker's paint. Never part of an app build.
// Each edit is found by an anchor in the source; a missing anchor fails the build, so
// the floor cannot silently measure the full app.
import type { Plugin } from 'vite';

export interface FloorEdit {
  /** Path suffix of the module, with forward slashes. */
  readonly file: string;
  readonly anchor: string;
  /** The anchor's replacement (it keeps the anchor, with code before or after it). */
  readonly replacement: string;
}

export const EDGES_ONLY: readonly FloorEdit[] = [
  {
    // No label is placed (nothing to lay out, move or show).
    file: 'src/render/labels.ts',
    anchor: '): Map<string, LabelPlacement | null> {\n',
    replacement: '): Map<string, LabelPlacement | null> {\n  if (options) return new Map();\n',
  },
  {
    // A state is written once, when its elements are made, and never again.
    file: 'src/render/elements.ts',
    anchor: 'export function writeNode(g: Element, n: NodeScene, emphasis: Emphasis, theme: Theme, fontSize: number): void {\n',
    replacement:
      'export function writeNode(g: Element, n: NodeScene, emphasis: Emphasis, theme: Theme, fontSize: number): void {\n  if (g.firstChild) return;\n',
  },
  {
    // States are not drawn: no style, layout, paint or raster of them.
    file: 'src/components/network-view/network-view.styles.ts',
    anchor: '  g[data-state],\n  g[data-edge] {\n',
    replacement: '  g[data-state] {\n    display: none;\n  }\n  g[data-state],\n  g[data-edge] {\n',
  },
];

/** Applies the edits that belong to `id`; throws when an edit's anchor is not found exactly once. */
export function applyFloorEdits(code: string, id: string, edits: readonly FloorEdit[]): { code: string; applied: FloorEdit[] } {
  const path = id.split('?')[0]!.replaceAll('\\', '/');
  const applied: FloorEdit[] = [];
  for (const edit of edits) {
    if (!path.endsWith(`/${edit.file}`)) continue;
    const at = code.indexOf(edit.anchor);
    if (at < 0 || code.indexOf(edit.anchor, at + 1) >= 0) {
      throw new Error(`bench floor: the anchor for ${edit.file} is ${at < 0 ? 'missing' : 'not unique'}; update bench/floor-plugin.ts`);
    }
    code = code.slice(0, at) + edit.replacement + code.slice(at + edit.anchor.length);
    applied.push(edit);
  }
  return { code, applied };
}

export function floorPlugin(edits: readonly FloorEdit[]): Plugin {
  const done = new Set<FloorEdit>();
  return {
    name: 'atn-bench-floor',
    enforce: 'pre',
    transform(code, id) {
      const { code: out, applied } = applyFloorEdits(code, id, edits);
      if (applied.length === 0) return null;
      for (const edit of applied) done.add(edit);
      return { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missing = edits.filter((edit) => !done.has(edit)).map((edit) => edit.file);
      if (missing.length) this.error(`bench floor: never saw ${missing.join(', ')}`);
    },
  };
}
