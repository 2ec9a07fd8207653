// Typed, prefixed, bubbling and composed events (they cross shadow roots so a host
// page can listen on the outer element).

export interface RangeChangeDetail {
  /** Partial dates at day precision, e.g. "2023-09-01". */
  readonly from: string;
  readonly to: string;
  readonly mode: 'window' | 'cumulative';
  readonly basis: 'reported' | 'happened';
}

export interface SelectDetail {
  /** What was selected; null when the selection was cleared. */
  readonly kind: 'state' | 'edge' | null;
  /** State id (ISO3) or edge key (SUPPLIER-RECIPIENT-category). */
  readonly id: string | null;
}

export interface LoadDetail {
  readonly states: number;
  readonly transfers: number;
  readonly sources: number;
}

export interface ErrorDetail {
  readonly message: string;
  /** The first problems, formatted "path: message". */
  readonly problems: readonly string[];
}

export interface FilterChangeDetail {
  readonly categories: readonly string[];
  readonly statuses: readonly string[];
  readonly suppliers: readonly string[];
  readonly recipients: readonly string[];
}

export interface PopoverCloseDetail {
  /** Key of the edge the popover showed, so the host can return focus to it. */
  readonly key: string | null;
}

export interface HoverDetail {
  /** What the pointer or keyboard focus is on; null when it left every item. */
  readonly kind: 'state' | 'edge' | null;
  /** State id or edge key; null on leave. */
  readonly id: string | null;
  /** Where the item is on screen (viewport pixels, like getBoundingClientRect), to anchor a tooltip; null on leave. */
  readonly rect: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
}

export interface EdgesPaintedDetail {
  /** When the canvas edge layer's paint was done, on the page's performance.now() clock. */
  readonly at: number;
  /** Whether a worker painted it (ADR 0007) or the page's own thread. */
  readonly offThread: boolean;
  /** Which paint of this canvas it was (1, 2, …): the painter's `posted(canvas)` once it has caught up. */
  readonly seq: number;
}

export type AtnEventMap = {
  'atn-range-change': CustomEvent<RangeChangeDetail>;
  'atn-select': CustomEvent<SelectDetail>;
  'atn-load': CustomEvent<LoadDetail>;
  'atn-error': CustomEvent<ErrorDetail>;
  'atn-filter-change': CustomEvent<FilterChangeDetail>;
  'atn-popover-close': CustomEvent<PopoverCloseDetail>;
  'atn-hover': CustomEvent<HoverDetail>;
  'atn-edges-painted': CustomEvent<EdgesPaintedDetail>;
};

declare global {
  interface HTMLElementEventMap extends AtnEventMap {}
}

export function emit<K extends keyof AtnEventMap>(
  target: EventTarget,
  type: K,
  detail: AtnEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
}
