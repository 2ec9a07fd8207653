// A canvas paint as plain data (ADR 0007): the edges grouped into strokes, and
// their curves packed as numbers. Made on the page, drawn wherever the canvas
// lives: on the main thread, or in a worker that owns it (an OffscreenCanvas),
// which gets it as one typed array instead of thousands of objects to clone.
import { CATEGORIES } from '../data/vocabulary.ts';
import type { LineStyle } from '../model/types.ts';
import { COORDS_PER_EDGE } from './edge-path.ts';
import { EMPHASIS_OPACITY, type Emphasis } from './highlight.ts';
import { lineStyleAttributes } from './line-style.ts';
import type { PaintedEdge, PaintedEdges } from './painted-edges.ts';
import { categoryColour, THEME_TONES, type Theme } from './palette.ts';
import { edgeWidth, MAX_EDGE_WIDTH, MIN_EDGE_WIDTH } from './scales.ts';

export interface PaintOptions {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel of the canvas's backing store. */
  readonly pixelRatio: number;
  readonly theme: Theme;
  /** Emphasis per edge key (from the highlight); absent = normal. */
  readonly emphasis?: ReadonlyMap<string, Emphasis>;
}

/** One stroke: every edge in it shares colour, dashes, opacity and width. */
export interface PaintBatch {
  readonly stroke: string;
  /** On-off lengths in CSS pixels, or null for a solid line. */
  readonly dash: readonly [number, number] | null;
  readonly alpha: number;
  /** CSS pixels; 0 = one device pixel (a hairline). */
  readonly lineWidth: number;
  /** How many edges, in order, from the packed coordinates. */
  readonly count: number;
}

export interface PaintJob {
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly background: string;
  readonly batches: readonly PaintBatch[];
  /** COORDS_PER_EDGE numbers per edge, batch after batch: start, control, end, tip as x, y. */
  readonly coords: Float64Array;
}

/** On-off lengths per line style, the SVG's dasharray (line-style.ts) in CSS pixels. */
export const CANVAS_DASHES: Readonly<Record<LineStyle, readonly [number, number] | null>> = {
  solid: null,
  dashed: [7, 4],
  faded: [2, 4],
};

/** Weight levels of the opacity ramp: few, so edges batch into few strokes. */
const WEIGHT_LEVELS = 4;
/** Opacity of the lightest weight, relative to the heaviest. */
const LIGHTEST = 0.45;
/** Emphasised (focus, related) edges are few: they get a real width on top. */
export const EMPHASIS_WIDTH = 2;

/** 0 … WEIGHT_LEVELS − 1 from an SVG edge width. */
export function weightLevel(width: number): number {
  const f = (width - MIN_EDGE_WIDTH) / (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH);
  return Math.max(0, Math.min(WEIGHT_LEVELS - 1, Math.round(f * (WEIGHT_LEVELS - 1))));
}

function levelAlpha(opacity: number, level: number, emphasis: Emphasis): number {
  const weight = LIGHTEST + ((1 - LIGHTEST) * level) / (WEIGHT_LEVELS - 1);
  return opacity * (emphasis === 'normal' || emphasis === 'dim' ? weight : 1) * EMPHASIS_OPACITY[emphasis];
}

/** Opacity of an edge on the canvas: its style's, scaled by weight and emphasis. */
export function paintedAlpha(e: Pick<PaintedEdge, 'opacity' | 'width'>, emphasis: Emphasis): number {
  return levelAlpha(e.opacity, weightLevel(e.width), emphasis);
}

const EMPHASES: readonly Emphasis[] = ['dim', 'normal', 'related', 'focus'];
const STYLES: readonly LineStyle[] = ['solid', 'dashed', 'faded'];

/** Everything a stroke sets, as one number: emphasis rank (dimmed first, emphasised last, on top), category, style, weight. */
function batchId(rank: number, category: number, style: number, level: number): number {
  return ((rank * CATEGORIES.length + category) * STYLES.length + style) * WEIGHT_LEVELS + level;
}

/**
 * The paint of `painted`: edges grouped by everything a stroke sets, groups in a
 * fixed order whatever the input order, edges within a group in input order.
 * Two passes over typed arrays: nothing is allocated per edge.
 */
export function paintJob(painted: PaintedEdges, options: PaintOptions): PaintJob {
  const { edges, coords: from } = painted;
  const n = edges.length;
  const ids = new Int32Array(n);
  const counts = new Int32Array(EMPHASES.length * CATEGORIES.length * STYLES.length * WEIGHT_LEVELS);
  for (let i = 0; i < n; i++) {
    const e = edges[i]!;
    const em = options.emphasis?.get(e.key) ?? 'normal';
    const id = batchId(EMPHASES.indexOf(em), Math.max(0, CATEGORIES.indexOf(e.category)), STYLES.indexOf(e.style), weightLevel(edgeWidth(e)));
    ids[i] = id;
    counts[id]!++;
  }
  // Where each group starts in the packed output, and each group's stroke.
  const starts = new Int32Array(counts.length);
  const batches: PaintBatch[] = [];
  let at = 0;
  for (let id = 0; id < counts.length; id++) {
    starts[id] = at;
    const count = counts[id]!;
    if (count === 0) continue;
    at += count;
    const level = id % WEIGHT_LEVELS;
    const style = STYLES[Math.floor(id / WEIGHT_LEVELS) % STYLES.length]!;
    const category = CATEGORIES[Math.floor(id / (WEIGHT_LEVELS * STYLES.length)) % CATEGORIES.length]!;
    const em = EMPHASES[Math.floor(id / (WEIGHT_LEVELS * STYLES.length * CATEGORIES.length))]!;
    batches.push({
      stroke: categoryColour(category, options.theme),
      dash: CANVAS_DASHES[style],
      alpha: levelAlpha(lineStyleAttributes(style).opacity, level, em),
      lineWidth: em === 'focus' || em === 'related' ? EMPHASIS_WIDTH : 0,
      count,
    });
  }
  const coords = new Float64Array(n * COORDS_PER_EDGE);
  for (let i = 0; i < n; i++) {
    const to = starts[ids[i]!]!++ * COORDS_PER_EDGE;
    for (let k = 0, at = i * COORDS_PER_EDGE; k < COORDS_PER_EDGE; k++) coords[to + k] = from[at + k]!;
  }
  return {
    width: options.width,
    height: options.height,
    pixelRatio: options.pixelRatio,
    background: THEME_TONES[options.theme].background,
    batches,
    coords,
  };
}
