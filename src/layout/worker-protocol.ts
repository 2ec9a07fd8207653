// Messages between the page and the layout worker. Pure data, no DOM: the page
// sends the union graph, the worker answers with positions as plain parallel
// arrays (ids, xs, ys), which structured cloning copies cheaply, unlike a Map of
// objects. The worker runs the same computeLayout, so results are identical.
import type { Bounds, LayoutInput, LayoutOptions, LayoutResult, Point } from './types.ts';

export interface LayoutRequest {
  readonly type: 'layout';
  /** Pairs an answer with its request when several are in flight. */
  readonly id: number;
  readonly input: LayoutInput;
  readonly options: LayoutOptions;
}

export interface LayoutPayload {
  readonly ids: readonly string[];
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly bounds: Bounds;
}

export type LayoutResponse =
  | ({ readonly type: 'layout-result'; readonly id: number; readonly ms: number } & LayoutPayload)
  | { readonly type: 'layout-error'; readonly id: number; readonly message: string };

export function layoutRequest(id: number, input: LayoutInput, options: LayoutOptions = {}): LayoutRequest {
  // Plain copies: the request must survive structured cloning (no frozen-proxy or class surprises).
  return {
    type: 'layout',
    id,
    input: {
      nodes: input.nodes.map((n) => ({
        id: n.id,
        ...(n.weight !== undefined ? { weight: n.weight } : {}),
        ...(n.fixed ? { fixed: { x: n.fixed.x, y: n.fixed.y } } : {}),
      })),
      links: input.links.map((l) => ({ source: l.source, target: l.target, ...(l.weight !== undefined ? { weight: l.weight } : {}) })),
    },
    options: { ...options },
  };
}

export function encodeLayout(result: LayoutResult): LayoutPayload {
  const ids: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [id, p] of result.positions) {
    ids.push(id);
    xs.push(p.x);
    ys.push(p.y);
  }
  const b = result.bounds;
  return { ids, xs, ys, bounds: { minX: b.minX, minY: b.minY, maxX: b.maxX, maxY: b.maxY } };
}

/** Inverse of encodeLayout; throws on arrays of different lengths or non-finite numbers. */
export function decodeLayout(payload: LayoutPayload): LayoutResult {
  const { ids, xs, ys } = payload;
  if (ids.length !== xs.length || ids.length !== ys.length) throw new Error('layout payload: ids, xs and ys differ in length');
  const positions = new Map<string, Point>();
  for (let i = 0; i < ids.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`layout payload: position of ${ids[i]} is not finite`);
    positions.set(ids[i]!, { x, y });
  }
  return { positions, bounds: { ...payload.bounds } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isLayoutRequest(v: unknown): v is LayoutRequest {
  return (
    isObject(v) &&
    v.type === 'layout' &&
    typeof v.id === 'number' &&
    isObject(v.input) &&
    Array.isArray(v.input.nodes) &&
    Array.isArray(v.input.links) &&
    isObject(v.options)
  );
}

export function isLayoutResponse(v: unknown): v is LayoutResponse {
  if (!isObject(v) || typeof v.id !== 'number') return false;
  if (v.type === 'layout-error') return typeof v.message === 'string';
  return (
    v.type === 'layout-result' &&
    Array.isArray(v.ids) &&
    Array.isArray(v.xs) &&
    Array.isArray(v.ys) &&
    isObject(v.bounds) &&
    typeof v.ms === 'number'
  );
}
