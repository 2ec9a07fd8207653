import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { comparePartialDates, formatPartialDate } from '../../data/partial-date.ts';
import type { Graph, Transfer, TransferEvent } from '../../data/types.ts';
import { CATEGORY_LABELS } from '../../data/vocabulary.ts';
import { edgeKey, eventInterval, indexGraph, quantityAsOf, statusAsOf, type GraphIndex } from '../../model/index.ts';
import { formatQuantity, STATUS_LABELS } from '../../model/format.ts';
import { eventSpan, formatSpan } from '../../model/summary.ts';
import type { AggregateEdge, DateBasis } from '../../model/types.ts';
import { emit } from '../shared/events.ts';
import { tokens } from '../shared/theme.ts';
import { partStyles } from './parts.styles.ts';
import { edgeStatusAsOf, sourceItem, styleGlyph, swatch } from './parts.ts';
import { styles } from './transfer-popover.styles.ts';

/** Transfers shown before "Show all N": SIPRI-scale edges hold hundreds of deals. */
export const INITIAL_TRANSFERS = 20;

const KIND_LABELS: Readonly<Record<TransferEvent['kind'], string>> = {
  negotiating: 'Negotiating',
  offered: 'Offered',
  ordered: 'Ordered',
  delivered: 'Delivered',
  used: 'Used',
  reported: 'Reported',
  alleged: 'Alleged',
  confirmed: 'Confirmed',
  denied: 'Denied',
  disputed: 'Disputed',
};

const CONFIDENCE_TEXT = { A: 'confidence A (official, corroborated)', B: 'confidence B', C: 'confidence C (single or anonymous source)' } as const;

/**
 * `<atn-transfer-popover>`: the pinned card of one edge (opened by click, tap or
 * Enter on the edge), with every transfer's dated, sourced event timeline.
 *
 * Properties:
 * - `edge: AggregateEdge | undefined` — the pinned edge.
 * - `graph: Graph | undefined` — the loaded graph (names, events, sources).
 * - `asOf: number` — day number statuses and quantities are shown as of; events after
 *   it are marked "later".
 * - `basis: DateBasis` — 'reported' (default) or 'happened'.
 * - `open: boolean` (reflected) — shown when true with an edge and a graph.
 *
 * Layout: the host fills its nearest positioned ancestor as a click-through overlay
 * (position: absolute; inset: 0). In a container ≥ 600 px wide the card is a side
 * panel on the right; narrower, a bottom sheet.
 *
 * Behaviour: on open, focus moves to the close button and Tab/Shift+Tab cycle inside
 * the dialog. Esc or the close button sets `open = false` and fires
 * `atn-popover-close` ({key}); the host then returns focus to the edge. "In return"
 * counterparts are buttons firing `atn-select` {kind: 'edge', id: key}. Source links
 * open in a new tab and only http(s) URLs become links.
 *
 * CSS parts: `panel`, `source-link`.
 */
export class AtnTransferPopover extends LitElement {
  static override properties = {
    edge: { attribute: false },
    graph: { attribute: false },
    asOf: { type: Number, attribute: 'as-of' },
    basis: { type: String },
    open: { type: Boolean, reflect: true },
    expanded: { state: true },
  };
  static override styles = [tokens, partStyles, styles];

  declare edge: AggregateEdge | undefined;
  declare graph: Graph | undefined;
  declare asOf: number;
  declare basis: DateBasis;
  declare open: boolean;
  declare expanded: boolean;

  constructor() {
    super();
    this.edge = undefined;
    this.graph = undefined;
    this.asOf = Number.POSITIVE_INFINITY;
    this.basis = 'reported';
    this.open = false;
    this.expanded = false;
  }

  /** Closes the popover and tells the host (which returns focus to the edge). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    emit(this, 'atn-popover-close', { key: this.edge?.key ?? null });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('edge') && changed.get('edge') !== undefined) this.expanded = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const opened = changed.has('open') && this.open;
    const newEdge = changed.has('edge') && changed.get('edge') !== undefined && this.open;
    if (opened || newEdge) this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
  }

  #focusables(): HTMLElement[] {
    const panel = this.renderRoot.querySelector('.panel');
    if (!panel) return [];
    return [...panel.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])')].filter(
      (el) => el.getClientRects().length > 0,
    );
  }

  #onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = this.#focusables();
    if (items.length === 0) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const i = active ? items.indexOf(active as HTMLElement) : -1;
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 || i === -1 ? 0 : i + 1;
    e.preventDefault();
    items[next]!.focus();
  }

  override render() {
    const { edge, graph } = this;
    if (!this.open || !edge || !graph) return nothing;
    const index = indexGraph(graph);
    const name = (id: string) => index.states.get(id)?.name ?? id;
    const transfers = [...edge.transfers].sort(
      (a, b) => comparePartialDates(eventSpan(a, this.basis).first, eventSpan(b, this.basis).first) || (a.id < b.id ? -1 : 1),
    );
    const shown = this.expanded ? transfers : transfers.slice(0, INITIAL_TRANSFERS);
    const sourceCount = new Set(edge.transfers.flatMap((t) => t.events.flatMap((e) => e.sources))).size;
    const linked = this.#linkedEdges(index, edge);
    const now = edgeStatusAsOf(edge, this.asOf, this.basis, index);
    return html`<div class="panel" part="panel" role="dialog" aria-modal="true" aria-labelledby="title" aria-describedby="summary" @keydown=${this.#onKeydown}>
      <header>
        <div class="grow">
          <h2 id="title">${swatch(edge.category)}${name(edge.supplier)} → ${name(edge.recipient)}: ${CATEGORY_LABELS[edge.category]}</h2>
          <p class="summary" id="summary">
            ${styleGlyph(now.style)}
            <span>${STATUS_LABELS[now.status]} · ${transfers.length === 1 ? '1 transfer' : `${transfers.length} transfers`} ·
            ${sourceCount === 1 ? '1 source' : `${sourceCount} sources`}${now.contested ? ' · denial or dispute on record' : ''}</span>
          </p>
        </div>
        <button class="close" type="button" aria-label="Close details" @click=${() => this.close()}>×</button>
      </header>
      <div class="body">
        ${linked.length
          ? html`<section class="linked" aria-labelledby="linked-title">
              <h3 id="linked-title">Linked in return</h3>
              ${linked.map(
                ([key, label]) =>
                  html`<button type="button" class="link-button" data-edge=${key} @click=${() => emit(this, 'atn-select', { kind: 'edge', id: key })}>
                    ${label}
                  </button>`,
              )}
            </section>`
          : nothing}
        <ol class="transfers">
          ${shown.map((t) => this.#renderTransfer(index, t))}
        </ol>
        ${shown.length < transfers.length
          ? html`<button type="button" class="more" @click=${() => (this.expanded = true)}>Show all ${transfers.length} transfers</button>`
          : nothing}
      </div>
    </div>`;
  }

  /** [edge key, "Russia → North Korea: fighter aircraft"] of the counterpart edges. */
  #linkedEdges(index: GraphIndex, edge: AggregateEdge): [string, string][] {
    const labels = new Map<string, string>();
    const name = (id: string) => index.states.get(id)?.name ?? id;
    for (const t of edge.transfers) {
      for (const otherId of index.inReturn.get(t.id) ?? []) {
        const other = index.transfers.get(otherId);
        if (!other) continue;
        const key = edgeKey(other.supplier, other.recipient, other.category);
        if (edge.inReturn.includes(key) && !labels.has(key)) {
          labels.set(key, `${name(other.supplier)} → ${name(other.recipient)}: ${CATEGORY_LABELS[other.category]}`);
        }
      }
    }
    return edge.inReturn.filter((k) => labels.has(k)).map((k) => [k, labels.get(k)!]);
  }

  #renderTransfer(index: GraphIndex, t: Transfer) {
    const status = statusAsOf(t, this.asOf, this.basis, index);
    const quantity = quantityAsOf(t, this.asOf, this.basis, index);
    const days = index.eventDays.get(t.id) ?? [];
    const events = t.events
      .map((e, i) => ({ e, later: days[i] ? eventInterval(days[i]!, this.basis)[0] > this.asOf : false }))
      .sort((a, b) => comparePartialDates(this.#dateOf(a.e), this.#dateOf(b.e)));
    const facts = [
      status ? `status: ${STATUS_LABELS[status.status]}` : 'not yet on record at the selected date',
      quantity ? formatQuantity(quantity) : undefined,
      formatSpan(eventSpan(t, this.basis)),
      t.confidence ? CONFIDENCE_TEXT[t.confidence] : undefined,
    ].filter(Boolean);
    return html`<li class="transfer" data-transfer=${t.id}>
      <h3>${t.item}</h3>
      <p class="facts">${facts.join(' · ')}</p>
      ${t.description ? html`<p class="description">${t.description}</p>` : nothing}
      <ol class="timeline" aria-label="Events">
        ${events.map(({ e, later }) => this.#renderEvent(index, e, later))}
      </ol>
    </li>`;
  }

  #dateOf(e: TransferEvent): string {
    return this.basis === 'reported' ? (e.reported ?? e.date) : e.date;
  }

  #renderEvent(index: GraphIndex, e: TransferEvent, later: boolean) {
    const reported = e.reported && e.reported !== e.date ? e.reported : undefined;
    return html`<li class="event ${later ? 'later' : ''}">
      <p class="event-head">
        <time datetime=${e.date}>${formatPartialDate(e.date)}</time>${reported
          ? html` <span class="muted">(reported ${formatPartialDate(reported)})</span>`
          : nothing}
        — <span class="kind">${KIND_LABELS[e.kind]}</span>, according to ${e.by}
        ${later ? html`<span class="tag">after the selected date</span>` : nothing}
      </p>
      ${e.quantity ? html`<p>Quantity: ${formatQuantity(e.quantity)}${e.quantity.note ? ` (${e.quantity.note})` : ''}</p>` : nothing}
      ${e.note ? html`<p>${e.note}</p>` : nothing}
      <ul class="sources">
        ${e.sources.map((id) => html`<li>${sourceItem(index.sources.get(id), id, true)}</li>`)}
      </ul>
    </li>`;
  }
}
