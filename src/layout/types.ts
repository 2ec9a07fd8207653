// Input and output of the layout. Plain data only: no DOM, no d3 objects leak out.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutNode {
  readonly id: string;
  /** Transfers in and out over all time; drives the collision radius. */
  readonly weight?: number;
  /** A precomputed position (e.g. stored with the data): the node is pinned there. */
  readonly fixed?: Point;
}

export interface LayoutLink {
  readonly source: string;
  readonly target: string;
  /** Number of transfers on the link; several links of one pair are merged. */
  readonly weight?: number;
}

/** The UNION of all nodes and links over all time, so positions never depend on the time window. */
export interface LayoutInput {
  readonly nodes: readonly LayoutNode[];
  readonly links: readonly LayoutLink[];
}

export interface LayoutOptions {
  /** Simulation ticks, run synchronously. Default 300 (alpha decays to alphaMin). */
  readonly ticks?: number;
  /** Seed of the LCG random source. Default 1 (d3-force's own default state). */
  readonly seed?: number;
  /** Preferred link length at weight 1. Default 70. */
  readonly linkDistance?: number;
  /** Many-body strength (negative repels). Default -160. */
  readonly charge?: number;
  /** Pull towards the centre; keeps disconnected components near. Default 0.06. */
  readonly gravity?: number;
}

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface LayoutResult {
  readonly positions: ReadonlyMap<string, Point>;
  readonly bounds: Bounds;
}
