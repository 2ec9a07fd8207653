// How keyboard and play move the range, on whole calendar months. Pure functions of
// day numbers so the rules are easy to read and to test.
import { monthEnd, monthOf, monthStart } from '../../model/calendar.ts';
import type { DayRange, RangeMode } from '../../model/types.ts';

export type Handle = 'start' | 'end';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Moves one end of the range by whole months (negative = earlier), keeping it on a
 * month boundary, inside the bounds, and never past the other end's month.
 */
export function moveHandle(range: DayRange, handle: Handle, months: number, bounds: DayRange): DayRange {
  if (handle === 'start') {
    const from = clamp(monthStart(monthOf(range.from) + months), bounds.from, Math.max(bounds.from, monthStart(monthOf(range.to))));
    return { from, to: range.to };
  }
  const to = clamp(monthEnd(monthOf(range.to) + months), Math.min(bounds.to, monthEnd(monthOf(range.from))), bounds.to);
  return { from: range.from, to };
}

/** Home / End: one end jumps to the data's start or end, as far as the other end allows. */
export function jumpHandle(range: DayRange, handle: Handle, where: 'start' | 'end', bounds: DayRange): DayRange {
  const target = where === 'start' ? bounds.from : bounds.to;
  if (handle === 'start') return { from: Math.min(target, monthStart(monthOf(range.to))), to: range.to };
  return { from: range.from, to: Math.max(target, Math.min(bounds.to, monthEnd(monthOf(range.from)))) };
}

/**
 * One play step: the end moves one month later. Cumulative keeps the start; a window
 * slides, keeping its length in months. Past the data's end: undefined, or with
 * `loop` the first range of the same shape (the window at the data's start, or the
 * cumulative range ending in the start's month).
 */
export function playStep(range: DayRange, mode: RangeMode, bounds: DayRange, loop: boolean): DayRange | undefined {
  const endMonth = monthOf(range.to);
  if (monthEnd(endMonth) < bounds.to) {
    const to = Math.min(bounds.to, monthEnd(endMonth + 1));
    return mode === 'cumulative' ? { from: range.from, to } : { from: monthStart(monthOf(range.from) + 1), to };
  }
  return loop ? firstRange(range, mode, bounds) : undefined;
}

/** Where playback restarts: the same shape of range at the start of the data. */
export function firstRange(range: DayRange, mode: RangeMode, bounds: DayRange): DayRange {
  if (mode === 'cumulative') return { from: range.from, to: Math.min(bounds.to, monthEnd(monthOf(range.from))) };
  const months = monthOf(range.to) - monthOf(range.from);
  return { from: bounds.from, to: Math.min(bounds.to, monthEnd(monthOf(bounds.from) + months)) };
}

/** True when a play step from here would leave the data (so Play starts over). */
export function atEnd(range: DayRange, bounds: DayRange): boolean {
  return monthEnd(monthOf(range.to)) >= bounds.to;
}
