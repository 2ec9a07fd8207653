import { LitElement, html, nothing } from 'lit';
import { comparePartialDates, formatPartialDateShort } from '../../data/partial-date.ts';
import type { Graph, Quantity, Transfer } from '../../data/types.ts';
import { CATEGORIES, CATEGORY_LABELS } from '../../data/vocabulary.ts';
import { formatQuantity, STATUS_LABELS } from '../../model/format.ts';
import { indexGraph, type GraphIndex } from '../../model/index-graph.ts';
import { quantityAsOf, statusAsOf } from '../../model/as-of.ts';
import { statusRank } from '../../model/status.ts';
import { eventSpan, summarizeView } from '../../model/summary.ts';
import type { AggregateEdge, CountedView, DateBasis, DayRange, GraphView, RangeMode, TransferStatus } from '../../model/types.ts';
import { emit } from '../shared/events.ts';
import { tokens } from '../shared/theme.ts';
import { partStyles } from '../transfer-popover/parts.styles.ts';
import { externalLink, styleGlyph, swatch } from '../transfer-popover/parts.ts';
import { styles } from './transfer-table.styles.ts';

/** Rows rendered before "Show all N" (a SIPRI-scale view can hold thousands). */
export const TABLE_PAGE = 500;
const MAX_LINKS = 3;

export type SortColumn = 'supplier' | 'recipient' | 'category' | 'item' | 'quantity' | 'status' | 'first' | 'last' | 'sources';
const COLUMNS: readonly [SortColumn, string][] = [
  ['supplier', 'Supplier'],
  ['recipient', 'Recipient'],
  ['category', 'Category'],
  ['item', 'Item'],
  ['quantity', 'Quantity'],
  ['status', 'Status'],
  ['first', 'First'],
  ['last', 'Latest'],
  ['sources', 'Sources'],
];

interface Row {
  readonly edge: AggregateEdge;
  readonly transfer: Transfer;
  readonly supplier: string;
  readonly recipient: string;
  readonly status: TransferStatus | undefined;
  readonly quantity: Quantity | undefined;
  readonly first: string;
  readonly last: string;
  readonly sources: readonly string[];
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const categoryIndex = new Map(CATEGORIES.map((c, i) => [c, i]));

const COMPARE: Readonly<Record<SortColumn, (a: Row, b: Row) => number>> = {
  supplier: (a, b) => text(a.supplier, b.supplier),
  recipient: (a, b) => text(a.recipient, b.recipient),
  category: (a, b) => categoryIndex.get(a.transfer.category)! - categoryIndex.get(b.transfer.category)!,
  item: (a, b) => text(a.transfer.item.toLowerCase(), b.transfer.item.toLowerCase()),
  quantity: (a, b) => (a.quantity?.value ?? -1) - (b.quantity?.value ?? -1),
  status: (a, b) => (a.status ? statusRank(a.status.status) : 0) - (b.status ? statusRank(b.status.status) : 0),
  first: (a, b) => comparePartialDates(a.first, b.first),
  last: (a, b) => comparePartialDates(a.last, b.last),
  sources: (a, b) => a.sources.length - b.sources.length,
};

/**
 * `<atn-transfer-table>`: the view as a table, one row per transfer (not per edge):
 * exactly the transfers of `view.edges`, i.e. what the network draws.
 *
 * Properties:
 * - `graph: Graph | undefined` — the loaded graph (names, sources).
 * - `view: CountedView | undefined` — the current view (buildView's, with its counts).
 * - `asOf: number` — day number for each row's status and quantity (the range's end).
 * - `basis: DateBasis` — 'reported' (default) or 'happened', for the date columns.
 * - `range: DayRange | undefined`, `mode: RangeMode` — when a range is given, the
 *   caption is the view's summary paragraph (summarizeView); else a row count.
 *
 * Columns sort with the header buttons (aria-sort on the sorted column; again to
 * reverse). A row's click, Enter or Space fires `atn-select` {kind: 'edge', id: key}.
 * Source links open in a new tab; only http(s) URLs become links.
 */
export class AtnTransferTable extends LitElement {
  static override properties = {
    graph: { attribute: false },
    view: { attribute: false },
    asOf: { type: Number, attribute: 'as-of' },
    basis: { type: String },
    range: { attribute: false },
    mode: { type: String },
    sortBy: { state: true },
    descending: { state: true },
    showAll: { state: true },
  };
  static override styles = [tokens, partStyles, styles];

  declare graph: Graph | undefined;
  declare view: CountedView | undefined;
  declare asOf: number;
  declare basis: DateBasis;
  declare range: DayRange | undefined;
  declare mode: RangeMode;
  declare sortBy: SortColumn | undefined;
  declare descending: boolean;
  declare showAll: boolean;

  constructor() {
    super();
    this.graph = undefined;
    this.view = undefined;
    this.asOf = Number.POSITIVE_INFINITY;
    this.basis = 'reported';
    this.range = undefined;
    this.mode = 'window';
    this.sortBy = undefined;
    this.descending = false;
    this.showAll = false;
  }

  #rows(index: GraphIndex, view: GraphView): Row[] {
    const name = (id: string) => index.states.get(id)?.name ?? id;
    const rows: Row[] = [];
    for (const edge of view.edges) {
      for (const t of edge.transfers) {
        const span = eventSpan(t, this.basis);
        rows.push({
          edge,
          transfer: t,
          supplier: name(t.supplier),
          recipient: name(t.recipient),
          status: statusAsOf(t, this.asOf, this.basis, index),
          quantity: quantityAsOf(t, this.asOf, this.basis, index),
          first: span.first,
          last: span.last,
          sources: [...new Set(t.events.flatMap((e) => e.sources))],
        });
      }
    }
    if (this.sortBy) {
      const cmp = COMPARE[this.sortBy];
      // Ties keep the view's order (Array.prototype.sort is stable).
      rows.sort(this.descending ? (a, b) => cmp(b, a) : cmp);
    }
    return rows;
  }

  #sort(column: SortColumn): void {
    if (this.sortBy === column) this.descending = !this.descending;
    else {
      this.sortBy = column;
      this.descending = false;
    }
  }

  override render() {
    const { graph, view } = this;
    if (!graph || !view) return nothing;
    const index = indexGraph(graph);
    const rows = this.#rows(index, view);
    const shown = this.showAll ? rows : rows.slice(0, TABLE_PAGE);
    const caption = this.range
      ? summarizeView(graph, view, { range: this.range, mode: this.mode, basis: this.basis })
      : `${rows.length === 1 ? '1 transfer' : `${rows.length} transfers`} in view.`;
    return html`<div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
        <table>
          <caption id="caption">${caption}</caption>
          <thead>
            <tr>
              ${COLUMNS.map(
                ([col, label]) => html`<th scope="col" aria-sort=${this.sortBy === col ? (this.descending ? 'descending' : 'ascending') : nothing}>
                  <button type="button" data-sort=${col} @click=${() => this.#sort(col)}>
                    ${label}<span class="arrow" aria-hidden="true">${this.sortBy === col ? (this.descending ? '▼' : '▲') : ''}</span>
                  </button>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${shown.length === 0
              ? html`<tr><td class="empty" colspan=${COLUMNS.length}>No transfers in view.</td></tr>`
              : shown.map((r) => this.#renderRow(index, r))}
          </tbody>
        </table>
      </div>
      ${shown.length < rows.length
        ? html`<button type="button" class="more" @click=${() => (this.showAll = true)}>Show all ${rows.length} transfers</button>`
        : nothing}`;
  }

  #renderRow(index: GraphIndex, r: Row) {
    const select = () => emit(this, 'atn-select', { kind: 'edge', id: r.edge.key });
    return html`<tr tabindex="0" data-edge=${r.edge.key} data-transfer=${r.transfer.id}
      @click=${(e: MouseEvent) => {
        if (!(e.target as Element).closest('a')) select();
      }}
      @keydown=${(e: KeyboardEvent) => {
        if ((e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
          e.preventDefault();
          select();
        }
      }}>
      <td>${r.supplier}</td>
      <td>${r.recipient}</td>
      <td>${swatch(r.transfer.category)}${CATEGORY_LABELS[r.transfer.category]}</td>
      <td>${r.transfer.item}</td>
      <td class="num">${r.quantity ? formatQuantity(r.quantity) : '—'}</td>
      <td>${r.status
        ? html`<span class="status">${styleGlyph(r.status.style)}${STATUS_LABELS[r.status.status]}</span>`
        : html`<span class="muted">not yet on record</span>`}</td>
      <td class="date">${formatPartialDateShort(r.first)}</td>
      <td class="date">${formatPartialDateShort(r.last)}</td>
      <td class="sources">
        <ul class="links">
          ${r.sources.slice(0, MAX_LINKS).map((id) => {
            const s = index.sources.get(id);
            return html`<li>${s ? externalLink(s.url, s.publisher, 'source-link') : id}</li>`;
          })}
          ${r.sources.length > MAX_LINKS ? html`<li class="muted">+${r.sources.length - MAX_LINKS} more</li>` : nothing}
        </ul>
      </td>
    </tr>`;
  }
}
