import { describe, expect, it } from 'vitest';
import { dragPositions, dragSlop, HANDLE_REACH, hitTest } from '../../../src/render/time-bar/drag.ts';

describe('hitTest', () => {
  // A range from 100 to 300 px on a 600 px plot.
  it('grabs a handle within its reach, on either side of the end', () => {
    expect(hitTest(100, 100, 300, 600)).toBe('start');
    expect(hitTest(100 - HANDLE_REACH, 100, 300, 600)).toBe('start');
    expect(hitTest(100 + HANDLE_REACH, 100, 300, 600)).toBe('start');
    expect(hitTest(300 + HANDLE_REACH, 100, 300, 600)).toBe('end');
    expect(hitTest(300 - 10, 100, 300, 600)).toBe('end');
  });

  it('moves from inside the range and draws from outside it', () => {
    expect(hitTest(200, 100, 300, 600)).toBe('move');
    expect(hitTest(100 + HANDLE_REACH + 1, 100, 300, 600)).toBe('move');
    expect(hitTest(100 - HANDLE_REACH - 1, 100, 300, 600)).toBe('new');
    expect(hitTest(500, 100, 300, 600)).toBe('new');
  });

  it('picks the nearer handle when a narrow range makes them overlap, ties to the end', () => {
    expect(hitTest(101, 100, 110, 600)).toBe('start');
    expect(hitTest(109, 100, 110, 600)).toBe('end');
    expect(hitTest(105, 100, 110, 600)).toBe('end');
  });

  it('draws a new range from inside a range that fills the plot (it cannot move)', () => {
    expect(hitTest(300, 0, 600, 600)).toBe('new');
    expect(hitTest(5, 0, 600, 600)).toBe('start');
    expect(hitTest(300, 0, 599.7, 600)).toBe('new'); // sub-pixel rounding still fills
    expect(hitTest(300, 1, 600, 600)).toBe('move');
  });
});

describe('dragSlop', () => {
  it('lets fingers and pens wobble more than a mouse', () => {
    expect(dragSlop('mouse')).toBe(3);
    expect(dragSlop('touch')).toBeGreaterThan(dragSlop('mouse'));
    expect(dragSlop('pen')).toBeGreaterThan(dragSlop('mouse'));
  });
});

describe('dragPositions', () => {
  const range = [2, 8] as const;
  const n = 21;

  it('draws a new range between press and pointer, in either direction, clamped', () => {
    expect(dragPositions('new', 12.3, 15.7, range, n)).toEqual([12.3, 15.7]);
    expect(dragPositions('new', 15.7, 12.3, range, n)).toEqual([12.3, 15.7]);
    expect(dragPositions('new', 19, 40, range, n)).toEqual([19, 21]);
    expect(dragPositions('new', -3, 1, range, n)).toEqual([0, 1]);
  });

  it('moves one end and swaps ends when one is dragged past the other', () => {
    expect(dragPositions('end', 8, 11, range, n)).toEqual([2, 11]);
    expect(dragPositions('start', 2, 4, range, n)).toEqual([4, 8]);
    expect(dragPositions('start', 2, 10, range, n)).toEqual([8, 10]);
    expect(dragPositions('end', 8, -5, range, n)).toEqual([0, 2]);
  });

  it('moves the whole range by the pointer distance, keeping its length, stopping at the edges', () => {
    const [a, b] = dragPositions('move', 5, 8.2, range, n);
    expect(a).toBeCloseTo(5.2, 9);
    expect(b).toBeCloseTo(11.2, 9);
    expect(dragPositions('move', 5, 40, range, n)).toEqual([15, 21]);
    expect(dragPositions('move', 5, -40, range, n)).toEqual([0, 6]);
  });
});
