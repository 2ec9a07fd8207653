// Where curved edges bulge furthest, in layout space, so fitting the graph to
// the stage keeps whole curves (not just circles) in view.
import type { Point } from '../../layout/types.ts';
import type { GraphView } from '../../model/types.ts';
import { edgeBends } from '../../render/index.ts';

/** The apex (t = ½) of each edge's quadratic curve, keyed so no state id can clash. */
export function curveApexes(view: GraphView, positions: ReadonlyMap<string, Point>): Map<string, Point> {
  const bends = edgeBends(view.edges);
  const out = new Map<string, Point>();
  for (const e of view.edges) {
    const s = positions.get(e.supplier);
    const t = positions.get(e.recipient);
    if (!s || !t) continue;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    // Control point offset is bend × chord along the right-hand normal; the apex is half of it.
    const k = ((bends.get(e.key) ?? 0) * len) / 2;
    out.set(`\u0000${e.key}`, { x: (s.x + t.x) / 2 + (-dy / len) * k, y: (s.y + t.y) / 2 + (dx / len) * k });
  }
  return out;
}
