// Size encodings.
//
// Node radius: sqrt scale of volume (area ∝ transfers), shared with the layout's
// collision force (src/layout/radius.ts).
//
// Edge width: log scale of the NUMBER OF TRANSFERS on the edge, not of quantity.
// Decision: quantities are counted in units that are not comparable across
// categories ("millions of shells" vs "12 aircraft" vs "technicians") and are
// often missing or estimated; a quantity scale would make every ammunition edge
// dwarf the rest. The transfer count is always known and comparable. The domain is
// fixed so widths keep their meaning when the time window changes. The quantity
// itself appears in the details panel and the accessible name.
import type { AggregateEdge } from '../model/types.ts';

export { nodeRadius, MIN_RADIUS, MAX_RADIUS } from '../layout/radius.ts';

export const MIN_EDGE_WIDTH = 1.5;
/** Kept below the arrowhead's width (ARROW_WIDTH) so arrows stay visible on thick edges. */
export const MAX_EDGE_WIDTH = 5;

export function edgeWidthForCount(transfers: number): number {
  const n = Math.max(1, transfers);
  return Math.min(MAX_EDGE_WIDTH, MIN_EDGE_WIDTH + 1.25 * Math.log2(n));
}

export function edgeWidth(edge: Pick<AggregateEdge, 'transfers'>): number {
  return edgeWidthForCount(edge.transfers.length);
}
