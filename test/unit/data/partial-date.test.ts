import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  dayInterval,
  dayToIso,
  endDay,
  formatPartialDate,
  formatPartialDateShort,
  isPartialDate,
  overlaps,
  parsePartialDate,
  startDay,
} from '../../../src/data/partial-date.ts';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('parsePartialDate', () => {
  it('keeps the precision that was written', () => {
    expect(parsePartialDate('2023')).toEqual({ text: '2023', precision: 'year', year: 2023 });
    expect(parsePartialDate('2023-11')).toEqual({ text: '2023-11', precision: 'month', year: 2023, month: 11 });
    expect(parsePartialDate('2023-11-02')).toEqual({
      text: '2023-11-02',
      precision: 'day',
      year: 2023,
      month: 11,
      day: 2,
    });
  });

  it('rejects days that do not exist, with the reason', () => {
    expect(parsePartialDate('2023-02-30')).toEqual({
      error: '"2023-02-30" is not a real day (February 2023 has 28 days)',
    });
    expect(parsePartialDate('2023-02-29')).toHaveProperty('error');
    expect(parsePartialDate('2024-02-29')).toHaveProperty('precision', 'day'); // leap year
    expect(parsePartialDate('1900-02-29')).toHaveProperty('error'); // century, not a leap year
    expect(parsePartialDate('2000-02-29')).toHaveProperty('precision', 'day');
    expect(parsePartialDate('2023-04-31')).toHaveProperty('error');
  });

  it('rejects malformed text and out-of-range months and years', () => {
    for (const bad of ['23', '2023-1', '2023-13', '2023-00', '2023-01-00', '2023/01/02', ' 2023', '2023-01-02T00:00', '']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
    expect(parsePartialDate('2023-13')).toEqual({ error: '"2023-13" has no month 13' });
    expect(parsePartialDate('1850')).toEqual({ error: 'year 1850 is outside 1900–2100' });
  });
});

describe('partial dates as day intervals', () => {
  it('covers the whole year, month or day', () => {
    expect(dayInterval('2023')).toEqual([day('2023-01-01'), day('2023-12-31')]);
    expect(dayInterval('2024-02')).toEqual([day('2024-02-01'), day('2024-02-29')]);
    expect(dayInterval('2023-02')).toEqual([day('2023-02-01'), day('2023-02-28')]);
    expect(startDay('2023-11-02')).toBe(endDay('2023-11-02'));
    expect(dayToIso(startDay('2023-11-02'))).toBe('2023-11-02');
  });

  it('counts a date in any range that covers part of it (the one overlap rule)', () => {
    // "2023" counts in a range covering only December 2023 …
    expect(overlaps('2023', day('2023-12-01'), day('2024-03-01'))).toBe(true);
    // … and in one ending on 1 January 2023 …
    expect(overlaps('2023', day('2022-06-01'), day('2023-01-01'))).toBe(true);
    // … but not in one that ends the day before.
    expect(overlaps('2023', day('2022-01-01'), day('2022-12-31'))).toBe(false);
    expect(overlaps('2023-11', day('2023-11-30'), day('2023-11-30'))).toBe(true);
    expect(overlaps('2023-11', day('2023-12-01'), day('2023-12-31'))).toBe(false);
    expect(overlaps('2023-11-02', day('2023-11-03'), day('2023-11-30'))).toBe(false);
  });

  it('throws on invalid dates instead of guessing', () => {
    expect(() => startDay('2023-02-30')).toThrow(RangeError);
  });
});

describe('comparePartialDates', () => {
  it('orders by first day, then more precise first', () => {
    const sorted = ['2023', '2022-12-31', '2023-01', '2023-01-01', '2024', '2023-06-15'].sort(comparePartialDates);
    expect(sorted).toEqual(['2022-12-31', '2023-01-01', '2023-01', '2023', '2023-06-15', '2024']);
  });

  it('is zero only for the same text', () => {
    expect(comparePartialDates('2023-05', '2023-05')).toBe(0);
    expect(comparePartialDates('2023-05', '2023-05-01')).toBeGreaterThan(0);
  });
});

describe('formatting', () => {
  it('shows exactly the recorded precision', () => {
    expect(formatPartialDate('2023')).toBe('2023');
    expect(formatPartialDate('2023-11')).toBe('November 2023');
    expect(formatPartialDate('2023-11-02')).toBe('2 November 2023');
    expect(formatPartialDateShort('2023-11')).toBe('Nov 2023');
    expect(formatPartialDateShort('2023-11-02')).toBe('2 Nov 2023');
  });
});
