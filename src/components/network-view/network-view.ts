// <atn-network-view>: the interactive stage of the network. It draws with the
// pure renderer (src/render) and adds what a page needs on top: fitting to its
// own size, semantic zoom and pan, node dragging, hover/focus highlighting,
// selection, and a one-tab-stop keyboard scheme (docs/network-view.md).
//
// Pipeline: renderNetwork of the current `view` only when the union, the layout,
// the size, the theme, narrow mode or the legend change; updateNetwork for a new
// `view` and for zoom / drag (one per animation frame): only the view's elements
// are in the DOM, created, re-used or removed as the view changes (ADR 0005);
// positions come from the union's layout, so states never move with the view.
// applyHighlight for hover and focus.
import { LitElement, html, nothing, svg as svgTemplate, type PropertyValues } from 'lit';
import { fitToViewport } from '../../layout/fit.ts';
import type { LayoutResult, Point } from '../../layout/types.ts';
import type { GraphView } from '../../model/types.ts';
import {
  applyHighlight,
  legendContent,
  legendRect,
  networkArea,
  networkItems,
  NARROW_RADIUS_SCALE,
  renderLegend,
  renderNetwork,
  prepareUpdate,
  type RenderOptions,
  type UpdateResult,
} from '../../render/index.ts';
import { edgeCanvasLayer } from './edge-canvas-registry.ts';
import { emit, type HoverDetail } from '../shared/events.ts';
import { tokens } from '../shared/theme.ts';
import { curveApexes } from './curve-extent.ts';
import { affineBetween, applyAffine, IDENTITY, invertAffine, pathMidpoint, type Affine } from './geometry.ts';
import { svgEl } from '../../render/svg.ts';
import { HIT_WIDTH, syncHitAreas } from './hit-areas.ts';
import { spatialNext, stepEdge, stepNode, nodeOrder, type Direction, type NavItem } from './spatial-nav.ts';
import { nodeOf, pansGraph, wheelFactor, wheelZooms } from './zoom-policy.ts';
import {
  applyZoom,
  invertZoom,
  pan,
  pinch,
  sameZoom,
  SCALE_EXTENT,
  zoomAt,
  ZOOM_IDENTITY,
  type ZoomTransform,
} from './zoom-transform.ts';
import { styles } from './network-view.styles.ts';
import { EDGE_CANVAS_MIN, FADE_MAX_EDGES, FADE_MS } from './thresholds.ts';

export { EDGE_CANVAS_MIN, FADE_MAX_EDGES } from './thresholds.ts';

/** Below this width labels turn into ISO3 codes and the font shrinks. */
export const NARROW_WIDTH = 520;
/** Room around the fitted graph for circles (radius ≤ 30) and their labels. */
const PADDING = 44;
const PADDING_NARROW = 30;
/** Room kept free for the zoom buttons (and, when narrow, the legend button). */
const CONTROLS_BAND = 44;
/** Never enlarge a tiny graph beyond this factor of the layout. */
const MAX_FIT_SCALE = 3;
export const ZOOM_STEP = 1.5;
export { SCALE_EXTENT };
/** Pointer travel before a press becomes a node drag or a pan (so clicks stay clicks). */
const DRAG_THRESHOLD = 3;

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

type ItemKind = 'state' | 'edge';

interface DragState {
  readonly id: string;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  moved: boolean;
}

/** A background pan with mouse or pen, relative to where it started. */
interface PanState {
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly start: ZoomTransform;
  moved: boolean;
}

/** A two-finger pinch: the two touch pointers, where they were and the zoom when it began. */
interface PinchState {
  readonly ids: readonly [number, number];
  readonly from: readonly [Point, Point];
  readonly start: ZoomTransform;
}

const round2 = (n: number) => {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
};

function itemOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('g[data-state], g[data-edge]') : null;
}

function itemKind(el: Element): ItemKind {
  return el.hasAttribute('data-state') ? 'state' : 'edge';
}

function itemId(el: Element): string {
  return el.getAttribute('data-state') ?? el.getAttribute('data-edge') ?? '';
}

export class NetworkView extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    view: { attribute: false },
    unionView: { attribute: false },
    layout: { attribute: false },
    theme: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    label: { type: String },
    description: { type: String },
    legend: { type: Boolean, converter: { fromAttribute: (v: string | null) => v !== 'false' } },
    width: { state: true },
    height: { state: true },
    legendOpen: { state: true },
  };

  /** The graph as currently visible (time window, filters). Must be part of `unionView`. */
  declare view: GraphView | undefined;
  /** The graph of all time: drawn once, so elements keep their place when `view` changes. */
  declare unionView: GraphView | undefined;
  /** Positions in layout space, computed by the owner from the union. Never mutated. */
  declare layout: LayoutResult | undefined;
  declare theme: 'light' | 'dark';
  /** Selected state id or edge key; '' for none. */
  declare selected: string;
  /** Accessible title of the diagram. */
  declare label: string;
  /** Accessible description; default: counts of the visible states and links. */
  declare description: string;
  /** Draw the legend inside the SVG. */
  declare legend: boolean;
  /** Above this many edges in the view, edges are painted on a canvas layer (ADR 0006). Read at each draw. */
  declare edgeCanvasMin: number;
  declare protected width: number;
  declare protected height: number;
  /** Narrow mode: the legend is a panel behind a button, open or not. */
  declare protected legendOpen: boolean;

  #svg: SVGSVGElement | null = null;
  /** The edge layer under the SVG while the view is dense, else null. */
  #canvas: HTMLCanvasElement | null = null;
  #drawnKey: readonly unknown[] = [];
  /** Fitted pixel positions of the layout (before zoom and drags), and the fit as a map. */
  #fitted: Map<string, Point> = new Map();
  #fit: Affine = IDENTITY;
  /** Dragged nodes, in LAYOUT coordinates, so a pin stays put on the graph across resizes. */
  readonly #overrides = new Map<string, Point>();
  #transform: ZoomTransform = ZOOM_IDENTITY;
  #stage: HTMLDivElement | null = null;
  /** Touch pointers down on the stage, in stage pixels: two of them make a pinch. */
  readonly #touches = new Map<number, Point>();
  #pinchState: PinchState | null = null;
  #panState: PanState | null = null;
  #resizeObserver: ResizeObserver | undefined;
  #frame = 0;
  /** The roving tab stop; '' = default (selected item, else first node). */
  #activeId = '';
  /** The node whose edges ] and [ step through. */
  #anchorNode = '';
  #hoverId = '';
  #focusId = '';
  #lastHover = '';
  #drag: DragState | null = null;
  /** The element holding tabindex="0", so moving the stop touches two elements, not all. */
  #tabStop: Element | null = null;
  #suppressClick = false;

  constructor() {
    super();
    this.view = undefined;
    this.unionView = undefined;
    this.layout = undefined;
    this.theme = 'light';
    this.selected = '';
    this.label = '';
    this.description = '';
    this.legend = true;
    this.edgeCanvasMin = EDGE_CANVAS_MIN;
    this.width = 0;
    this.height = 0;
    this.legendOpen = false;
  }

  // ----- public API --------------------------------------------------------

  /** The live SVG (null before the first draw). Includes interaction-only hit paths. */
  get svgElement(): SVGSVGElement | null {
    return this.#svg;
  }

  /** On-screen pixel positions of every node of the union, including zoom and drags. */
  currentPositions(): ReadonlyMap<string, Point> {
    const out = new Map<string, Point>();
    for (const [id, p] of this.#fitted) {
      const pinned = this.#overrides.get(id);
      const base = pinned ? applyAffine(this.#fit, pinned) : p;
      const { x, y } = applyZoom(this.#transform, base);
      out.set(id, { x: round2(x), y: round2(y) });
    }
    return out;
  }

  zoomIn(): void {
    this.#scaleBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.#scaleBy(1 / ZOOM_STEP);
  }

  /** Back to the fitted view (dragged nodes stay where they were put). */
  resetZoom(): void {
    this.#setTransform(ZOOM_IDENTITY);
  }

  /** Releases every dragged node back to its layout position. */
  resetPositions(): void {
    if (this.#overrides.size === 0) return;
    this.#overrides.clear();
    this.#schedule();
  }

  /** What an export of exactly what is on screen needs: positions, the stage's size, narrow mode and the circle scale. */
  exportFrame(): {
    positions: ReadonlyMap<string, Point>;
    width: number;
    height: number;
    narrow: boolean;
    radiusScale: number | undefined;
  } {
    return { positions: this.currentPositions(), width: this.width, height: this.height, narrow: this.#narrow, radiusScale: this.#options().radiusScale };
  }

  /** Makes a node (state id) or edge (key) the active item and moves keyboard focus to it. */
  focusItem(id: string): void {
    this.#moveTo(id);
  }

  /** Moves keyboard focus into the graph (to the active item). */
  override focus(options?: FocusOptions): void {
    const el = this.#tabStop?.isConnected ? (this.#tabStop as SVGGElement) : null;
    if (el) el.focus(options);
    else super.focus(options);
  }

  // ----- lifecycle ---------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const w = Math.floor(box.width);
      const h = Math.floor(box.height);
      if (w !== this.width) this.width = w;
      if (h !== this.height) this.height = h;
    });
    this.#resizeObserver.observe(this);
    // Back on the page after a removal, which gave up the canvas layer: paint it again.
    if (edgeCanvasLayer() && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    // Off the page: the canvas (handed to a worker, ADR 0007), shown or parked, is released.
    const layer = edgeCanvasLayer();
    const canvas = layer && this.#stage?.querySelector<HTMLCanvasElement>(':scope > canvas');
    if (layer && canvas) {
      layer.hide(canvas, this.#svg);
      this.#canvas = null;
    }
  }

  protected override firstUpdated(): void {
    const stage = this.renderRoot.querySelector<HTMLDivElement>('.stage');
    if (!stage) return;
    this.#stage = stage;
    // Not passive: a zooming wheel and a two-finger touch move must not also scroll the page.
    stage.addEventListener('wheel', this.#onWheel, { passive: false });
    stage.addEventListener('touchmove', this.#onTouchMove, { passive: false });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Fading thousands of entering elements costs more than a frame: only small views animate.
    this.toggleAttribute('data-static', ((this.view ?? this.unionView)?.edges.length ?? 0) > FADE_MAX_EDGES);
    // Draws with the current highlight (hover, focus, else `selected`), so a new selection needs nothing more.
    this.#draw();
  }

  protected override render() {
    return html`
      <div
        class="stage"
        part="stage"
        @pointerover=${this.#onPointerOver}
        @pointerout=${this.#onPointerOut}
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerUp}
        @click=${this.#onClick}
        @dblclick=${this.#onDblClick}
        @keydown=${this.#onKeyDown}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
      ></div>
      ${this.#legendPanel()}
      <div class=${this.#narrow ? 'zoom row' : 'zoom'} part="zoom-controls" role="group" aria-label="Zoom">
        <button type="button" part="zoom-button" aria-label="Zoom in" title="Zoom in (or Ctrl + wheel)" @click=${this.zoomIn}>
          ${svgTemplate`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10" stroke="currentColor" stroke-width="2" fill="none"/></svg>`}
        </button>
        <button type="button" part="zoom-button" aria-label="Zoom out" title="Zoom out (or Ctrl + wheel)" @click=${this.zoomOut}>
          ${svgTemplate`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" stroke="currentColor" stroke-width="2" fill="none"/></svg>`}
        </button>
        <button
          type="button"
          part="zoom-button"
          aria-label="Reset zoom and moved states"
          title="Reset zoom and moved states"
          @click=${this.#onReset}
        >
          ${svgTemplate`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 6V2.5h3.5M13.5 10v3.5H10M2.5 2.5l4 4M13.5 13.5l-4-4M10 2.5h3.5V6M6 13.5H2.5V10" stroke="currentColor" stroke-width="1.6" fill="none"/></svg>`}
        </button>
      </div>
    `;
  }

  #legendPanel() {
    if (!this.legend || !this.#narrow || !this.unionView) return nothing;
    return html`
      <button
        type="button"
        class="legend-toggle"
        part="legend-toggle"
        aria-expanded=${this.legendOpen ? 'true' : 'false'}
        aria-controls="legend-panel"
        @click=${() => (this.legendOpen = !this.legendOpen)}
      >
        Legend
      </button>
      <div
        id="legend-panel"
        class="legend-panel"
        part="legend-panel"
        role="region"
        aria-label="Legend"
        ?hidden=${!this.legendOpen}
        @keydown=${this.#onLegendKey}
      >
        ${this.legendOpen ? this.#legendSvg(this.unionView) : nothing}
      </div>
    `;
  }

  /** The same legend render draws into the SVG, on its own. */
  #legendSvg(view: GraphView): SVGSVGElement {
    const content = legendContent(view, this.#dense);
    const box = legendRect(content, 0, 0);
    const w = Math.ceil(box.width);
    const h = Math.ceil(box.height);
    const svg = svgEl(document, 'svg', [['width', `${w}`], ['height', `${h}`], ['viewBox', `0 0 ${w} ${h}`]]);
    svg.append(renderLegend(document, content, this.theme === 'dark' ? 'dark' : 'light', 0, 0));
    return svg;
  }

  #onLegendKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    this.legendOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.legend-toggle')?.focus();
  };

  // ----- drawing -----------------------------------------------------------

  get #narrow(): boolean {
    return this.width < NARROW_WIDTH;
  }

  /**
   * The legend sits inside the SVG except on narrow screens, where it would take
   * half the height: there it moves into a panel behind a "Legend" button.
   */
  get #svgLegend(): boolean {
    return this.legend && !this.#narrow;
  }

  #highlight(): { focus?: string } {
    const focus = this.#hoverId || this.#focusId || this.selected;
    return focus ? { focus } : {};
  }

  #options(): RenderOptions {
    return {
      width: this.width,
      height: this.height,
      theme: this.theme === 'dark' ? 'dark' : 'light',
      narrow: this.#narrow,
      highlight: this.#highlight(),
      // Empty: render's defaults (its title, and a count of what it draws).
      title: this.label,
      desc: this.description,
      idPrefix: 'atn',
      legend: this.#svgLegend,
      // Dense: the edges someone points at, focuses or has picked stay elements
      // (focusable, labelled, with a hit area and a focus ring); the rest go to the canvas.
      // The spacing on screen relative to the layout's (fit × zoom), phones' smaller circles
      // (NARROW_RADIUS_SCALE) already allowed for.
      ...edgeCanvasLayer()?.options(
        this.#dense,
        [this.#hoverId, this.#focusId, this.selected, this.#activeId],
        (this.#fit.k * this.#transform.k) / (this.#narrow ? NARROW_RADIUS_SCALE : 1),
      ),
    };
  }

  /** Whether the view's edges go to the canvas layer (when one is registered). */
  get #dense(): boolean {
    return edgeCanvasLayer() !== undefined && ((this.view ?? this.unionView)?.edges.length ?? 0) > this.edgeCanvasMin;
  }

  /** Highlight after hover, focus or selection: a restyle in SVG; a repaint (and new kept edges) on the canvas. */
  #rehighlight(): void {
    // (Every canvas branch tests edgeCanvasLayer() first: without a layer, as in the widget, the minifier drops it.)
    if (edgeCanvasLayer() && this.#canvas) this.#redraw();
    else if (this.#svg) applyHighlight(this.#svg, this.#highlight());
  }

  /** Brings the canvas layer in line with the SVG's last render: painted when dense, parked otherwise. */
  #paintEdges(): void {
    const layer = edgeCanvasLayer();
    if (!layer) return;
    if (this.#stage && this.#svg && this.#dense) {
      this.#canvas = layer.show(this.#stage, this.#svg, {
        width: this.width,
        height: this.height,
        pixelRatio: window.devicePixelRatio || 1,
        theme: this.theme === 'dark' ? 'dark' : 'light',
      });
    } else if (this.#canvas) {
      layer.hide(this.#canvas, this.#svg);
      this.#canvas = null;
    }
  }

  /** Full render when its inputs changed, else a cheap update. */
  #draw(): void {
    const stage = this.renderRoot.querySelector('.stage');
    if (!stage) return;
    if (!this.unionView || !this.layout || this.width <= 0 || this.height <= 0) {
      this.#svg?.remove();
      this.#svg = null;
      this.#drawnKey = [];
      this.#paintEdges();
      return;
    }
    const key = [this.unionView, this.layout, this.width, this.height, this.theme, this.#narrow, this.#svgLegend];
    const dataChanged = this.#drawnKey[0] !== this.unionView || this.#drawnKey[1] !== this.layout;
    if (this.#svg && key.every((k, i) => k === this.#drawnKey[i])) {
      this.#redraw();
      return;
    }
    if (dataChanged) {
      // Another dataset: pins and zoom of the old one mean nothing here.
      this.#overrides.clear();
      this.#activeId = '';
      this.#transform = ZOOM_IDENTITY;
      this.#panState = this.#pinchState = null;
    }
    this.#refit();
    const options = this.#options();
    const positions = this.currentPositions();
    const focused = this.#focusId;
    const next = renderNetwork(document, this.view ?? this.unionView, positions, options);
    if (this.#svg) this.#svg.replaceWith(next);
    else stage.append(next);
    this.#svg = next;
    this.#drawnKey = key;
    this.#tabStop = null;
    this.#decorate(undefined);
    this.#paintEdges();
    // Keep keyboard focus when the SVG was rebuilt under it (e.g. a resize).
    if (focused) this.#itemElement(focused)?.focus({ preventScroll: true });
  }

  #refit(): void {
    const layout = this.layout!;
    const legendArea = networkArea(this.unionView!, { width: this.width, height: this.height, legend: this.#svgLegend });
    // Keep nodes clear of the controls: a column at the right, or on narrow screens a band at the top.
    const area = this.#narrow
      ? { ...legendArea, y: legendArea.y + CONTROLS_BAND, height: Math.max(0, legendArea.height - CONTROLS_BAND) }
      : { ...legendArea, width: Math.max(0, legendArea.width - CONTROLS_BAND) };
    // Fit the curves too, not only the circles: a fan of parallel edges bulges
    // well beyond its two states. Their apexes join the fit, then are dropped.
    const withCurves = new Map([...layout.positions, ...curveApexes(this.unionView!, layout.positions)]);
    const fitted = fitToViewport(withCurves, area.width, area.height, this.#narrow ? PADDING_NARROW : PADDING, {
      maxScale: MAX_FIT_SCALE,
      offset: { x: area.x, y: area.y },
    });
    this.#fitted = new Map([...fitted].filter(([id]) => layout.positions.has(id)));
    this.#fit = affineBetween(layout.positions, this.#fitted);
  }

  /** The same SVG brought to the current view, zoom and drags. */
  #redraw(): void {
    if (!this.#svg || !this.unionView) return;
    const write = prepareUpdate(this.#svg, this.view ?? this.unionView, this.currentPositions(), this.#options());
    // The canvas job goes first: a worker paints the edges while the page writes the SVG.
    this.#paintEdges();
    this.#decorate(write());
  }

  /** One redraw per animation frame, whatever the number of zoom or drag events. */
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#redraw();
    });
  }

  /**
   * What the live view adds to render's output: hit areas (on every edge after a
   * full render, else on the edges the update added or reshaped) and the roving tab stop.
   */
  #decorate(update: UpdateResult | undefined): void {
    const svg = this.#svg!;
    if (update) {
      syncHitAreas([...update.added, ...update.reshaped]);
      // Items leaving a small view fade out, as entering ones fade in: a copy of what
      // they drew (the group's opacity and children), without names or roles, deaf to
      // the pointer (so a click on one reaches the background, and a canvas under it),
      // under every item, gone after the fade. Not in views too large to animate, nor
      // for more items than such a view holds. Hidden under reduced motion (styles).
      // Shapes without names are not exposed to assistive technology, and labels
      // carry their own aria-hidden.
      const { removed } = update;
      if (!this.hasAttribute('data-static') && removed.length <= FADE_MAX_EDGES) {
        for (const el of removed) {
          const ghost = svgEl(document, 'g', [['class', 'leaving'], ['opacity', el.getAttribute('opacity') || undefined]]);
          for (const child of el.children) ghost.append(child.cloneNode(true));
          svg.querySelector('.edges')!.before(ghost);
          setTimeout(() => ghost.remove(), FADE_MS);
        }
      }
    } else syncHitAreas(networkItems(svg).edges.values());
    this.#applyTabStops();
  }

  /** Nodes (by id), then edges (by key): the elements of the current view. */
  #items(): Element[] {
    if (!this.#svg) return [];
    const { nodes, edges } = networkItems(this.#svg);
    return [...nodes.values(), ...edges.values()];
  }

  #itemElement(id: string): SVGGElement | null {
    if (!this.#svg || !id) return null;
    const { nodes, edges } = networkItems(this.#svg);
    return (nodes.get(id) ?? edges.get(id) ?? null) as SVGGElement | null;
  }

  /** The item that takes the tab stop: the active one, else the selected one, else the first node by id. */
  #resolveActive(): string {
    for (const id of [this.#activeId, this.selected]) if (id && this.#itemElement(id)) return id;
    if (!this.#svg) return '';
    const { nodes, edges } = networkItems(this.#svg);
    // Both maps are in document order: nodes by id, edges by key.
    for (const id of nodes.keys()) return id;
    for (const key of edges.keys()) return key;
    return '';
  }

  /** One tab stop: the previous holder goes back to -1 (even if it left the view, so it returns clean). */
  #applyTabStops(): void {
    const el = this.#itemElement(this.#resolveActive());
    if (this.#tabStop && this.#tabStop !== el) this.#tabStop.setAttribute('tabindex', '-1');
    if (el && el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
    this.#tabStop = el;
  }

  // ----- zoom --------------------------------------------------------------

  /** How every zoom input lands: straight to the new transform (no transitions), one redraw per frame. */
  #setTransform(t: ZoomTransform): void {
    if (sameZoom(t, this.#transform)) return;
    this.#transform = t;
    this.#schedule();
  }

  /** Zoom about the centre of the stage (buttons and keys). */
  #scaleBy(factor: number): void {
    this.#setTransform(zoomAt(this.#transform, { x: this.width / 2, y: this.height / 2 }, factor));
  }

  /** An event's position in stage pixels (the SVG's coordinates). */
  #local(e: MouseEvent): Point {
    const box = (this.#stage ?? this).getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  #onWheel = (e: WheelEvent): void => {
    if (!wheelZooms(e)) return; // a plain wheel scrolls the page
    e.preventDefault();
    this.#setTransform(zoomAt(this.#transform, this.#local(e), wheelFactor(e)));
  };

  #onTouchMove = (e: TouchEvent): void => {
    // One finger scrolls the page (touch-action); two fingers belong to the pinch.
    if (e.touches.length >= 2 && e.cancelable) e.preventDefault();
  };

  /** A touch pointer went down: the second one starts a pinch (and cancels a node drag). */
  #touchDown(e: PointerEvent): void {
    this.#touches.set(e.pointerId, this.#local(e));
    if (this.#touches.size !== 2) return;
    const [[a, p], [b, q]] = [...this.#touches] as [[number, Point], [number, Point]];
    this.#pinchState = { ids: [a, b], from: [p, q], start: this.#transform };
    this.#drag = null;
  }

  /** A touch pointer moved: re-derive the pinch from its start. True if it was part of one. */
  #touchMove(e: PointerEvent): boolean {
    if (!this.#touches.has(e.pointerId)) return false;
    this.#touches.set(e.pointerId, this.#local(e));
    const pinchState = this.#pinchState;
    if (!pinchState) return false;
    const [a, b] = pinchState.ids.map((id) => this.#touches.get(id));
    if (!a || !b || !pinchState.ids.includes(e.pointerId)) return true;
    this.#setTransform(pinch(pinchState.start, pinchState.from, [a, b]));
    return true;
  }

  #touchUp(e: PointerEvent): void {
    if (!this.#touches.delete(e.pointerId)) return;
    // Lifting either finger ends the pinch; the one left behind does not pan (it scrolls).
    if (this.#pinchState?.ids.includes(e.pointerId)) this.#pinchState = null;
  }

  #panMove(e: PointerEvent): void {
    const p = this.#panState!;
    const dx = e.clientX - p.startX;
    const dy = e.clientY - p.startY;
    if (!p.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      p.moved = true;
      this.#capture(e);
    }
    this.#setTransform(pan(p.start, dx, dy));
  }

  #onReset = (): void => {
    this.resetZoom();
    this.resetPositions();
  };

  /** Pans (without zooming) so that an item moved to by keyboard is on screen. */
  #reveal(el: Element): void {
    const p = this.#itemPoint(el);
    if (!p) return;
    const margin = 24;
    const dx = p.x < margin ? margin - p.x : p.x > this.width - margin ? this.width - margin - p.x : 0;
    const dy = p.y < margin ? margin - p.y : p.y > this.height - margin ? this.height - margin - p.y : 0;
    if (dx || dy) this.#setTransform(pan(this.#transform, dx, dy));
  }

  // ----- highlight and hover events ----------------------------------------

  #itemPoint(el: Element): Point | undefined {
    if (itemKind(el) === 'state') {
      const c = el.querySelector('circle');
      return c ? { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) } : undefined;
    }
    return pathMidpoint(el.querySelector('path')?.getAttribute('d') ?? '');
  }

  #hoverRect(el: Element): HoverDetail['rect'] {
    // An edge's box can span the screen: anchor it at its midpoint instead.
    const mid = itemKind(el) === 'edge' ? this.#itemPoint(el) : undefined;
    const box = this.#svg!.getBoundingClientRect();
    const { x, y, width, height } = mid
      ? { x: box.x + mid.x - 4, y: box.y + mid.y - 4, width: 8, height: 8 }
      : (el.querySelector('circle') ?? el).getBoundingClientRect();
    return { x, y, width, height };
  }

  /** After hover or focus moved: redraw the emphasis and tell the owner. */
  #emphasisChanged(): void {
    this.#rehighlight();
    const current = this.#hoverId || this.#focusId;
    if (current === this.#lastHover) return;
    this.#lastHover = current;
    const el = this.#itemElement(current);
    if (!el) {
      emit(this, 'atn-hover', { kind: null, id: null, rect: null });
      return;
    }
    emit(this, 'atn-hover', { kind: itemKind(el), id: current, rect: this.#hoverRect(el) });
  }

  #onPointerOver = (e: PointerEvent): void => {
    if (this.#drag?.moved) return;
    const el = itemOf(e.target);
    const id = el ? itemId(el) : '';
    if (id === this.#hoverId) return;
    this.#hoverId = id;
    this.#emphasisChanged();
  };

  /** Hover over the canvas layer: the edge under the pointer becomes the hovered item (and an SVG element). */
  #hoverCanvas(p: Point): void {
    const id = this.#canvasEdgeAt(p) ?? '';
    if (id === this.#hoverId) return;
    this.#hoverId = id;
    this.#emphasisChanged();
  }

  #onPointerOut = (e: PointerEvent): void => {
    if (this.#drag?.moved) return;
    const to = itemOf(e.relatedTarget);
    const id = to ? itemId(to) : '';
    if (id === this.#hoverId) return;
    this.#hoverId = id;
    this.#emphasisChanged();
  };

  // ----- selection ---------------------------------------------------------

  #select(kind: ItemKind, id: string): void {
    this.selected = id;
    this.#activeId = id;
    emit(this, 'atn-select', { kind, id });
  }

  /** The canvas edge under a pointer (stage pixels), if the edges are on the canvas. */
  /** Whether a pointer target is the bare graph (painted edges show through there), not a state, edge or the legend. */
  #onBackground(target: EventTarget | null): boolean {
    return target === this.#svg || (target instanceof Element && target.classList.contains('background'));
  }

  #canvasEdgeAt(p: Point): string | undefined {
    const layer = edgeCanvasLayer();
    return layer && this.#canvas && this.#svg ? layer.hit(this.#svg, p, HIT_WIDTH / 2) : undefined;
  }

  #clearSelection(): void {
    if (!this.selected) return;
    this.selected = '';
    emit(this, 'atn-select', { kind: null, id: null });
  }

  #onClick = (e: MouseEvent): void => {
    if (this.#suppressClick) {
      this.#suppressClick = false;
      return;
    }
    const el = itemOf(e.target);
    const painted = el || !edgeCanvasLayer() || !this.#onBackground(e.target) ? undefined : this.#canvasEdgeAt(this.#local(e));
    if (el) this.#select(itemKind(el), itemId(el));
    else if (painted) this.#select('edge', painted);
    else if (e.target instanceof Element && e.target.closest('svg')) this.#clearSelection();
  };

  // ----- pointers: node drag, pan, pinch -----------------------------------

  #onPointerDown = (e: PointerEvent): void => {
    this.#suppressClick = false;
    if (e.pointerType === 'touch') {
      this.#touchDown(e);
      if (this.#pinchState) return;
    } else if (pansGraph(e)) {
      this.#panState = { pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, start: this.#transform, moved: false };
      return;
    }
    const node = nodeOf(e.target);
    if (!node || (e.pointerType === 'mouse' && e.button !== 0)) return;
    this.#drag = { id: itemId(node), pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, moved: false };
  };

  /**
   * Captured only once a press moved: capturing at pointerdown would retarget the
   * click of a plain press (a click on the background clears the selection).
   */
  #capture(e: PointerEvent): void {
    try {
      this.#stage?.setPointerCapture(e.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): the gesture still works inside the stage.
    }
  }

  #onPointerMove = (e: PointerEvent): void => {
    if (this.#touchMove(e)) return;
    if (this.#panState?.pointerId === e.pointerId) {
      this.#panMove(e);
      return;
    }
    const drag = this.#drag;
    if (!drag || drag.pointerId !== e.pointerId) {
      // Over a state, a kept edge or the legend, that element has the pointer (pointerover).
      if (edgeCanvasLayer() && !drag && this.#canvas && e.pointerType !== 'touch' && this.#onBackground(e.target)) {
        this.#hoverCanvas(this.#local(e));
      }
      return;
    }
    if (!drag.moved) {
      if (Math.hypot(e.clientX - drag.startX, e.clientY - drag.startY) < DRAG_THRESHOLD) return;
      drag.moved = true;
      this.#capture(e);
    }
    this.#overrides.set(drag.id, invertAffine(this.#fit, invertZoom(this.#transform, this.#local(e))));
    this.#schedule();
  };

  #onPointerUp = (e: PointerEvent): void => {
    this.#touchUp(e);
    const gesture = this.#panState?.pointerId === e.pointerId ? this.#panState : this.#drag?.pointerId === e.pointerId ? this.#drag : null;
    if (!gesture) return;
    if (gesture === this.#panState) this.#panState = null;
    else this.#drag = null;
    if (gesture.moved) {
      this.#suppressClick = true; // the click that ends a drag or a pan is not a selection
      if (this.#stage?.hasPointerCapture?.(e.pointerId)) this.#stage.releasePointerCapture(e.pointerId);
    }
  };

  #onDblClick = (e: MouseEvent): void => {
    const node = nodeOf(e.target);
    if (!node) return;
    const id = itemId(node);
    if (this.#overrides.delete(id)) this.#schedule();
  };

  // ----- keyboard ----------------------------------------------------------

  #navItems(): NavItem[] {
    const out: NavItem[] = [];
    for (const el of this.#items()) {
      const p = this.#itemPoint(el);
      if (!p) continue;
      const kind = itemKind(el);
      out.push(
        kind === 'state'
          ? { kind, id: itemId(el), x: p.x, y: p.y }
          : {
              kind,
              id: itemId(el),
              x: p.x,
              y: p.y,
              source: el.getAttribute('data-source') ?? '',
              target: el.getAttribute('data-target') ?? '',
            },
      );
    }
    const layer = edgeCanvasLayer();
    if (layer && this.#canvas && this.#svg) out.push(...layer.navItems(this.#svg));
    return out;
  }

  #moveTo(id: string | undefined): void {
    if (!id) return;
    if (edgeCanvasLayer() && this.#canvas && !this.#itemElement(id)) {
      // A canvas edge: as the active item it becomes an element on this redraw.
      const previous = this.#activeId;
      this.#activeId = id;
      this.#redraw();
      if (!this.#itemElement(id)) this.#activeId = previous;
    }
    const el = this.#itemElement(id);
    if (!el) return;
    if (itemKind(el) === 'state') this.#anchorNode = id;
    this.#activeId = id;
    this.#applyTabStops();
    this.#reveal(el);
    el.focus();
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    const el = itemOf(e.target);
    if (!el || e.altKey || e.ctrlKey || e.metaKey) return;
    const id = itemId(el);
    const kind = itemKind(el);
    const anchor = kind === 'state' ? id : this.#anchorNode && this.#edgeTouches(el, this.#anchorNode) ? this.#anchorNode : (el.getAttribute('data-source') ?? '');
    let handled = true;
    const dir = ARROWS[e.key];
    if (dir) this.#moveTo(spatialNext(this.#navItems(), id, dir));
    else if (e.key === 'Enter' || e.key === ' ') this.#select(kind, id);
    else if (e.key === 'Escape') {
      handled = this.selected !== '';
      this.#clearSelection();
    } else if (e.key === ']' || e.key === '[') {
      this.#anchorNode = anchor;
      this.#moveTo(stepEdge(this.#navItems(), anchor, id, e.key === ']' ? 1 : -1));
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      this.#moveTo(stepNode(this.#navItems(), anchor, e.key === 'PageDown' ? 1 : -1));
    } else if (e.key === 'Home' || e.key === 'End') {
      const nodes = nodeOrder(this.#navItems());
      this.#moveTo(e.key === 'Home' ? nodes[0] : nodes[nodes.length - 1]);
    } else if (e.key === '+' || e.key === '=') this.zoomIn();
    else if (e.key === '-' || e.key === '_') this.zoomOut();
    else if (e.key === '0') this.#onReset();
    else handled = false;
    if (handled) e.preventDefault();
  };

  #edgeTouches(el: Element, node: string): boolean {
    return el.getAttribute('data-source') === node || el.getAttribute('data-target') === node;
  }

  #onFocusIn = (e: FocusEvent): void => {
    const el = itemOf(e.target);
    if (!el) return;
    const id = itemId(el);
    if (itemKind(el) === 'state') this.#anchorNode = id;
    else if (!this.#anchorNode || !this.#edgeTouches(el, this.#anchorNode)) this.#anchorNode = el.getAttribute('data-source') ?? '';
    this.#activeId = id;
    this.#focusId = id;
    this.#applyTabStops();
    this.#emphasisChanged();
  };

  #onFocusOut = (e: FocusEvent): void => {
    const stage = e.currentTarget as Element;
    const next = e.relatedTarget;
    if (next instanceof Node && stage.contains(next)) return;
    // Left the graph: next time it takes focus, start again at the selection or the first node.
    this.#focusId = '';
    this.#activeId = '';
    this.#applyTabStops();
    this.#emphasisChanged();
  };
}
