// Stacked bars of the histogram as plain rectangles (pure geometry; the component
// or an exporter turns them into SVG). Categories stack bottom-up in CATEGORIES
// order so a category keeps its place from bar to bar.
import type { Histogram } from '../../model/histogram.ts';
import type { Category } from '../../data/vocabulary.ts';

export interface BarSegment {
  readonly bin: number;
  readonly category: Category;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BarLayout {
  readonly segments: readonly BarSegment[];
  /** Width of one bin in pixels. */
  readonly binWidth: number;
}

/**
 * Lays out the bars in a plot of `width` × `height` pixels. Bars get a 1 px gap when
 * bins are wide enough to afford it; heights are linear in the count, with the
 * tallest bar filling the plot. A bar with events is at least 1 px tall.
 */
export function layoutBars(h: Histogram, width: number, height: number): BarLayout {
  const n = h.bins.length;
  const binWidth = n > 0 ? width / n : 0;
  const gap = binWidth >= 4 ? 1 : 0;
  const max = Math.max(1, h.max);
  const segments: BarSegment[] = [];
  h.bins.forEach((bin, i) => {
    const barHeight = bin.total > 0 ? Math.max(1, (bin.total / max) * height) : 0;
    let acc = 0;
    bin.counts.forEach((count, c) => {
      if (count === 0) return;
      // Cumulative rounding so stacked segments add up exactly to the bar height.
      const y0 = height - (acc / bin.total) * barHeight;
      acc += count;
      const y1 = height - (acc / bin.total) * barHeight;
      segments.push({
        bin: i,
        category: h.categories[c]!,
        count,
        x: i * binWidth + gap / 2,
        y: y1,
        width: Math.max(0.5, binWidth - gap),
        height: y0 - y1,
      });
    });
  });
  return { segments, binWidth };
}
