// <atn-time-bar>: the histogram of events over time with a draggable range, the
// window / cumulative switch, the date-basis switch, play and keyboard control.
// Properties set by the host never fire events; every reader action fires one
// `atn-range-change` (docs/time.md).
//
// Dragging is plain Pointer Events with pointer capture (no d3-brush: it pulled
// d3-transition and friends into the widget). The geometry lives in
// src/render/time-bar/drag.ts; this file only turns pixels into bin positions.
import { LitElement, html, nothing, svg } from 'lit';
import { dayToIso } from '../../data/partial-date.ts';
import { styleProps } from '../shared/style-props.ts';
import type { Histogram } from '../../model/histogram.ts';
import type { DateBasis, DayRange, RangeMode } from '../../model/types.ts';
import { categoryColour, type Theme } from '../../render/palette.ts';
import {
  axisTicks,
  type BarSegment,
  dayText,
  dragPositions,
  dragSlop,
  type DragKind,
  HANDLE_REACH,
  hitTest,
  layoutBars,
  rangeText,
  rangeToPositions,
  snapPositions,
} from '../../render/time-bar/index.ts';
import { emit } from '../shared/events.ts';
import { tokens } from '../shared/theme.ts';
import { atEnd, firstRange, jumpHandle, moveHandle, playStep, type Handle } from './range-steps.ts';
import { styles } from './time-bar.styles.ts';

/** Room left and right of the bars so the edge handles can be grabbed. */
const SIDE = 12;
const AXIS_HEIGHT = 22;

/** A press on the plot, from pointerdown until pointerup or pointercancel. */
interface Drag {
  readonly pointerId: number;
  readonly pointerType: string;
  readonly kind: DragKind;
  /** Client x of the press, to tell a click from a drag. */
  readonly clientX: number;
  /** Bin position of the press and the range's positions then. */
  readonly origin: number;
  readonly start: readonly [number, number];
  /** True once the pointer has moved past the slop: from then on it is a drag. */
  moved: boolean;
}

export class TimeBar extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    histogram: { attribute: false },
    span: { attribute: false },
    from: { type: Number },
    to: { type: Number },
    mode: { type: String, reflect: true },
    basis: { type: String, reflect: true },
    compact: { type: Boolean, reflect: true },
    loop: { type: Boolean, reflect: true },
    stepMs: { type: Number, attribute: 'step-ms' },
    theme: { type: String, reflect: true },
    playing: { state: true },
    width: { state: true },
    preview: { state: true },
    live: { state: true },
  };

  /** Events per bin, from the model's `histogram()`. */
  declare histogram: Histogram | undefined;
  /** First and last day of the data (day numbers); used when there is no histogram. */
  declare span: DayRange | undefined;
  /** Selected range as inclusive day numbers; unset means the data's start / end. */
  declare from: number | undefined;
  declare to: number | undefined;
  declare mode: RangeMode;
  declare basis: DateBasis;
  /** Phone layout: a shorter chart and tighter controls. */
  declare compact: boolean;
  /** Play starts over at the data's start instead of stopping at its end. */
  declare loop: boolean;
  /** Milliseconds per play step (one month). */
  declare stepMs: number;
  declare theme: 'light' | 'dark' | 'auto';
  declare protected playing: boolean;
  declare protected width: number;
  /** The snapped range while a drag is in progress (nothing is fired until it ends). */
  declare protected preview: DayRange | undefined;
  /** The unsnapped bin positions of the range's ends during a drag, so it follows the pointer. */
  declare protected live: [number, number] | undefined;

  #drag: Drag | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.histogram = undefined;
    this.span = undefined;
    this.from = undefined;
    this.to = undefined;
    this.mode = 'window';
    this.basis = 'reported';
    this.compact = false;
    this.loop = false;
    this.stepMs = 700;
    this.theme = 'light';
    this.playing = false;
    this.width = 0;
    this.preview = undefined;
    this.live = undefined;
    this.#drag = undefined;
  }

  /** True while playback runs. */
  get isPlaying(): boolean {
    return this.playing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (Math.abs(w - this.width) >= 1) this.width = Math.floor(w);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#drag = undefined;
    this.preview = undefined;
    this.live = undefined;
    this.pause();
  }

  protected override firstUpdated(): void {
    // The observer's first report (right after layout) gives the initial width.
    const plot = this.renderRoot.querySelector('.plot');
    if (plot) this.#resizeObserver?.observe(plot);
  }

  // ----- range bookkeeping -------------------------------------------------

  /** The days the bar covers: whole bins, so the data's first and last day are inside. */
  #bounds(): DayRange | undefined {
    const bins = this.histogram?.bins;
    if (bins && bins.length > 0) return { from: bins[0]!.from, to: bins[bins.length - 1]!.to };
    return this.span;
  }

  /** The selected range, clamped into the bounds (unset ends take the bounds'). */
  #range(): DayRange | undefined {
    const b = this.#bounds();
    if (!b) return undefined;
    const from = Math.max(b.from, Math.min(b.to, this.from ?? b.from));
    const to = Math.max(b.from, Math.min(b.to, this.to ?? b.to));
    return from <= to ? { from, to } : { from: to, to: from };
  }

  #plotHeight(): number {
    return this.compact ? 44 : 64;
  }

  #plotWidth(): number {
    return Math.max(0, this.width - 2 * SIDE);
  }

  /** Pixel x (inside the plot) of a bin position. */
  #px(position: number): number {
    const n = this.histogram?.bins.length ?? 0;
    return n === 0 ? 0 : (position / n) * this.#plotWidth();
  }

  /** A reader changed the range (or mode/basis): store it and tell the host. */
  #commit(range: DayRange): void {
    this.from = range.from;
    this.to = range.to;
    this.#fire();
  }

  #fire(): void {
    const r = this.#range();
    if (!r) return;
    emit(this, 'atn-range-change', { from: dayToIso(r.from), to: dayToIso(r.to), mode: this.mode, basis: this.basis });
  }

  // ----- play --------------------------------------------------------------

  play(): void {
    const bounds = this.#bounds();
    const range = this.#range();
    if (!bounds || !range || this.playing) return;
    this.playing = true;
    if (atEnd(range, bounds)) this.#commit(firstRange(range, this.mode, bounds));
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#step();
    }, Math.max(0, this.stepMs));
  }

  #step(): void {
    const bounds = this.#bounds();
    const range = this.#range();
    if (!this.playing || !bounds || !range) return;
    const next = playStep(range, this.mode, bounds, this.loop);
    if (!next) {
      this.pause();
      return;
    }
    this.#commit(next);
    // Stop as the last month arrives rather than one idle step later.
    if (!this.loop && atEnd(next, bounds)) this.pause();
    else this.#schedule();
  }

  #togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  // ----- keyboard ----------------------------------------------------------

  #onSliderKey(handle: Handle, e: KeyboardEvent): void {
    const bounds = this.#bounds();
    const range = this.#range();
    if (!bounds || !range) return;
    let next: DayRange | undefined;
    const year = e.shiftKey ? 12 : 1;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        next = moveHandle(range, handle, -year, bounds);
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        next = moveHandle(range, handle, year, bounds);
        break;
      case 'PageDown':
        next = moveHandle(range, handle, -12, bounds);
        break;
      case 'PageUp':
        next = moveHandle(range, handle, 12, bounds);
        break;
      case 'Home':
        next = jumpHandle(range, handle, 'start', bounds);
        break;
      case 'End':
        next = jumpHandle(range, handle, 'end', bounds);
        break;
      default:
        return;
    }
    e.preventDefault();
    this.pause();
    if (next.from !== range.from || next.to !== range.to) this.#commit(next);
  }

  // ----- pointer drags ----------------------------------------------------

  /** Bin position of a client x, from the plot's left edge (may fall outside 0…n). */
  #positionAt(plot: Element, clientX: number): number {
    const n = this.histogram?.bins.length ?? 0;
    const w = this.#plotWidth();
    if (n === 0 || w <= 0) return 0;
    return ((clientX - plot.getBoundingClientRect().left - SIDE) / w) * n;
  }

  #onPointerDown(e: PointerEvent): void {
    const bins = this.histogram?.bins;
    const range = this.#range();
    const plot = e.currentTarget as HTMLElement;
    if (this.#drag || !bins || bins.length === 0 || !range || this.#plotWidth() <= 0) return;
    if (!e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0)) return;
    // Only the bars take a drag, as before; the axis labels below do not.
    const y = e.clientY - plot.getBoundingClientRect().top;
    if (y < 0 || y > this.#plotHeight()) return;
    const start = rangeToPositions(bins, range);
    const origin = this.#positionAt(plot, e.clientX);
    const x = (origin / bins.length) * this.#plotWidth();
    this.#drag = {
      pointerId: e.pointerId,
      pointerType: e.pointerType,
      kind: hitTest(x, this.#px(start[0]), this.#px(start[1]), this.#plotWidth(), HANDLE_REACH),
      clientX: e.clientX,
      origin,
      start,
      moved: false,
    };
    // Keeps moves coming when the pointer leaves the bar. Synthetic events (tests)
    // may name a pointer the browser does not know; then bubbling moves still work.
    try {
      plot.setPointerCapture(e.pointerId);
    } catch {
      /* not an active pointer */
    }
    // No text selection, no native drag, no focus jump. Scrolling is not affected:
    // that is touch-action's job (pan-y on the plot, see the styles).
    e.preventDefault();
  }

  #onPointerMove(e: PointerEvent): void {
    const drag = this.#drag;
    const bins = this.histogram?.bins;
    if (!drag || e.pointerId !== drag.pointerId || !bins) return;
    if (!drag.moved) {
      if (Math.abs(e.clientX - drag.clientX) < dragSlop(drag.pointerType)) return;
      drag.moved = true;
      this.pause();
    }
    const current = this.#positionAt(e.currentTarget as Element, e.clientX);
    const [a, b] = dragPositions(drag.kind, drag.origin, current, drag.start, bins.length);
    this.live = [a, b];
    this.preview = snapPositions(bins, a, b);
  }

  #onPointerUp(e: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    // The release point counts, in case no move arrived after the last one.
    if (drag.moved || Math.abs(e.clientX - drag.clientX) >= dragSlop(drag.pointerType)) this.#onPointerMove(e);
    const next = drag.moved ? this.preview : undefined;
    this.#endDrag();
    const range = this.#range();
    // A click without a drag keeps the range; a drag back to where it began fires nothing.
    if (next && range && (next.from !== range.from || next.to !== range.to)) this.#commit(next);
  }

  /** The browser took the pointer (a vertical swipe became a page scroll, or the capture was lost): keep the old range. */
  #onPointerCancel(e: PointerEvent): void {
    if (this.#drag && e.pointerId === this.#drag.pointerId) this.#endDrag();
  }

  #endDrag(): void {
    this.#drag = undefined;
    this.preview = undefined;
    this.live = undefined;
  }

  // ----- rendering ---------------------------------------------------------

  #colourTheme(): Theme {
    if (this.theme === 'dark') return 'dark';
    if (this.theme === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches) {
      return 'dark';
    }
    return 'light';
  }

  #onModeChange(e: Event): void {
    const value = (e.target as HTMLInputElement).value as RangeMode;
    if (value === this.mode) return;
    this.mode = value;
    this.#fire();
  }

  #onBasisChange(e: Event): void {
    const value = (e.target as HTMLInputElement).value as DateBasis;
    if (value === this.basis) return;
    this.basis = value;
    this.#fire();
  }

  override render() {
    const range = this.preview ?? this.#range();
    const label = range ? rangeText(range, this.mode, true) : 'No dates';
    return html`
      <div class="top">
        <p class="range-label" part="label" aria-live=${this.playing || this.preview ? 'off' : 'polite'}>${label}</p>
        <div class="controls" part="controls">
          <button type="button" class="play" part="play" ?disabled=${!range} @click=${this.#togglePlay}>
            ${this.playing
              ? html`<svg viewBox="0 0 14 14" aria-hidden="true"><rect x="2" y="1" width="3.5" height="12" /><rect x="8.5" y="1" width="3.5" height="12" /></svg>Pause`
              : html`<svg viewBox="0 0 14 14" aria-hidden="true"><path d="M3 1 L13 7 L3 13 Z" /></svg>Play`}
          </button>
          <button
            type="button"
            class="loop"
            part="loop"
            aria-pressed=${this.loop ? 'true' : 'false'}
            @click=${() => (this.loop = !this.loop)}
          >
            Loop
          </button>
          <fieldset class="segment mode" part="mode">
            <legend>Time range shows</legend>
            ${this.#radio('mode', 'window', 'Window', this.mode === 'window', this.#onModeChange)}
            ${this.#radio('mode', 'cumulative', 'Up to date', this.mode === 'cumulative', this.#onModeChange)}
          </fieldset>
          <fieldset class="segment basis" part="basis">
            <legend>Date events by</legend>
            ${this.#radio('basis', 'reported', this.compact ? 'Reported' : 'When reported', this.basis === 'reported', this.#onBasisChange)}
            ${this.#radio('basis', 'happened', this.compact ? 'Happened' : 'When it happened', this.basis === 'happened', this.#onBasisChange)}
          </fieldset>
        </div>
      </div>
      <div
        class="plot ${this.live && this.#drag ? `dragging drag-${this.#drag.kind}` : ''}"
        part="plot"
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerCancel}
        @lostpointercapture=${this.#onPointerCancel}
      >
        ${this.#renderPlot(range)}
      </div>
    `;
  }

  #radio(name: string, value: string, text: string, checked: boolean, onChange: (e: Event) => void) {
    // `.checked` as a property so the rendered state always follows `mode`/`basis`.
    return html`<label><input type="radio" name=${name} value=${value} .checked=${checked} @change=${onChange} />${text}</label>`;
  }

  #renderPlot(range: DayRange | undefined) {
    const h = this.histogram;
    if (!h || h.bins.length === 0 || !range) return html`<p class="empty">No dated events to show.</p>`;
    const w = this.#plotWidth();
    const ph = this.#plotHeight();
    if (w <= 0) return html`<svg class="chart" width="100%" height=${ph + AXIS_HEIGHT} aria-hidden="true"></svg>`;
    const bins = h.bins;
    const theme = this.#colourTheme();
    const { segments } = layoutBars(h, w, ph);
    const byBin: BarSegment[][] = [];
    for (const seg of segments) (byBin[seg.bin] ??= []).push(seg);
    const [p0, p1] = this.live ?? rangeToPositions(bins, range);
    const inRange = (i: number) => {
      const b = bins[i]!;
      return b.to >= (this.mode === 'cumulative' ? bins[0]!.from : range.from) && b.from <= range.to;
    };
    const ticks = axisTicks(h, w);
    const x0 = this.#px(p0);
    const x1 = this.#px(p1);
    const b = this.#bounds()!;
    return html`
      <svg class="chart" width=${this.width} height=${ph + AXIS_HEIGHT} aria-hidden="true">
        <g transform="translate(${SIDE},0)">
          ${this.mode === 'cumulative' && x0 > 0
            ? svg`<rect class="cumulative-band" x="0" y="0" width=${x0} height=${ph}></rect>`
            : nothing}
          <g class="bars">
            ${bins.map(
              (_, i) => svg`<g class="bin ${inRange(i) ? '' : 'out'}" data-bin=${i}>
                ${(byBin[i] ?? []).map(
                  (s) => svg`<rect x=${s.x} y=${s.y} width=${s.width} height=${s.height} fill=${categoryColour(s.category, theme)}></rect>`,
                )}
              </g>`,
            )}
          </g>
          <line class="baseline" x1="0" x2=${w} y1=${ph + 0.5} y2=${ph + 0.5}></line>
          <g class="axis" transform="translate(0,${ph})">
            ${ticks.map((t) => {
              const x = Math.round(this.#px(t.position)) + 0.5;
              return svg`<g class="tick ${t.major ? 'major' : 'minor'}" transform="translate(${x},0)">
                ${t.major || t.label === '' ? svg`<line y1="0" y2=${t.major ? 6 : 3}></line>` : nothing}
                ${t.label ? svg`<text x="3" y="16">${t.label}</text>` : nothing}
              </g>`;
            })}
          </g>
          <rect class="track" x="0" y="0" width=${w} height=${ph}></rect>
          <rect class="range-rect ${x0 <= 0.5 && x1 >= w - 0.5 ? 'fills' : ''}" x=${x0} y="0" width=${Math.max(0, x1 - x0)} height=${ph}></rect>
          ${[x0, x1].map((x) => svg`<rect class="grip" x=${x - 4} y=${ph / 2 - 10} width="8" height="20" rx="3"></rect>`)}
        </g>
      </svg>
      ${this.#slider('start', range.from, x0, b, ph)} ${this.#slider('end', range.to, x1, b, ph)}
      <p class="help" id="help">
        Left and right arrow keys move by a month, Shift with an arrow or Page Up and Page Down by a year, Home and End
        go to the start and end of the data. Drag on the chart to draw a range, drag the range to move it, or drag
        its ends.
      </p>
      <p class="summary">${this.#summary(h)}</p>
    `;
  }

  #slider(handle: Handle, day: number, x: number, b: DayRange, height: number) {
    return html`<div
      class="slider ${handle}"
      part="handle"
      role="slider"
      tabindex="0"
      aria-label=${handle === 'start' ? 'Start of the time range' : 'End of the time range'}
      aria-describedby="help"
      aria-orientation="horizontal"
      aria-valuemin=${b.from}
      aria-valuemax=${b.to}
      aria-valuenow=${day}
      aria-valuetext=${dayText(day, handle)}
      ${styleProps({ left: `${SIDE + x}px`, height: `${height}px` })}
      @keydown=${(e: KeyboardEvent) => this.#onSliderKey(handle, e)}
    ></div>`;
  }

  #summary(h: Histogram): string {
    const total = h.bins.reduce((a, b) => a + b.total, 0);
    const first = h.bins[0]!;
    const last = h.bins[h.bins.length - 1]!;
    const peak = h.bins.reduce((a, b) => (b.total > a.total ? b : a), first);
    const unit = h.binning === 'month' ? 'month' : 'year';
    // Year bins read as years ("1950 to 2025"), month bins as months.
    const name = (day: number, edge: Handle) => (h.binning === 'month' ? dayText(day, edge) : dayToIso(day).slice(0, 4));
    const span = `${name(first.from, 'start')} to ${name(last.to, 'end')}`;
    if (total === 0) return `No events per ${unit} from ${span}.`;
    const peakText = name(peak.from, 'start');
    return `Events per ${unit}, ${span}: ${total} in all, most in ${peakText} (${peak.total}).`;
  }
}
