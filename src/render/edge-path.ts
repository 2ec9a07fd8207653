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

function unit(dx: number, dy: number): Point {
  const l = Math.hypot(dx, dy);
  return l === 0 ? { x: 1, y: 0 } : { x: dx / l, y: dy / l };
}

/**
 * The curve alone, without its `d` string: what a canvas needs. A self loop
 * (supplier = recipient) comes back as a quadratic through the loop's apex.
 */
export function edgeCurve(input: EdgeGeometryInput): EdgeCurve {
  const { source: s, target: t, sourceRadius: rs, targetRadius: rt, bend } = input;
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) return selfLoopCurve(s, rs);
  // Right-hand normal in SVG's y-down space.
  const nx = -dy / len;
  const ny = dx / len;
  const control = { x: (s.x + t.x) / 2 + nx * bend * len, y: (s.y + t.y) / 2 + ny * bend * len };
  const u0 = unit(control.x - s.x, control.y - s.y);
  const u1 = unit(t.x - control.x, t.y - control.y);
  const start = { x: s.x + u0.x * rs, y: s.y + u0.y * rs };
  const tip = { x: t.x - u1.x * (rt + TIP_GAP), y: t.y - u1.y * (rt + TIP_GAP) };
  const end = { x: tip.x - u1.x * ARROW_LENGTH, y: tip.y - u1.y * ARROW_LENGTH };
  return { start, control, end, tip };
}

/** The SVG path (`d`) of `curve`, the edgeCurve of `input`: a quadratic, or a self loop's cubic. */
export function curvePathData(input: Pick<EdgeGeometryInput, 'source' | 'target' | 'sourceRadius'>, curve: EdgeCurve): string {
  const { start, control, end } = curve;
  const { source: c, sourceRadius: r } = input;
  if (Math.hypot(input.target.x - c.x, input.target.y - c.y) < 1e-6) {
    return (
      `M${fmt(start.x)},${fmt(start.y)}` +
      `C${fmt(c.x - r - 20)},${fmt(c.y - r - 30)} ${fmt(c.x + r + 20)},${fmt(c.y - r - 30)} ${fmt(end.x)},${fmt(end.y)}`
    );
  }
  return `M${fmt(start.x)},${fmt(start.y)}Q${fmt(control.x)},${fmt(control.y)} ${fmt(end.x)},${fmt(end.y)}`;
}

export function edgePath(input: EdgeGeometryInput): EdgeGeometry {
  const c = edgeCurve(input);
  return { ...c, d: curvePathData(input, c) };
}

/** A small loop above the node, for the (invalid but possible) supplier = recipient case. */
function selfLoopCurve(c: Point, r: number): EdgeCurve {
  const start = { x: c.x - r * 0.6, y: c.y - r * 0.8 };
  const end = { x: c.x + r * 0.6, y: c.y - r * 0.8 - ARROW_LENGTH * 0.3 };
  const control = { x: c.x, y: c.y - r - 40 };
  return { start, control, end, tip: { x: c.x + r * 0.6, y: c.y - r * 0.8 } };
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
