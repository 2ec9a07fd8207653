// Types of the derived view: what the model hands to layout and render. The graph
// itself (src/data/types.ts) is never changed; views are computed from it.
import type { Category } from '../data/vocabulary.ts';
import type { Transfer } from '../data/types.ts';

/** A transfer's status at a date, derived from its events up to that date. */
export type Status =
  | 'used'
  | 'delivered'
  | 'confirmed'
  | 'ordered'
  | 'offered'
  | 'negotiating'
  | 'reported'
  | 'alleged'
  | 'disputed'
  | 'denied';

/** Status is drawn by line style, never by colour alone. */
export type LineStyle = 'solid' | 'dashed' | 'faded';

/** Which date of an event counts: when it became public (default) or when it happened. */
export type DateBasis = 'reported' | 'happened';

/** "window": events inside the range; "cumulative": everything up to the range's end. */
export type RangeMode = 'window' | 'cumulative';

/** A time range as inclusive day numbers (days since 1970-01-01 UTC). */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export interface TransferStatus {
  readonly status: Status;
  readonly style: LineStyle;
  /** A denial or dispute is on record as of the date. */
  readonly contested: boolean;
  /** An official confirmation is on record as of the date. */
  readonly confirmed: boolean;
}

/** One drawn edge: all transfers of one supplier → recipient → category. */
export interface AggregateEdge {
  /** `SUPPLIER-RECIPIENT-category`, the edge's stable hook (data-edge). */
  readonly key: string;
  readonly supplier: string;
  readonly recipient: string;
  readonly category: Category;
  readonly transfers: readonly Transfer[];
  readonly status: Status;
  readonly style: LineStyle;
  readonly contested: boolean;
  /** Summed quantity when every transfer counts the same unit, else undefined. */
  readonly quantity: { readonly value: number; readonly unit: string } | undefined;
  readonly sourceCount: number;
  /** Keys of the edges linked to this one by `inReturnFor`, either direction. */
  readonly inReturn: readonly string[];
}

export interface ViewNode {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  /** ISO3 or short label for narrow screens. */
  readonly shortLabel: string;
  /** Number of transfers in and out, in the view (drives circle size). */
  readonly volume: number;
}

/** Counts over every transfer in a view (for its summary). */
export interface ViewTotals {
  /** Distinct sources cited by any event of those transfers. */
  readonly sources: number;
  /** Transfers denied or disputed as of the range's end. */
  readonly contested: number;
}

/** What render draws: the visible part of the graph at one moment. */
export interface GraphView {
  readonly nodes: readonly ViewNode[];
  readonly edges: readonly AggregateEdge[];
  /** Set by buildView (a CountedView); views made by hand may leave it out. */
  readonly totals?: ViewTotals;
}

/** A view with its counts, as buildView makes it: what the summary describes. */
export interface CountedView extends GraphView {
  readonly totals: ViewTotals;
}
