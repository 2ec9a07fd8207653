import { LitElement, html, nothing } from 'lit';
import { comparePartialDates } from '../../data/partial-date.ts';
import type { Graph } from '../../data/types.ts';
import { CATEGORY_LABELS } from '../../data/vocabulary.ts';
import { indexGraph } from '../../model/index-graph.ts';
import { STATUS_LABELS } from '../../model/format.ts';
import { eventSpan, formatSpan } from '../../model/summary.ts';
import type { AggregateEdge, DateBasis, GraphView } from '../../model/types.ts';
import { emit } from '../shared/events.ts';
import { tokens } from '../shared/theme.ts';
import { partStyles } from '../transfer-popover/parts.styles.ts';
import { styleGlyph, swatch } from '../transfer-popover/parts.ts';
import { styles } from './state-details.styles.ts';

interface PartnerGroup {
  readonly partner: string;
  readonly name: string;
  readonly edges: AggregateEdge[];
  transfers: number;
}

/**
 * `<atn-state-details>`: one state's transfers in view, inbound and outbound,
 * grouped by partner and category ("3 transfers, Aug 2022 – Sep 2024").
 *
 * Properties:
 * - `stateId: string | undefined` — the state (ISO3 or actor id); undefined hides it.
 * - `graph: Graph | undefined` — the loaded graph (names, aliases, events).
 * - `view: GraphView | undefined` — the current view; only its edges are listed.
 * - `basis: DateBasis` — which event date the date spans use ('reported' default).
 *
 * Each partner/category line is a button firing `atn-select` {kind: 'edge', id: key}.
 */
export class AtnStateDetails extends LitElement {
  static override properties = {
    stateId: { type: String, attribute: 'state-id' },
    graph: { attribute: false },
    view: { attribute: false },
    basis: { type: String },
  };
  static override styles = [tokens, partStyles, styles];

  declare stateId: string | undefined;
  declare graph: Graph | undefined;
  declare view: GraphView | undefined;
  declare basis: DateBasis;

  constructor() {
    super();
    this.stateId = undefined;
    this.graph = undefined;
    this.view = undefined;
    this.basis = 'reported';
  }

  override render() {
    const { stateId, graph, view } = this;
    this.hidden = !stateId || !graph;
    if (!stateId || !graph) return nothing;
    const index = indexGraph(graph);
    const state = index.states.get(stateId);
    const name = state?.name ?? stateId;
    const edges = view?.edges ?? [];
    const outbound = this.#groups(index, edges.filter((e) => e.supplier === stateId), 'recipient');
    const inbound = this.#groups(index, edges.filter((e) => e.recipient === stateId), 'supplier');
    const aliases = [state?.shortName, ...(state?.aliases ?? [])].filter((a): a is string => !!a && a !== name);
    return html`<section aria-labelledby="state-title">
      <h2 id="state-title">${name}</h2>
      ${aliases.length ? html`<p class="aliases">Also: ${aliases.join(', ')}</p>` : nothing}
      ${this.#section('Received from', 'in', inbound)}
      ${this.#section('Supplied to', 'out', outbound)}
    </section>`;
  }

  #groups(index: ReturnType<typeof indexGraph>, edges: readonly AggregateEdge[], side: 'supplier' | 'recipient'): PartnerGroup[] {
    const groups = new Map<string, PartnerGroup>();
    for (const e of edges) {
      const partner = e[side];
      let g = groups.get(partner);
      if (!g) groups.set(partner, (g = { partner, name: index.states.get(partner)?.name ?? partner, edges: [], transfers: 0 }));
      g.edges.push(e);
      g.transfers += e.transfers.length;
    }
    return [...groups.values()].sort((a, b) => b.transfers - a.transfers || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  #section(title: string, id: string, groups: readonly PartnerGroup[]) {
    return html`<h3 id="h-${id}">${title}</h3>
      ${groups.length === 0
        ? html`<p class="empty">Nothing in view.</p>`
        : html`<ul aria-labelledby="h-${id}">
            ${groups.map(
              (g) => html`<li class="partner">
                <p class="partner-name">${g.name}</p>
                <ul>
                  ${g.edges.map((e) => html`<li>${this.#edgeButton(e)}</li>`)}
                </ul>
              </li>`,
            )}
          </ul>`}`;
  }

  #edgeButton(e: AggregateEdge) {
    const spans = e.transfers.map((t) => eventSpan(t, this.basis));
    const first = spans.map((s) => s.first).sort(comparePartialDates)[0]!;
    const last = spans.map((s) => s.last).sort(comparePartialDates).at(-1)!;
    const n = e.transfers.length;
    return html`<button type="button" class="edge-button" data-edge=${e.key}
      @click=${() => emit(this, 'atn-select', { kind: 'edge', id: e.key })}>
      ${swatch(e.category)}<span>${CATEGORY_LABELS[e.category]}</span>
      ${styleGlyph(e.style)}<span class="muted">${STATUS_LABELS[e.status]}</span>
      <span class="count">${n === 1 ? '1 transfer' : `${n} transfers`}, ${formatSpan({ first, last })}</span>
    </button>`;
  }
}
