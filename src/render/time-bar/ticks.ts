// Axis ticks for the time bar, chosen by the pixels available so that 2022–2025 in
// months and 1950–2025 in years both read cleanly: year labels thin out to every
// 2, 5, 10… years; month ticks and labels appear only when months are wide enough.
import type { Histogram } from '../../model/histogram.ts';
import { monthOf, yearOf } from '../../model/calendar.ts';

export interface Tick {
  /** Position in bin units (see bin-scale.ts). */
  readonly position: number;
  /** Empty for an unlabelled minor tick. */
  readonly label: string;
  readonly major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** Room one label needs ("2024" or "Sep" plus breathing space), in pixels. */
export const LABEL_ROOM = 44;
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export function axisTicks(h: Histogram, width: number): Tick[] {
  const n = h.bins.length;
  if (n === 0 || width <= 0) return [];
  const first = h.bins[0]!;
  const last = h.bins[n - 1]!;
  const firstYear = yearOf(first.from);
  const lastYear = yearOf(last.to);
  const pxPerUnit = width / n;
  const monthly = h.binning === 'month';
  const firstMonth = monthOf(first.from);
  // Position of 1 January of a year, in bin units.
  const yearPos = (y: number) => (monthly ? (y - 1970) * 12 - firstMonth : y - yearOf(first.from));
  const pxPerYear = monthly ? pxPerUnit * 12 : pxPerUnit;
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= LABEL_ROOM) ?? 100;

  const ticks: Tick[] = [];
  for (let y = firstYear; y <= lastYear + 1; y++) {
    const p = yearPos(y);
    if (p < 0 || p > n) continue;
    const labelled = y % step === 0 && p < n;
    // Unlabelled year ticks only while they stay at least 4 px apart.
    if (labelled || pxPerYear >= 4) ticks.push({ position: p, label: labelled ? String(y) : '', major: true });
  }
  // The first, partial year has no January tick: name it at the left edge if it fits.
  const firstLabelled = ticks.find((t) => t.label !== '');
  if (monthly && yearPos(firstYear) < 0 && (firstLabelled?.position ?? n) * pxPerUnit >= LABEL_ROOM) {
    ticks.unshift({ position: 0, label: String(firstYear), major: false });
  }
  if (monthly && pxPerUnit >= 5) {
    // Month labels every 1, 3 or 6 months, when they fit between the year labels.
    const every = [1, 3, 6].find((k) => k * pxPerUnit >= LABEL_ROOM);
    for (let i = 0; i < n; i++) {
      const m = (firstMonth + i) % 12;
      if (m === 0) continue;
      const label = every !== undefined && m % every === 0 ? MONTHS[m]! : '';
      ticks.push({ position: i, label, major: false });
    }
  }
  return dropCrowdedLabels(ticks, pxPerUnit).sort((a, b) => a.position - b.position);
}

/**
 * Clears labels that would touch a label already kept: year labels first, then the
 * left-edge year name, then months, so "2022" at the edge wins over a nearby "Apr".
 * The tick mark itself stays.
 */
function dropCrowdedLabels(ticks: readonly Tick[], pxPerUnit: number): Tick[] {
  const rank = (t: Tick) => (t.major ? 0 : /^\d{4}$/.test(t.label) ? 1 : 2);
  const kept: number[] = [];
  const result = new Map<Tick, Tick>();
  for (const t of [...ticks].sort((a, b) => rank(a) - rank(b) || a.position - b.position)) {
    if (t.label !== '' && kept.every((p) => Math.abs(p - t.position) * pxPerUnit >= LABEL_ROOM - 4)) {
      kept.push(t.position);
      result.set(t, t);
    } else {
      result.set(t, t.label === '' ? t : { ...t, label: '' });
    }
  }
  return ticks.map((t) => result.get(t)!);
}
