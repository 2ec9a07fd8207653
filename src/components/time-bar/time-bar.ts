// <atn-time-bar>: the histogram of events over time with a brushable range, the
// window / cumulative switch, the date-basis switch, play and keyboard control.
// Properties set by the host never fire events; every reader action fires one
// `atn-range-change` (docs/time.md).
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { brushSelection, brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { dayToIso } from '../../data/partial-date.ts';
import type { Histogram } from '../../model/histogram.ts';
import type { DateBasis, DayRange, RangeMode } from '../../model/types.ts';
import { categoryColour, type Theme } from '../../render/palette.ts';
import {
  axisTicks,
  type BarSegment,
  dayText,
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
const HANDLE_SIZE = 24;

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

  private readonly brush: BrushBehavior<unknown>;
  private brushNode: SVGGElement | undefined;
  private brushExtentKey = '';
  private brushing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | undefined;

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
    this.brush = brushX<unknown>()
      .handleSize(HANDLE_SIZE)
      .on('start', (e: D3BrushEvent<unknown>) => this.onBrushStart(e))
      .on('brush', (e: D3BrushEvent<unknown>) => this.onBrush(e))
      .on('end', (e: D3BrushEvent<unknown>) => this.onBrushEnd(e));
  }

  /** True while playback runs. */
  get isPlaying(): boolean {
    return this.playing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (Math.abs(w - this.width) >= 1) this.width = Math.floor(w);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.pause();
  }

  protected override firstUpdated(): void {
    // The observer's first report (right after layout) gives the initial width.
    const plot = this.renderRoot.querySelector('.plot');
    if (plot) this.resizeObserver?.observe(plot);
  }

  // ----- range bookkeeping -------------------------------------------------

  /** The days the bar covers: whole bins, so the data's first and last day are inside. */
  protected bounds(): DayRange | undefined {
    const bins = this.histogram?.bins;
    if (bins && bins.length > 0) return { from: bins[0]!.from, to: bins[bins.length - 1]!.to };
    return this.span;
  }

  /** The selected range, clamped into the bounds (unset ends take the bounds'). */
  protected range(): DayRange | undefined {
    const b = this.bounds();
    if (!b) return undefined;
    const from = Math.max(b.from, Math.min(b.to, this.from ?? b.from));
    const to = Math.max(b.from, Math.min(b.to, this.to ?? b.to));
    return from <= to ? { from, to } : { from: to, to: from };
  }

  private plotHeight(): number {
    return this.compact ? 44 : 64;
  }

  private plotWidth(): number {
    return Math.max(0, this.width - 2 * SIDE);
  }

  /** Pixel x (inside the plot) of a bin position. */
  private px(position: number): number {
    const n = this.histogram?.bins.length ?? 0;
    return n === 0 ? 0 : (position / n) * this.plotWidth();
  }

  /** A reader changed the range (or mode/basis): store it and tell the host. */
  private commit(range: DayRange): void {
    this.from = range.from;
    this.to = range.to;
    this.fire();
  }

  private fire(): void {
    const r = this.range();
    if (!r) return;
    emit(this, 'atn-range-change', { from: dayToIso(r.from), to: dayToIso(r.to), mode: this.mode, basis: this.basis });
  }

  // ----- play --------------------------------------------------------------

  play(): void {
    const bounds = this.bounds();
    const range = this.range();
    if (!bounds || !range || this.playing) return;
    this.playing = true;
    if (atEnd(range, bounds)) this.commit(firstRange(range, this.mode, bounds));
    this.schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.step();
    }, Math.max(0, this.stepMs));
  }

  private step(): void {
    const bounds = this.bounds();
    const range = this.range();
    if (!this.playing || !bounds || !range) return;
    const next = playStep(range, this.mode, bounds, this.loop);
    if (!next) {
      this.pause();
      return;
    }
    this.commit(next);
    // Stop as the last month arrives rather than one idle step later.
    if (!this.loop && atEnd(next, bounds)) this.pause();
    else this.schedule();
  }

  private togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  // ----- keyboard ----------------------------------------------------------

  private onSliderKey(handle: Handle, e: KeyboardEvent): void {
    const bounds = this.bounds();
    const range = this.range();
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
    if (next.from !== range.from || next.to !== range.to) this.commit(next);
  }

  // ----- brush -------------------------------------------------------------

  private onBrushStart(e: D3BrushEvent<unknown>): void {
    if (!e.sourceEvent) return; // our own brush.move
    this.brushing = true;
    this.pause();
  }

  private snapSelection(e: D3BrushEvent<unknown>): DayRange | undefined {
    const bins = this.histogram?.bins;
    const sel = e.selection as [number, number] | null;
    const w = this.plotWidth();
    if (!bins || !sel || w <= 0) return undefined;
    return snapPositions(bins, (sel[0] / w) * bins.length, (sel[1] / w) * bins.length);
  }

  private onBrush(e: D3BrushEvent<unknown>): void {
    if (!e.sourceEvent) return;
    this.preview = this.snapSelection(e);
  }

  private onBrushEnd(e: D3BrushEvent<unknown>): void {
    if (!e.sourceEvent) return;
    this.brushing = false;
    const next = this.snapSelection(e);
    this.preview = undefined;
    const range = this.range();
    // A click without a drag clears a d3 brush; the time bar always has a range, so
    // the old one is put back (the next update moves the brush to it).
    this.brushExtentKey = '';
    if (next && range && (next.from !== range.from || next.to !== range.to)) this.commit(next);
    else this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncBrush();
  }

  /** Puts d3's brush on the current extent and selection, unless a drag is under way. */
  private syncBrush(): void {
    const node = this.renderRoot.querySelector<SVGGElement>('g.brush') ?? undefined;
    const range = this.range();
    const bins = this.histogram?.bins;
    if (!node || !range || !bins || this.brushing) {
      this.brushNode = node;
      return;
    }
    const g = select<SVGGElement, unknown>(node);
    const key = `${this.plotWidth()}×${this.plotHeight()}`;
    if (node !== this.brushNode || key !== this.brushExtentKey) {
      this.brush.extent([
        [0, 0],
        [this.plotWidth(), this.plotHeight()],
      ]);
      g.call(this.brush);
      this.brushNode = node;
      this.brushExtentKey = key;
    }
    const [p0, p1] = rangeToPositions(bins, range);
    const target: [number, number] = [this.px(p0), this.px(p1)];
    const current = brushSelection(node) as [number, number] | null;
    if (!current || Math.abs(current[0] - target[0]) > 0.5 || Math.abs(current[1] - target[1]) > 0.5) {
      this.brush.move(g, target);
    }
  }

  // ----- rendering ---------------------------------------------------------

  private colourTheme(): Theme {
    if (this.theme === 'dark') return 'dark';
    if (this.theme === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches) {
      return 'dark';
    }
    return 'light';
  }

  private onModeChange(e: Event): void {
    const value = (e.target as HTMLInputElement).value as RangeMode;
    if (value === this.mode) return;
    this.mode = value;
    this.fire();
  }

  private onBasisChange(e: Event): void {
    const value = (e.target as HTMLInputElement).value as DateBasis;
    if (value === this.basis) return;
    this.basis = value;
    this.fire();
  }

  override render() {
    const range = this.preview ?? this.range();
    const label = range ? rangeText(range, this.mode, true) : 'No dates';
    return html`
      <div class="top">
        <p class="range-label" part="label" aria-live=${this.playing || this.preview ? 'off' : 'polite'}>${label}</p>
        <div class="controls" part="controls">
          <button type="button" class="play" part="play" ?disabled=${!range} @click=${this.togglePlay}>
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
            ${this.radio('mode', 'window', 'Window', this.mode === 'window', this.onModeChange)}
            ${this.radio('mode', 'cumulative', 'Up to date', this.mode === 'cumulative', this.onModeChange)}
          </fieldset>
          <fieldset class="segment basis" part="basis">
            <legend>Date events by</legend>
            ${this.radio('basis', 'reported', this.compact ? 'Reported' : 'When reported', this.basis === 'reported', this.onBasisChange)}
            ${this.radio('basis', 'happened', this.compact ? 'Happened' : 'When it happened', this.basis === 'happened', this.onBasisChange)}
          </fieldset>
        </div>
      </div>
      <div class="plot" part="plot">${this.renderPlot(range)}</div>
    `;
  }

  private radio(name: string, value: string, text: string, checked: boolean, onChange: (e: Event) => void) {
    // `.checked` as a property so the rendered state always follows `mode`/`basis`.
    return html`<label><input type="radio" name=${name} value=${value} .checked=${checked} @change=${onChange} />${text}</label>`;
  }

  private renderPlot(range: DayRange | undefined) {
    const h = this.histogram;
    if (!h || h.bins.length === 0 || !range) return html`<p class="empty">No dated events to show.</p>`;
    const w = this.plotWidth();
    const ph = this.plotHeight();
    if (w <= 0) return html`<svg class="chart" width="100%" height=${ph + AXIS_HEIGHT} aria-hidden="true"></svg>`;
    const bins = h.bins;
    const theme = this.colourTheme();
    const { segments } = layoutBars(h, w, ph);
    const byBin: BarSegment[][] = [];
    for (const seg of segments) (byBin[seg.bin] ??= []).push(seg);
    const [p0, p1] = rangeToPositions(bins, range);
    const inRange = (i: number) => {
      const b = bins[i]!;
      return b.to >= (this.mode === 'cumulative' ? bins[0]!.from : range.from) && b.from <= range.to;
    };
    const ticks = axisTicks(h, w);
    const x0 = this.px(p0);
    const x1 = this.px(p1);
    const b = this.bounds()!;
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
              const x = Math.round(this.px(t.position)) + 0.5;
              return svg`<g class="tick ${t.major ? 'major' : 'minor'}" transform="translate(${x},0)">
                ${t.major || t.label === '' ? svg`<line y1="0" y2=${t.major ? 6 : 3}></line>` : nothing}
                ${t.label ? svg`<text x="3" y="16">${t.label}</text>` : nothing}
              </g>`;
            })}
          </g>
          <g class="brush"></g>
          ${[x0, x1].map((x) => svg`<rect class="grip" x=${x - 4} y=${ph / 2 - 10} width="8" height="20" rx="3"></rect>`)}
        </g>
      </svg>
      ${this.slider('start', range.from, x0, b, ph)} ${this.slider('end', range.to, x1, b, ph)}
      <p class="help" id="help">
        Left and right arrow keys move by a month, Shift with an arrow or Page Up and Page Down by a year, Home and End
        go to the start and end of the data. Drag on the chart to choose a range.
      </p>
      <p class="summary">${this.summary(h)}</p>
    `;
  }

  private slider(handle: Handle, day: number, x: number, b: DayRange, height: number) {
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
      style="left:${SIDE + x}px;height:${height}px"
      @keydown=${(e: KeyboardEvent) => this.onSliderKey(handle, e)}
    ></div>`;
  }

  private summary(h: Histogram): string {
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
