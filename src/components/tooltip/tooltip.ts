import { LitElement, html, nothing } from 'lit';
import { comparePartialDates, formatPartialDate } from '../../data/partial-date.ts';
import type { Graph } from '../../data/types.ts';
import { CATEGORY_LABELS } from '../../data/vocabulary.ts';
import { indexGraph, quantityAsOf } from '../../model/index.ts';
import { formatQuantity, STATUS_LABELS } from '../../model/format.ts';
import { eventSpan, joinList } from '../../model/summary.ts';
import type { AggregateEdge, DateBasis } from '../../model/types.ts';
import { tokens } from '../shared/theme.ts';
import { partStyles } from '../transfer-popover/parts.styles.ts';
import { edgeStatusAsOf, sourceItem, styleGlyph, swatch } from '../transfer-popover/parts.ts';
import { styles } from './tooltip.styles.ts';

export interface AnchorRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Gap between tooltip and anchor, and minimum distance to the viewport edge. */
const GAP = 8;
const MARGIN = 4;
/** Sources listed before "and N more". */
const MAX_SOURCES = 4;

/**
 * Where to put a box of size (w, h) near an anchor inside a viewport (vw, vh):
 * above, else below, else to the right, else to the left, never overlapping the
 * anchor when any of these fits; clamped into the viewport.
 */
export function placeTooltip(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number; side: 'above' | 'below' | 'right' | 'left'; maxHeight?: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  const centredX = clamp(anchor.x + anchor.width / 2 - size.width / 2, MARGIN, viewport.width - size.width - MARGIN);
  const centredY = clamp(anchor.y + anchor.height / 2 - size.height / 2, MARGIN, viewport.height - size.height - MARGIN);
  const above = anchor.y - GAP - size.height;
  if (above >= MARGIN) return { x: centredX, y: above, side: 'above' };
  const below = anchor.y + anchor.height + GAP;
  if (below + size.height <= viewport.height - MARGIN) return { x: centredX, y: below, side: 'below' };
  const fitsHeight = size.height <= viewport.height - 2 * MARGIN;
  const right = anchor.x + anchor.width + GAP;
  if (fitsHeight && right + size.width <= viewport.width - MARGIN) return { x: right, y: centredY, side: 'right' };
  const left = anchor.x - GAP - size.width;
  if (fitsHeight && left >= MARGIN) return { x: left, y: centredY, side: 'left' };
  // Nothing fits (a tall card on a phone): use the larger vertical gap and cut the
  // card to it, so it still never covers the anchor.
  const roomAbove = anchor.y - GAP - MARGIN;
  const roomBelow = viewport.height - MARGIN - below;
  return roomAbove >= roomBelow
    ? { x: centredX, y: MARGIN, side: 'above', maxHeight: Math.max(0, roomAbove) }
    : { x: centredX, y: below, side: 'below', maxHeight: Math.max(0, roomBelow) };
}

/**
 * `<atn-tooltip>`: a hover card for one network edge. Non-interactive
 * (`role="tooltip"`, pointer-events none); for clicking sources, pin the edge in
 * `<atn-transfer-popover>`.
 *
 * Properties:
 * - `edge: AggregateEdge | undefined` — the hovered edge; undefined hides the tooltip.
 * - `graph: Graph | undefined` — the loaded graph (names, sources, events).
 * - `asOf: number` — day number the status and quantity are shown as of (the range's end).
 * - `basis: DateBasis` — 'reported' (default) or 'happened': which event date counts.
 * - `anchor: {x, y, width, height} | undefined` — client rect of the hovered element;
 *   the tooltip sits above it, else below, else beside it, inside the viewport
 *   (position: fixed), never covering it.
 *
 * Shows supplier → recipient, item(s), category, quantity with its qualifier, the
 * status as of the date with its line-style glyph, first and latest event dates,
 * and the sources (publisher, title, date, kind).
 *
 * CSS parts: none beyond `source-link`; themed via the shared `--atn-*` tokens.
 */
export class AtnTooltip extends LitElement {
  static override properties = {
    edge: { attribute: false },
    graph: { attribute: false },
    asOf: { type: Number, attribute: 'as-of' },
    basis: { type: String },
    anchor: { attribute: false },
  };
  static override styles = [tokens, partStyles, styles];

  declare edge: AggregateEdge | undefined;
  declare graph: Graph | undefined;
  declare asOf: number;
  declare basis: DateBasis;
  declare anchor: AnchorRect | undefined;

  constructor() {
    super();
    this.edge = undefined;
    this.graph = undefined;
    this.asOf = Number.POSITIVE_INFINITY;
    this.basis = 'reported';
    this.anchor = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'tooltip');
  }

  override render() {
    const { edge, graph } = this;
    this.hidden = !edge || !graph;
    if (!edge || !graph) return nothing;
    const index = indexGraph(graph);
    const name = (id: string) => index.states.get(id)?.name ?? id;
    const items = [...new Set(edge.transfers.map((t) => t.item))];
    const shownItems = items.length > 3 ? [...items.slice(0, 3), `${items.length - 3} more`] : items;

    // Status and quantity as of the date, recomputed per transfer so the card
    // matches the time bar even when the edge came from another range.
    const { status, style, contested } = edgeStatusAsOf(edge, this.asOf, this.basis, index);
    const quantities = edge.transfers.map((t) => quantityAsOf(t, this.asOf, this.basis, index));
    const single = edge.transfers.length === 1 ? quantities[0] : undefined;
    const quantity = single ? formatQuantity(single) : edge.quantity ? `${formatQuantity(edge.quantity)} in total` : undefined;

    const dates = edge.transfers.map((t) => eventSpan(t, this.basis));
    const first = dates.map((d) => d.first).sort(comparePartialDates)[0]!;
    const last = dates.map((d) => d.last).sort(comparePartialDates).at(-1)!;

    const sourceIds = [...new Set(edge.transfers.flatMap((t) => t.events.flatMap((e) => e.sources)))];
    const transfers = edge.transfers.length;
    return html`<div class="box">
      <p class="title">${name(edge.supplier)} → ${name(edge.recipient)}</p>
      <p class="row">${swatch(edge.category)}${CATEGORY_LABELS[edge.category]}: ${joinList(shownItems)}${transfers > 1
        ? html` <span class="muted">(${transfers} transfers)</span>`
        : nothing}</p>
      ${quantity ? html`<p class="row">Quantity: ${quantity}</p>` : nothing}
      <p class="row status">${styleGlyph(style)}<span>Status: ${STATUS_LABELS[status]}${contested
        ? ' (denial or dispute on record)'
        : ''}</span></p>
      <p class="row muted">${first === last
        ? `On record: ${formatPartialDate(first)}`
        : `First: ${formatPartialDate(first)} · latest: ${formatPartialDate(last)}`}</p>
      <p class="row muted">${sourceIds.length === 1 ? '1 source' : `${sourceIds.length} sources`}:</p>
      <ul>
        ${sourceIds.slice(0, MAX_SOURCES).map((id) => html`<li>${sourceItem(index.sources.get(id), id)}</li>`)}
        ${sourceIds.length > MAX_SOURCES ? html`<li class="muted">and ${sourceIds.length - MAX_SOURCES} more (click the line)</li>` : nothing}
      </ul>
    </div>`;
  }

  protected override updated(): void {
    if (this.hidden || !this.anchor) return;
    // Measure at the origin so the available width does not depend on the last spot.
    this.style.left = '0px';
    this.style.top = '0px';
    this.style.maxHeight = '';
    const rect = this.getBoundingClientRect();
    const pos = placeTooltip(this.anchor, rect, { width: window.innerWidth, height: window.innerHeight });
    if (pos.maxHeight !== undefined) this.style.maxHeight = `${Math.floor(pos.maxHeight)}px`;
    this.style.left = `${Math.round(pos.x)}px`;
    this.style.top = `${Math.round(pos.y)}px`;
    this.dataset.side = pos.side;
  }
}
