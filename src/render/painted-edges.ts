// The canvas layer's edges, packed (ADR 0007): the view's own edge objects and
// their curves as numbers in one typed array. A dense view has thousands of
// edges; making an object or two per edge on every range change cost more of the
// frame than computing the curves.
import type { AggregateEdge } from '../model/types.ts';
import { COORDS_PER_EDGE, curveAt, type EdgeCurve } from './edge-path.ts';
import { lineStyleAttributes } from './line-style.ts';
import { categoryColour, type Theme } from './palette.ts';
import { edgeWidth } from './scales.ts';
import type { LineStyle } from '../model/types.ts';
import type { Category } from '../data/vocabulary.ts';

export interface PaintedEdges {
  /** The view's edges on the canvas, in key order. */
  readonly edges: readonly AggregateEdge[];
  /** COORDS_PER_EDGE numbers per edge, in the same order: start, control, end (the head's base), tip; may run on past the last edge. */
  readonly coords: Float64Array;
  readonly theme: Theme;
}

/** One painted edge as an object: for hit results, navigation and tests, not the per-frame path. */
export interface PaintedEdge extends EdgeCurve {
  readonly key: string;
  readonly supplier: string;
  readonly recipient: string;
  readonly category: Category;
  readonly style: LineStyle;
  readonly inReturn: readonly string[];
  readonly stroke: string;
  /** The SVG stroke width (transfer count); the canvas turns it into weight. */
  readonly width: number;
  readonly opacity: number;
}

export const NO_PAINTED_EDGES: PaintedEdges = { edges: [], coords: new Float64Array(0), theme: 'light' };

/** Edge `i` of `p` as an object. */
export function paintedEdge(p: PaintedEdges, i: number): PaintedEdge {
  const e = p.edges[i]!;
  return {
    ...curveAt(p.coords, i * COORDS_PER_EDGE),
    key: e.key,
    supplier: e.supplier,
    recipient: e.recipient,
    category: e.category,
    style: e.style,
    inReturn: e.inReturn,
    stroke: categoryColour(e.category, p.theme),
    width: edgeWidth(e),
    opacity: lineStyleAttributes(e.style).opacity,
  };
}

/** Every edge of `p` as objects. */
export function unpackPainted(p: PaintedEdges): PaintedEdge[] {
  return p.edges.map((_, i) => paintedEdge(p, i));
}
