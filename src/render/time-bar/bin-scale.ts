// Positions along the time bar in BIN units: bin i spans [i, i + 1]. Every bin gets
// the same width whatever its length in days (February is as wide as March), so
// bars line up and snapping is a rounding. Pure: no DOM.
import type { HistogramBin } from '../../model/histogram.ts';
import type { DayRange } from '../../model/types.ts';

/** Fractional bin position of the START of a day (0 … bins.length), clamped. */
export function dayToPosition(bins: readonly Pick<HistogramBin, 'from' | 'to'>[], day: number): number {
  const n = bins.length;
  if (n === 0) return 0;
  if (day <= bins[0]!.from) return 0;
  if (day > bins[n - 1]!.to) return n;
  let lo = 0;
  let hi = n - 1;
  // Binary search for the bin holding the day: bins are sorted and contiguous.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bins[mid]!.from <= day) lo = mid;
    else hi = mid - 1;
  }
  const b = bins[lo]!;
  return lo + (day - b.from) / (b.to - b.from + 1);
}

/** Where an inclusive day range sits, as [start, end] positions (end is the end of `to`). */
export function rangeToPositions(bins: readonly Pick<HistogramBin, 'from' | 'to'>[], range: DayRange): [number, number] {
  return [dayToPosition(bins, range.from), dayToPosition(bins, range.to + 1)];
}

/**
 * Snaps a pair of positions to whole bins: each end to the nearest bin boundary,
 * at least one bin wide, inside the bins. Returns the inclusive day range.
 */
export function snapPositions(bins: readonly Pick<HistogramBin, 'from' | 'to'>[], start: number, end: number): DayRange | undefined {
  const n = bins.length;
  if (n === 0) return undefined;
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  let i0 = Math.max(0, Math.min(n - 1, Math.round(lo)));
  let i1 = Math.max(1, Math.min(n, Math.round(hi)));
  if (i1 <= i0) {
    // A drag narrower than half a bin: keep the bin under its middle.
    i0 = Math.max(0, Math.min(n - 1, Math.floor((lo + hi) / 2)));
    i1 = i0 + 1;
  }
  return { from: bins[i0]!.from, to: bins[i1 - 1]!.to };
}
