import { describe, expect, it } from 'vitest';
import { addMonths, chooseBinning, histogram, monthEnd, monthOf, monthStart, monthText } from '../../../src/model/index.ts';
import { endDay, startDay } from '../../../src/data/partial-date.ts';
import { CATEGORIES } from '../../../src/data/vocabulary.ts';
import { graph } from './fixture.ts';

describe('calendar', () => {
  it('steps by calendar months and clamps to month length', () => {
    expect(monthText(addMonths(startDay('2024-01-31'), 1))).toBe('2024-02');
    expect(addMonths(startDay('2024-01-31'), 1)).toBe(startDay('2024-02-29'));
    expect(addMonths(startDay('2024-03-15'), -14)).toBe(startDay('2023-01-15'));
    expect(monthStart(monthOf(startDay('2023-11-20')))).toBe(startDay('2023-11-01'));
    expect(monthEnd(monthOf(startDay('2023-02-10')))).toBe(startDay('2023-02-28'));
    expect(monthStart(monthOf(startDay('1950-06-01')))).toBe(startDay('1950-06-01'));
  });
});

describe('histogram', () => {
  it('bins by month on short spans, by year on SIPRI-length spans', () => {
    expect(chooseBinning({ from: startDay('2022'), to: endDay('2025') })).toBe('month');
    expect(chooseBinning({ from: startDay('1950'), to: endDay('2025') })).toBe('year');
  });
  it('counts every event once, in the bin of its first day, stacked by category', () => {
    const h = histogram(graph, { from: startDay('2023'), to: endDay('2024') }, 'reported');
    expect(h.binning).toBe('month');
    expect(h.bins).toHaveLength(24);
    const total = h.bins.reduce((a, b) => a + b.total, 0);
    expect(total).toBe(graph.transfers.reduce((a, t) => a + t.events.length, 0));
    const jan2024 = h.bins[12]!;
    expect(jan2024.from).toBe(startDay('2024-01-01'));
    // negotiating (IRN), used reported 2024-01-04 (PRK), reported (RUS fighters)
    expect(jan2024.total).toBe(3);
    expect(jan2024.counts[CATEGORIES.indexOf('ballistic-missiles')]).toBe(2);
    expect(h.max).toBe(3);
  });
  it('moves events with the date basis', () => {
    const happened = histogram(graph, { from: startDay('2023'), to: endDay('2024') }, 'happened');
    expect(happened.bins[11]!.total).toBe(1); // used on 2023-12-30
    expect(happened.bins[0]!.total).toBe(2); // "2023" events land in January 2023
  });
});
