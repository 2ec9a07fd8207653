// Curved edge geometry, pure: quadratic Bézier paths as `d` strings.
//
// Every edge bends to the right of its direction of travel. So A→B and B→A curve
// apart on their own, and parallel categories between the same pair fan out with
// growing bends. The path stops short of the target circle by the arrowhead's
// length: the marker (refX 0) then puts the arrow's tip on the circle's boundary.
import { CATEGORIES, type Category } from '../data/vocabulary.ts';
import type { Point } from '../layout/types.ts';
import { fmt } from './format.ts';

/** Arrowhead size in user units (markers use userSpaceOnUse, see markers.ts). */
export const ARROW_LENGTH = 9;
export const ARROW_WIDTH = 7;
/** Air between arrow tip and circle outline. */
const TIP_GAP = 1.5;
/** Bend of the first edge of a direction, then added per further parallel edge, as a fraction of the chord. */
export const BASE_BEND = 0.12;
export const BEND_STEP = 0.12;
/** Cap on the spread of one pair's fan, so a pair with many categories does not balloon off-screen. */
export const MAX_FAN_SPREAD = 0.48;

export interface EdgeGeometryInput {
  readonly source: Point;
  readonly target: Point;
  readonly sourceRadius: number;
  readonly targetRadius: number;
  /** Signed offset of the control point as a fraction of the chord; > 0 = right of travel. */
  readonly bend: number;
}

/** The numbers of a curve: a quadratic from `start` via `control` to `end`, then the arrowhead to `tip`. */
export interface EdgeCurve {
  readonly start: Point;
  readonly control: Point;
  /** Where the drawn path ends (the arrowhead's base). */
  readonly end: Point;
  /** Where the arrowhead's tip lands: on the target circle's boundary. */
  readonly tip: Point;
}

export interface EdgeGeometry extends EdgeCurve {
  readonly d: string;
}

/** Numbers per curve when curves are packed (writeCurve): start, control, end, tip, as x, y. */
export const COORDS_PER_EDGE = 8;

/**
 * Writes the curve of an edge from (sx, sy) to (tx, ty) into `out` at `at`, as
 * COORDS_PER_EDGE numbers, allocating nothing: what thousands of canvas edges
 * need per frame. A self loop comes back as a quadratic through the loop's apex.
 */
export function writeCurve(
  out: Float64Array,
  at: number,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  rs: number,
  rt: number,
  bend: number,
): void {
  const dx = tx - sx;
  const dy = ty - sy;
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) {
    out.set([sx - rs * 0.6, sy - rs * 0.8, sx, sy - rs - 40, sx + rs * 0.6, sy - rs * 0.8 - ARROW_LENGTH * 0.3, sx + rs * 0.6, sy - rs * 0.8], at);
    return;
  }
  // Control point on the right-hand normal (SVG's y-down space).
  const cx = (sx + tx) / 2 + (-dy / len) * bend * len;
  const cy = (sy + ty) / 2 + (dx / len) * bend * len;
  // Unit tangents at both ends (the control point is never on an end: it lies off the chord or at its middle).
  let l = Math.hypot(cx - sx, cy - sy) || 1;
  const ux = (cx - sx) / l;
  const uy = (cy - sy) / l;
  l = Math.hypot(tx - cx, ty - cy) || 1;
  const vx = (tx - cx) / l;
  const vy = (ty - cy) / l;
  const tipX = tx - vx * (rt + TIP_GAP);
  const tipY = ty - vy * (rt + TIP_GAP);
  out[at] = sx + ux * rs;
  out[at + 1] = sy + uy * rs;
  out[at + 2] = cx;
  out[at + 3] = cy;
  out[at + 4] = tipX - vx * ARROW_LENGTH;
  out[at + 5] = tipY - vy * ARROW_LENGTH;
  out[at + 6] = tipX;
  out[at + 7] = tipY;
}

const scratch = new Float64Array(COORDS_PER_EDGE);

/** The packed curve at `at` as points. */
export function curveAt(c: ArrayLike<number>, at: number): EdgeCurve {
  return {
    start: { x: c[at]!, y: c[at + 1]! },
    control: { x: c[at + 2]!, y: c[at + 3]! },
    end: { x: c[at + 4]!, y: c[at + 5]! },
    tip: { x: c[at + 6]!, y: c[at + 7]! },
  };
}

/** The curve alone, without its `d` string: writeCurve's numbers as points. */
export function edgeCurve(input: EdgeGeometryInput): EdgeCurve {
  const { source: s, target: t } = input;
  writeCurve(scratch, 0, s.x, s.y, t.x, t.y, input.sourceRadius, input.targetRadius, input.bend);
  return curveAt(scratch, 0);
}

/** The SVG path (`d`) of the packed curve `c` (writeCurve of `input`): a quadratic, or a self loop's cubic. */
export function curvePathData(input: Pick<EdgeGeometryInput, 'source' | 'target' | 'sourceRadius'>, c: ArrayLike<number>): string {
  const { source: o, sourceRadius: r } = input;
  const start = `M${fmt(c[0]!)},${fmt(c[1]!)}`;
  const end = ` ${fmt(c[4]!)},${fmt(c[5]!)}`;
  return Math.hypot(input.target.x - o.x, input.target.y - o.y) < 1e-6
    ? `${start}C${fmt(o.x - r - 20)},${fmt(o.y - r - 30)} ${fmt(o.x + r + 20)},${fmt(o.y - r - 30)}${end}`
    : `${start}Q${fmt(c[2]!)},${fmt(c[3]!)}${end}`;
}

export function edgePath(input: EdgeGeometryInput): EdgeGeometry {
  const c = new Float64Array(COORDS_PER_EDGE);
  writeCurve(c, 0, input.source.x, input.source.y, input.target.x, input.target.y, input.sourceRadius, input.targetRadius, input.bend);
  return { ...curveAt(c, 0), d: curvePathData(input, c) };
}

export interface BendableEdge {
  readonly key: string;
  readonly supplier: string;
  readonly recipient: string;
  readonly category: Category;
}

/**
 * Bend per edge key. Edges of one supplier → recipient get BASE_BEND, BASE_BEND +
 * BEND_STEP, … in category order, so parallel categories fan out in a fixed
 * order; past five categories the step shrinks so the fan stays within
 * MAX_FAN_SPREAD of the chord.
 */
export function edgeBends(edges: readonly BendableEdge[]): Map<string, number> {
  const groups = new Map<string, BendableEdge[]>();
  for (const e of edges) {
    const k = `${e.supplier}\u0000${e.recipient}`;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    // Most pairs trade one category: no sorting needed.
    if (group.length === 1) {
      out.set(group[0]!.key, BASE_BEND);
      continue;
    }
    const sorted = [...group].sort(
      (a, b) =>
        CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const step = sorted.length > 1 ? Math.min(BEND_STEP, MAX_FAN_SPREAD / (sorted.length - 1)) : BEND_STEP;
    sorted.forEach((e, i) => out.set(e.key, BASE_BEND + i * step));
  }
  return out;
}
