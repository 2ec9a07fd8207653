import { LitElement, html, nothing } from 'lit';
import type { Graph } from '../../data/types.ts';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../data/vocabulary.ts';
import { STATUS_GROUP_LABELS, STATUS_GROUPS, type Filters, type StatusGroup } from '../../model/filters.ts';
import { indexGraph } from '../../model/index-graph.ts';
import { searchStates, type StateMatch } from '../../model/search.ts';
import type { GraphView, LineStyle } from '../../model/types.ts';
import { emit } from '../shared/events.ts';
import { tokens } from '../shared/theme.ts';
import { partStyles } from '../transfer-popover/parts.styles.ts';
import { styleGlyph, swatch } from '../transfer-popover/parts.ts';
import { styles } from './filters.styles.ts';

const GROUP_STYLE: Readonly<Record<StatusGroup, LineStyle>> = {
  confirmed: 'solid',
  reported: 'dashed',
  alleged: 'dashed',
  contested: 'faded',
};

const toggle = <T,>(list: readonly T[] | undefined, item: T): T[] =>
  list?.includes(item) ? list.filter((x) => x !== item) : [...(list ?? []), item];

let instances = 0;

/** "confirmed" and, smaller, "(delivered, used, confirmed)". */
function groupLabel(g: StatusGroup) {
  const label = STATUS_GROUP_LABELS[g];
  const cut = label.indexOf(' (');
  return cut < 0 ? label : html`<span>${label.slice(0, cut)}<span class="detail">${label.slice(cut)}</span></span>`;
}

/**
 * `<atn-filters>`: reader filters and state search.
 *
 * Properties:
 * - `graph: Graph | undefined` — which categories, suppliers and recipients exist.
 * - `view: GraphView | undefined` — the current view, for the counts on the chips.
 * - `filters: Filters` — the active filters (empty lists = no filter). The element
 *   updates it itself on every change, so it works uncontrolled too.
 *
 * Controls: category chips and status-group chips (toggle buttons, aria-pressed,
 * a colour swatch or line glyph next to the text), supplier and recipient checklists,
 * a search box (ARIA 1.2 combobox with a listbox; ↑/↓ move, Enter picks, Esc closes)
 * and "Clear filters".
 *
 * Events: `atn-filter-change` {categories, statuses, suppliers, recipients} on every
 * filter change; `atn-select` {kind: 'state', id} when a search match is picked.
 */
export class AtnFilters extends LitElement {
  static override properties = {
    graph: { attribute: false },
    view: { attribute: false },
    filters: { attribute: false },
    query: { state: true },
    active: { state: true },
    listOpen: { state: true },
  };
  static override styles = [tokens, partStyles, styles];

  declare graph: Graph | undefined;
  declare view: GraphView | undefined;
  declare filters: Filters;
  declare query: string;
  declare active: number;
  declare listOpen: boolean;
  readonly #uid = `f${++instances}`;

  constructor() {
    super();
    this.graph = undefined;
    this.view = undefined;
    this.filters = {};
    this.query = '';
    this.active = -1;
    this.listOpen = false;
  }

  #searchMatches(): StateMatch[] {
    return this.graph && this.query.trim() ? searchStates(this.graph, this.query, 8) : [];
  }

  #change(next: Filters): void {
    this.filters = next;
    emit(this, 'atn-filter-change', {
      categories: [...(next.categories ?? [])],
      statuses: [...(next.statuses ?? [])],
      suppliers: [...(next.suppliers ?? [])],
      recipients: [...(next.recipients ?? [])],
    });
  }

  override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const index = indexGraph(graph);
    const name = (id: string) => index.states.get(id)?.name ?? id;
    const byName = (a: string, b: string) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
    const present = new Set(graph.transfers.map((t) => t.category));
    const categories = CATEGORIES.filter((c) => present.has(c));
    const counts = new Map<Category, number>();
    const supplierCounts = new Map<string, number>();
    const recipientCounts = new Map<string, number>();
    for (const e of this.view?.edges ?? []) {
      const n = e.transfers.length;
      counts.set(e.category, (counts.get(e.category) ?? 0) + n);
      supplierCounts.set(e.supplier, (supplierCounts.get(e.supplier) ?? 0) + n);
      recipientCounts.set(e.recipient, (recipientCounts.get(e.recipient) ?? 0) + n);
    }
    const suppliers = [...new Set(graph.transfers.map((t) => t.supplier))].sort(byName);
    const recipients = [...new Set(graph.transfers.map((t) => t.recipient))].sort(byName);
    const f = this.filters;
    const any = !!(f.categories?.length || f.statuses?.length || f.suppliers?.length || f.recipients?.length);

    return html`${this.#renderSearch()}
      <fieldset>
        <legend>Categories</legend>
        <div class="chips">
          ${categories.map((c) => {
            const n = counts.get(c) ?? 0;
            return html`<button type="button" class="chip" data-category=${c} aria-pressed=${f.categories?.includes(c) ? 'true' : 'false'}
              @click=${() => this.#change({ ...f, categories: toggle(f.categories, c) })}>
              ${swatch(c)}${CATEGORY_LABELS[c]}<span class="count" aria-label=${`, ${n} in view`}>${n}</span>
            </button>`;
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        <div class="chips">
          ${STATUS_GROUPS.map(
            (g) => html`<button type="button" class="chip" data-status=${g} aria-pressed=${f.statuses?.includes(g) ? 'true' : 'false'}
              @click=${() => this.#change({ ...f, statuses: toggle(f.statuses, g) })}>
              ${styleGlyph(GROUP_STYLE[g])}${groupLabel(g)}
            </button>`,
          )}
        </div>
      </fieldset>
      <div class="row">
        ${this.#renderChecklist('suppliers', 'Suppliers', suppliers, supplierCounts, name)}
        ${this.#renderChecklist('recipients', 'Recipients', recipients, recipientCounts, name)}
      </div>
      <button type="button" class="clear" ?disabled=${!any} @click=${() => this.#change({})}>Clear filters</button>`;
  }

  #renderChecklist(
    key: 'suppliers' | 'recipients',
    title: string,
    ids: readonly string[],
    counts: ReadonlyMap<string, number>,
    name: (id: string) => string,
  ) {
    const selected = this.filters[key] ?? [];
    return html`<details class=${key}>
      <summary>${title}${selected.length ? ` (${selected.length} selected)` : ''}</summary>
      <fieldset class="options">
        <legend class="sr-only">${title}</legend>
        ${ids.map(
          (id) => html`<label>
            <input type="checkbox" value=${id} .checked=${selected.includes(id)}
              @change=${() => this.#change({ ...this.filters, [key]: toggle(this.filters[key], id) })} />
            <span>${name(id)}</span><span class="muted">${counts.get(id) ?? 0}</span>
          </label>`,
        )}
      </fieldset>
    </details>`;
  }

  #renderSearch() {
    const matches = this.#searchMatches();
    const open = this.listOpen && matches.length > 0;
    const listId = `${this.#uid}-list`;
    const optionId = (i: number) => `${this.#uid}-opt-${i}`;
    return html`<div class="search">
      <label class="label" for="${this.#uid}-q">Find a state</label>
      <input id="${this.#uid}-q" type="text" role="combobox" autocomplete="off" spellcheck="false"
        placeholder="e.g. North Korea, DPRK, Pyongyang"
        aria-autocomplete="list" aria-expanded=${open ? 'true' : 'false'} aria-controls=${listId}
        aria-activedescendant=${open && this.active >= 0 ? optionId(this.active) : nothing}
        .value=${this.query}
        @input=${(e: InputEvent) => {
          this.query = (e.target as HTMLInputElement).value;
          this.active = -1;
          this.listOpen = true;
        }}
        @keydown=${(e: KeyboardEvent) => this.#onSearchKey(e, matches)}
        @blur=${() => (this.listOpen = false)} />
      <ul id=${listId} role="listbox" aria-label="Matching states" ?hidden=${!open}>
        ${open
          ? matches.map(
              (m, i) => html`<li id=${optionId(i)} role="option" aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: MouseEvent) => e.preventDefault()}
                @click=${() => this.#pick(m)}>
                <span>${m.name}</span>${m.field !== 'name' ? html`<span class="matched">${m.matched}</span>` : nothing}
              </li>`,
            )
          : nothing}
      </ul>
      <span class="sr-only" role="status">${this.listOpen && this.query.trim()
        ? matches.length === 1 ? '1 match' : `${matches.length} matches`
        : ''}</span>
    </div>`;
  }

  #onSearchKey(e: KeyboardEvent, matches: readonly StateMatch[]): void {
    const n = matches.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.listOpen = true;
      this.active = (this.active + 1) % n;
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.listOpen = true;
      this.active = this.active <= 0 ? n - 1 : this.active - 1;
    } else if (e.key === 'Enter' && n) {
      e.preventDefault();
      this.#pick(matches[Math.max(0, this.active)]!);
    } else if (e.key === 'Escape') {
      if (this.listOpen) e.stopPropagation();
      if (!this.listOpen) this.query = '';
      this.listOpen = false;
      this.active = -1;
    }
  }

  #pick(m: StateMatch): void {
    this.query = m.name;
    this.listOpen = false;
    this.active = -1;
    emit(this, 'atn-select', { kind: 'state', id: m.id });
  }
}
