// <arms-transfer-network>: the whole explorer as one element. It composes the
// components (network stage, time bar, filters, tooltip, popover, details, table)
// and the exports, and owns the pipeline state: graph → union layout (once) →
// view per time range and filters (cheap). Host pages talk to it through
// attributes, properties, methods and atn-* events (docs/embedding.md).
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { endDay, startDay, formatPartialDate } from '../data/partial-date.ts';
import type { Graph, GraphInput } from '../data/types.ts';
import { CATEGORIES, type Category } from '../data/vocabulary.ts';
import { loadGraph } from '../data/load.ts';
import { computeLayout } from '../layout/compute-layout.ts';
import type { LayoutResult } from '../layout/types.ts';
import {
  buildView,
  dataSpan,
  histogram,
  unionGraph,
  partialFrom,
  partialTo,
  summarizeView,
  STATUS_GROUPS,
  type AggregateEdge,
  type DateBasis,
  type DayRange,
  type Filters,
  type CountedView,
  type GraphView,
  type Histogram,
  type RangeMode,
  type StatusGroup,
  type ViewQuery,
} from '../model/index.ts';
import { emit, type HoverDetail, type RangeChangeDetail, type SelectDetail, type FilterChangeDetail } from '../components/shared/events.ts';
import { tokens } from '../components/shared/theme.ts';
import '../components/network-view/define.ts';
import '../components/time-bar/define.ts';
import '../components/tooltip/define.ts';
import '../components/transfer-popover/define.ts';
import '../components/state-details/define.ts';
import '../components/filters/define.ts';
import '../components/transfer-table/define.ts';
import '../components/about-data/define.ts';
import type { NetworkView } from '../components/network-view/network-view.ts';
import type { AnchorRect } from '../components/tooltip/tooltip.ts';
import { filtersLabel } from '../export/data/filters-label.ts';
import { DATA_EXPORT_LABELS, DATA_EXPORT_TYPES, dataExporter, dataExportKinds, type DataExportKind } from './data-exporters.ts';
import { exportFileName, type ExportKind } from '../export/filename.ts';
import { exportPng } from '../export/png.ts';
import { exportSvg } from '../export/svg/index.ts';
import { download } from './download.ts';
import { failure, loadFromUrl, type SourceResult } from './load-source.ts';
import { styles } from './widget.styles.ts';

export type Controls = 'full' | 'minimal' | 'none';
export type ThemeSetting = 'light' | 'dark' | 'auto';
/** Computes the union layout; the app swaps in a Web Worker for large graphs. */
export type LayoutStrategy = (graph: Graph) => Promise<LayoutResult>;

/** Below this width the side panel becomes a sheet under the graph and labels shorten. */
const NARROW = 720;

// The single-file widget lays out on the page's thread (no worker chunk to load); the
// explorer and the iframe route swap in workerLayout (src/embed/layout-client.ts).
export const mainThreadLayout: LayoutStrategy = async (graph) => computeLayout(unionGraph(graph));

const list = (text: string | null | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The arms-transfer network explorer as an embeddable element.
 *
 * Attributes: `src`, `from`, `to` (partial dates: "2023", "2023-09", "2023-09-14"),
 * `mode` (window | cumulative), `basis` (reported | happened), `categories` (comma
 * list), `statuses` (comma list of status groups), `suppliers`, `recipients` (comma lists of ids), `focus` (a state id), `selected`
 * (state id or edge key), `controls` (full | minimal | none), `theme` (light | dark |
 * auto), `height` (a CSS length), `table` (boolean: show the table instead of the graph).
 * Properties: `data` (a graph object), `graph` (the loaded graph, read-only),
 * `layoutStrategy`, `permalink`. Methods: `exportSVG()`, `exportPNG()`, `exportData(kind)`.
 * Events: `atn-load`, `atn-error`, `atn-select`, `atn-range-change`, `atn-filter-change`.
 */
export class ArmsTransferNetwork extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    src: { type: String, reflect: true },
    from: { type: String, reflect: true },
    to: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    basis: { type: String, reflect: true },
    categories: { type: String, reflect: true },
    statuses: { type: String, reflect: true },
    suppliers: { type: String, reflect: true },
    recipients: { type: String, reflect: true },
    focusState: { type: String, reflect: true, attribute: 'focus' },
    selected: { type: String, reflect: true },
    controls: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    height: { type: String, reflect: true },
    table: { type: Boolean, reflect: true },
    narrow: { type: Boolean, reflect: true },
    data: { attribute: false },
    graph: { state: true },
    layout: { state: true },
    problem: { state: true },
    loading: { state: true },
    hover: { state: true },
    pinned: { state: true },
    panel: { state: true },
    showFilters: { state: true },
    darkScheme: { state: true },
    summaryOpen: { state: true },
  };

  declare src: string;
  declare from: string;
  declare to: string;
  declare mode: RangeMode;
  declare basis: DateBasis;
  declare categories: string;
  declare statuses: string;
  /** Comma lists of state ids: only transfers from / to these. */
  declare suppliers: string;
  declare recipients: string;
  /** A state to select on load (attribute `focus`; `focus()` stays the DOM method). */
  declare focusState: string;
  declare selected: string;
  declare controls: Controls;
  declare theme: ThemeSetting;
  declare height: string;
  declare table: boolean;
  declare narrow: boolean;
  /** A graph object to show (as written in a file); validated like a file. */
  declare data: GraphInput | unknown;
  /** Link back to the current view, written into SVG exports (http(s) only). Read when an export is made, so setting it redraws nothing. */
  declare permalink: string;
  declare protected graph: Graph | undefined;
  declare protected layout: LayoutResult | undefined;
  declare protected problem: { message: string; problems: readonly string[] } | undefined;
  declare protected loading: boolean;
  declare protected hover: { edge: AggregateEdge; anchor: AnchorRect } | undefined;
  declare protected pinned: string;
  declare protected panel: 'none' | 'about';
  declare protected showFilters: boolean;
  declare protected darkScheme: boolean;
  declare protected summaryOpen: boolean;

  layoutStrategy: LayoutStrategy = mainThreadLayout;
  #loadToken = 0;
  #abort: AbortController | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #media: MediaQueryList | undefined;
  readonly #onScheme = (e: MediaQueryListEvent) => (this.darkScheme = e.matches);
  // Derived data, memoised on their inputs (the graph is frozen, so identity works).
  #cache = new Map<string, unknown>();

  constructor() {
    super();
    this.src = '';
    this.from = '';
    this.to = '';
    this.mode = 'window';
    this.basis = 'reported';
    this.categories = '';
    this.statuses = '';
    this.focusState = '';
    this.selected = '';
    this.controls = 'full';
    this.theme = 'light';
    this.height = '';
    this.table = false;
    this.narrow = false;
    this.data = undefined;
    this.permalink = '';
    this.graph = undefined;
    this.layout = undefined;
    this.problem = undefined;
    this.loading = false;
    this.suppliers = '';
    this.recipients = '';
    this.hover = undefined;
    this.pinned = '';
    this.panel = 'none';
    this.showFilters = false;
    this.darkScheme = false;
    this.summaryOpen = false;
  }

  /** The loaded, validated graph (frozen), or undefined. */
  get loadedGraph(): Graph | undefined {
    return this.graph;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) this.narrow = width < NARROW;
    });
    this.#resizeObserver.observe(this);
    this.#media = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.darkScheme = this.#media?.matches ?? false;
    this.#media?.addEventListener('change', this.#onScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#media?.removeEventListener('change', this.#onScheme);
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('height')) {
      if (this.height) this.style.setProperty('--atn-height', this.height);
      else this.style.removeProperty('--atn-height');
    }
    if (changed.has('data') && this.data !== undefined) this.#loadData(this.data);
    else if (changed.has('src') && this.src && this.data === undefined) void this.#loadSrc(this.src);
    if (changed.has('focusState') && this.focusState && !changed.has('selected')) this.selected = this.focusState;
  }

  // ---- loading -------------------------------------------------------------

  #loadData(input: unknown): void {
    const token = ++this.#loadToken;
    this.#abort?.abort();
    const result = loadGraph(input);
    void this.#accept(result.ok ? result : failure('The data is not a valid arms-transfer graph', result.problems), token);
  }

  async #loadSrc(src: string): Promise<void> {
    const token = ++this.#loadToken;
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.loading = true;
    try {
      const result = await loadFromUrl(src, document.baseURI, this.#abort.signal);
      if (token === this.#loadToken) void this.#accept(result, token);
    } catch {
      // Aborted by a newer load: that one reports.
    }
  }

  /** Takes a load result: a graph to lay out and show, or an error shown inside the box (and fired as atn-error). */
  async #accept(result: SourceResult, token: number): Promise<void> {
    this.loading = false;
    if (!result.ok) {
      this.problem = { message: result.message, problems: result.problems };
      emit(this, 'atn-error', { message: result.message, problems: result.problems });
      return;
    }
    this.problem = undefined;
    this.#cache.clear();
    this.graph = result.graph;
    this.layout = undefined;
    this.pinned = '';
    this.hover = undefined;
    const layout = await this.layoutStrategy(result.graph);
    if (token !== this.#loadToken) return;
    this.layout = layout;
    await this.updateComplete;
    emit(this, 'atn-load', {
      states: result.graph.states.length,
      transfers: result.graph.transfers.length,
      sources: result.graph.sources.length,
    });
  }

  // ---- derived state ------------------------------------------------------

  #memo<T>(key: string, deps: readonly unknown[], compute: () => T): T {
    const entry = this.#cache.get(key) as { deps: readonly unknown[]; value: T } | undefined;
    if (entry && entry.deps.length === deps.length && entry.deps.every((d, i) => Object.is(d, deps[i]))) return entry.value;
    const value = compute();
    this.#cache.set(key, { deps, value });
    return value;
  }

  /** All days with events under the current basis. */
  get span(): DayRange | undefined {
    const graph = this.graph;
    if (!graph) return undefined;
    return this.#memo('span', [graph, this.basis], () => dataSpan(graph, this.basis));
  }

  /** The selected range as day numbers, clamped to the data. */
  get range(): DayRange | undefined {
    const span = this.span;
    if (!span) return undefined;
    const parse = (text: string, f: (t: string) => number) => {
      try {
        return text ? f(text) : undefined;
      } catch {
        return undefined; // A malformed attribute falls back to the data's edge.
      }
    };
    const from = Math.max(span.from, parse(this.from, startDay) ?? span.from);
    const to = Math.min(span.to, parse(this.to, endDay) ?? span.to);
    return from <= to ? { from, to } : span;
  }

  get filters(): Filters {
    return this.#memo('filters', [this.categories, this.statuses, this.suppliers, this.recipients], () => ({
      categories: list(this.categories).filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c)),
      statuses: list(this.statuses).filter((s): s is StatusGroup => (STATUS_GROUPS as readonly string[]).includes(s)),
      suppliers: list(this.suppliers),
      recipients: list(this.recipients),
    }));
  }

  get query(): ViewQuery | undefined {
    const range = this.range;
    if (!range) return undefined;
    return this.#memo('query', [range.from, range.to, this.mode, this.basis, this.filters], () => ({
      range,
      mode: this.mode === 'cumulative' ? 'cumulative' : 'window',
      basis: this.basis === 'happened' ? 'happened' : 'reported',
      filters: this.filters,
    }));
  }

  /** The graph as currently visible. */
  get view(): CountedView | undefined {
    const graph = this.graph;
    const q = this.query;
    if (!graph || !q) return undefined;
    return this.#memo('view', [graph, q], () => buildView(graph, q));
  }

  get #unionView(): GraphView | undefined {
    const graph = this.graph;
    const span = this.span;
    if (!graph || !span) return undefined;
    return this.#memo('union', [graph, span], () => buildView(graph, { range: span, mode: 'cumulative', basis: this.basis }));
  }

  get #histogram(): Histogram | undefined {
    const graph = this.graph;
    const span = this.span;
    if (!graph || !span) return undefined;
    const f = this.filters;
    return this.#memo('histogram', [graph, span, this.basis, f], () => histogram(graph, span, this.basis, { filters: f }));
  }

  get summary(): string {
    const graph = this.graph;
    const view = this.view;
    const q = this.query;
    if (!graph || !view || !q) return '';
    return this.#memo('summary', [graph, view], () => summarizeView(graph, view, q));
  }

  get #resolvedTheme(): 'light' | 'dark' {
    if (this.theme === 'dark') return 'dark';
    if (this.theme === 'auto') return this.darkScheme ? 'dark' : 'light';
    return 'light';
  }

  #edge(key: string): AggregateEdge | undefined {
    return this.view?.edges.find((e) => e.key === key);
  }

  // ---- public API ---------------------------------------------------------

  get #networkView(): NetworkView | null {
    return this.renderRoot.querySelector('atn-network-view');
  }

  /** The current view as a standalone SVG document (what is on screen: range, filters, highlight, zoom). */
  exportSVG(): string {
    const graph = this.graph;
    const view = this.view;
    const q = this.query;
    const stage = this.#networkView;
    const svg = stage?.svgElement;
    if (!graph || !view || !q || !stage || !svg) throw new Error('Nothing to export yet: the graph has not been drawn.');
    return exportSvg(document, {
      graph,
      view,
      ...stage.exportFrame(),
      theme: this.#resolvedTheme,
      highlight: this.selected ? { focus: this.selected } : undefined,
      rangeLabel: this.#rangeLabel(q),
      filtersLabel: filtersLabel(q.filters),
      summary: this.summary,
      permalink: this.permalink || undefined,
    });
  }

  /** The same picture as a PNG at 2× pixel density. */
  exportPNG(): Promise<Blob> {
    return exportPng(this.exportSVG(), { scale: 2 });
  }

  /** The current view's data in a registered export format (see data-exporters.ts). */
  exportData(kind: DataExportKind): string {
    const graph = this.graph;
    const view = this.view;
    const q = this.query;
    if (!graph || !view || !q) throw new Error('No data loaded.');
    const exporter = dataExporter(kind);
    if (!exporter) throw new Error(`No ${kind} export is registered on this page (import all-exporters.ts).`);
    return exporter(graph, view, q, this.#networkView?.currentPositions());
  }

  /** The file name an export of this view gets, e.g. arms-transfers_2023-09_2024-12.svg. */
  exportName(kind: ExportKind): string {
    const q = this.query;
    if (!q) throw new Error('No data loaded.');
    return exportFileName(kind, q);
  }

  #rangeLabel(q: ViewQuery): string {
    const from = formatPartialDate(partialFrom(q.range.from));
    const to = formatPartialDate(partialTo(q.range.to));
    const basis = q.basis === 'happened' ? 'by date of event' : 'by date reported';
    return q.mode === 'cumulative' ? `Up to ${to}, ${basis}` : `${from} – ${to}, ${basis}`;
  }

  async #save(kind: ExportKind): Promise<void> {
    this.#closeMenus();
    try {
      const name = this.exportName(kind);
      if (kind === 'svg') download(document, new Blob([this.exportSVG()], { type: 'image/svg+xml' }), name);
      else if (kind === 'png') download(document, await this.exportPNG(), name);
      else download(document, new Blob([this.exportData(kind)], { type: `${DATA_EXPORT_TYPES[kind]};charset=utf-8` }), name);
    } catch (err) {
      const message = `Export failed: ${err instanceof Error ? err.message : String(err)}`;
      emit(this, 'atn-error', { message, problems: [] });
    }
  }

  #closeMenus(): void {
    for (const d of this.renderRoot.querySelectorAll('details[open]')) d.removeAttribute('open');
  }

  // ---- events from the parts ----------------------------------------------

  #onRange(e: CustomEvent<RangeChangeDetail>): void {
    const d = e.detail;
    // A mode or basis switch keeps the range as set: the event's range is the old
    // basis's clamp of it, and writing that back would pin the ends (or fill them in).
    // (Compared with what the time bar was given: the attributes normalised.)
    const q = this.query;
    if (d.mode !== q?.mode || d.basis !== q?.basis) {
      this.mode = d.mode;
      this.basis = d.basis;
      return;
    }
    this.from = partialFrom(startDay(d.from));
    this.to = partialTo(startDay(d.to));
    // The event bubbles on out of the element as the public atn-range-change.
  }

  #onSelect(e: CustomEvent<SelectDetail>): void {
    const { kind, id } = e.detail;
    this.hover = undefined;
    if (!kind || !id) {
      this.selected = '';
      this.pinned = '';
      return;
    }
    this.selected = id;
    this.pinned = kind === 'edge' ? id : '';
    if (e.target !== this.#networkView) this.#focusItem(id);
  }

  #onHover(e: CustomEvent<HoverDetail>): void {
    const { kind, id, rect } = e.detail;
    const edge = kind === 'edge' && id ? this.#edge(id) : undefined;
    this.hover = edge && rect ? { edge, anchor: rect } : undefined;
  }

  #onFilters(e: CustomEvent<FilterChangeDetail>): void {
    const d = e.detail;
    this.categories = d.categories.join(',');
    this.statuses = d.statuses.join(',');
    this.suppliers = d.suppliers.join(',');
    this.recipients = d.recipients.join(',');
  }

  /** Moves keyboard focus to a node or edge of the graph (e.g. an "in return" counterpart). */
  #focusItem(id: string): void {
    void this.updateComplete.then(() => this.#networkView?.focusItem(id));
  }

  #onPopoverClose(): void {
    const key = this.pinned;
    this.pinned = '';
    if (key) this.#focusItem(key);
  }

  // ---- rendering ----------------------------------------------------------

  protected override render() {
    if (this.problem) return this.#renderError(this.problem);
    if (!this.graph) {
      return html`<div class="frame"><p class="status" role="status">${this.loading ? 'Loading data…' : 'No data: set the src attribute or the data property.'}</p></div>`;
    }
    const graph = this.graph;
    const view = this.view!;
    const q = this.query!;
    const full = this.controls === 'full';
    const bar = this.controls !== 'none';
    const selectedState = this.selected && graph.states.some((s) => s.id === this.selected) ? this.selected : '';
    const pinnedEdge = this.pinned ? this.#edge(this.pinned) : undefined;
    return html`
      <div class="frame" part="frame">
        ${full ? this.#renderToolbar(graph) : nothing}
        ${full && this.showFilters
          ? html`<atn-filters id="filters" .graph=${graph} .view=${view} .filters=${q.filters ?? {}}></atn-filters>`
          : nothing}
        <div class="main ${pinnedEdge ? 'pinned' : ''}">
          <div class="stage" part="stage">
            ${this.table
              ? html`<div class="table-wrap">
                  <atn-transfer-table .graph=${graph} .view=${view} .asOf=${q.range.to} .basis=${q.basis} .range=${q.range} .mode=${q.mode}></atn-transfer-table>
                </div>`
              : html`<atn-network-view
                  .view=${view}
                  .unionView=${this.#unionView}
                  .layout=${this.layout}
                  .theme=${this.#resolvedTheme}
                  .selected=${this.selected}
                  .label=${graph.meta.title}
                  .description=${this.summary}
                ></atn-network-view>`}
          </div>
          ${selectedState || this.panel === 'about' ? this.#renderPanel(graph, view, selectedState) : nothing}
          <atn-transfer-popover
            .edge=${pinnedEdge}
            .graph=${graph}
            .asOf=${q.range.to}
            .basis=${q.basis}
            ?open=${pinnedEdge !== undefined}
          ></atn-transfer-popover>
        </div>
        ${bar
          ? html`<atn-time-bar
              part="time-bar"
              .histogram=${this.#histogram}
              .span=${this.span}
              .from=${q.range.from}
              .to=${q.range.to}
              .mode=${q.mode}
              .basis=${q.basis}
              .theme=${this.theme}
              ?compact=${this.narrow}
            ></atn-time-bar>`
          : nothing}
        <div class="summary-row">
          <p id="summary" class="summary ${this.summaryOpen ? 'expanded' : ''}" part="summary" aria-live="polite">${this.summary}</p>
          <button type="button" aria-expanded=${String(this.summaryOpen)} aria-controls="summary" @click=${() => (this.summaryOpen = !this.summaryOpen)}>
            ${this.summaryOpen ? 'Less' : 'More'}
          </button>
        </div>
      </div>
      <atn-tooltip
        .edge=${this.hover && !pinnedEdge ? this.hover.edge : undefined}
        .graph=${graph}
        .asOf=${q.range.to}
        .basis=${q.basis}
        .anchor=${this.hover?.anchor}
      ></atn-tooltip>
    `;
  }

  #renderToolbar(graph: Graph) {
    const exports: [ExportKind, string][] = [
      ['svg', 'Picture (SVG)'],
      ['png', 'Picture (PNG, 2×)'],
      ...dataExportKinds().map((k): [ExportKind, string] => [k, DATA_EXPORT_LABELS[k]]),
    ];
    return html`<div class="toolbar" part="toolbar">
      <h2 class="title">${graph.meta.title}</h2>
      <div class="actions">
        <button type="button" aria-pressed=${String(this.showFilters)} @click=${() => (this.showFilters = !this.showFilters)}>
          ${this.narrow ? 'Filter' : 'Filter & search'}
        </button>
        <button type="button" aria-pressed=${String(this.table)} @click=${() => (this.table = !this.table)}>Table</button>
        <button type="button" aria-pressed=${String(this.panel === 'about')} @click=${() => (this.panel = this.panel === 'about' ? 'none' : 'about')}>
          ${this.narrow ? 'About' : 'About the data'}
        </button>
        <details class="menu">
          <summary>Export</summary>
          <div class="menu-list">
            ${exports.map(([kind, label]) => html`<button type="button" data-export=${kind} @click=${() => this.#save(kind)}>${label}</button>`)}
          </div>
        </details>
      </div>
    </div>`;
  }

  #renderPanel(graph: Graph, view: GraphView, stateId: string) {
    return html`<aside class="panel" part="panel" aria-label=${stateId ? 'State details' : 'About the data'}>
      <div class="panel-head">
        <button type="button" @click=${() => (stateId ? (this.selected = '') : (this.panel = 'none'))}>Close</button>
      </div>
      ${stateId
        ? html`<atn-state-details .stateId=${stateId} .graph=${graph} .view=${view} .basis=${this.basis}></atn-state-details>`
        : html`<atn-about-data .graph=${graph}></atn-about-data>`}
    </aside>`;
  }

  #renderError(problem: { message: string; problems: readonly string[] }) {
    return html`<div class="frame">
      <div class="error" part="error" role="alert">
        <strong>Could not show the arms-transfer network.</strong>
        <p>${problem.message}</p>
        ${problem.problems.length ? html`<ul>${problem.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
      </div>
    </div>`;
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('atn-range-change', (e) => this.#onRange(e as CustomEvent<RangeChangeDetail>));
    this.renderRoot.addEventListener('atn-select', (e) => this.#onSelect(e as CustomEvent<SelectDetail>));
    this.renderRoot.addEventListener('atn-hover', (e) => this.#onHover(e as CustomEvent<HoverDetail>));
    this.renderRoot.addEventListener('atn-filter-change', (e) => this.#onFilters(e as CustomEvent<FilterChangeDetail>));
    this.renderRoot.addEventListener('atn-popover-close', () => this.#onPopoverClose());
  }
}
