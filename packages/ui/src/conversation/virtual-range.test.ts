import { describe, expect, it } from 'vitest';
import { anchorShift, endScrollTop, rowAt, rowHeights, rowOffsets, visibleRange, type MeasuredRow } from './virtual-range';

const sizes = (...heights: number[]) => rowOffsets(heights);

describe('rowHeights', () => {
  const keys = ['a', 'b', 'c', 'd'];

  it('uses the measurement of a measured row and the estimate for the rest', () => {
    const measured = new Map<string, MeasuredRow>([['b', { index: 1, size: 40 }], ['d', { index: 3, size: 10 }]]);
    expect([...rowHeights(4, (index) => keys[index]!, 100, measured)]).toEqual([100, 40, 100, 10]);
  });

  it('finds a measurement by key when its row moved (messages prepended), and drops rows that are gone', () => {
    const moved = ['new-1', 'new-2', 'a', 'b'];
    const measured = new Map<string, MeasuredRow>([['a', { index: 0, size: 30 }], ['b', { index: 1, size: 50 }], ['gone', { index: 2, size: 70 }]]);
    expect([...rowHeights(4, (index) => moved[index]!, 100, measured)]).toEqual([100, 100, 30, 50]);
  });

  it('looks up no key but the measured ones while rows stay in place', () => {
    const asked: number[] = [];
    const measured = new Map<string, MeasuredRow>([['k1999', { index: 1999, size: 20 }]]);
    const heights = rowHeights(2000, (index) => (asked.push(index), `k${index}`), 96, measured);
    expect(asked).toEqual([1999]);
    expect(heights[1999]).toBe(20);
  });
});

describe('rowOffsets', () => {
  it('sums the heights into row starts and the total', () => {
    expect([...rowOffsets([100, 40, 100, 10])]).toEqual([0, 100, 140, 240, 250]);
  });

  it('is a single 0 for an empty list', () => {
    expect([...rowOffsets([])]).toEqual([0]);
  });
});

describe('rowAt', () => {
  const offsets = sizes(100, 50, 200, 10);

  it('finds the row whose span holds the position, its first pixel included', () => {
    expect([0, 99, 100, 149, 150, 349, 350, 359].map((position) => rowAt(offsets, position))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('clamps above the list to the first row and below it to the last', () => {
    expect(rowAt(offsets, -20)).toBe(0);
    expect(rowAt(offsets, 10_000)).toBe(3);
    expect(rowAt(sizes(), 50)).toBe(0);
  });

  it('agrees with a linear scan on a long list of uneven rows', () => {
    const heights = Array.from({ length: 2000 }, (_, index) => 20 + ((index * 37) % 90));
    const long = rowOffsets(heights);
    for (const position of [0, 1, 555, 12_345, 60_000, long[2000]! - 1]) {
      let expected = 0;
      while (expected < 1999 && long[expected + 1]! <= position) expected++;
      expect(rowAt(long, position)).toBe(expected);
    }
  });
});

describe('visibleRange', () => {
  const offsets = sizes(...Array.from({ length: 100 }, () => 50));

  it('covers the viewport and adds the overscan on both sides', () => {
    // 1,000 px down, 200 px tall: rows 20–23 are in view.
    expect(visibleRange(offsets, 1000, 200, 0)).toEqual({ start: 20, end: 24 });
    expect(visibleRange(offsets, 1000, 200, 3)).toEqual({ start: 17, end: 27 });
  });

  it('includes a row only partly in view at either edge', () => {
    expect(visibleRange(offsets, 1010, 200, 0)).toEqual({ start: 20, end: 25 });
  });

  it('clamps the overscan at both ends of the list', () => {
    expect(visibleRange(offsets, 0, 120, 5)).toEqual({ start: 0, end: 8 });
    expect(visibleRange(offsets, endScrollTop(offsets, 120), 120, 5)).toEqual({ start: 92, end: 100 });
  });

  it('renders nothing for an empty list', () => {
    expect(visibleRange(sizes(), 0, 500, 6)).toEqual({ start: 0, end: 0 });
  });
});

describe('endScrollTop', () => {
  it('puts the list end at the viewport bottom, or 0 when the list is shorter than the viewport', () => {
    expect(endScrollTop(sizes(300, 300), 450)).toBe(150);
    expect(endScrollTop(sizes(100), 450)).toBe(0);
  });
});

describe('anchorShift', () => {
  it('moves the scroll by as much as the rows above the top row grew or shrank', () => {
    const before = sizes(96, 96, 96, 96, 96);
    // Reading row 3 (starts at 288); rows 0 and 1 were measured at 150 and 60: row 3 moved down by 18.
    expect(anchorShift(before, sizes(150, 60, 96, 96, 96), 300)).toBe(18);
  });

  it('ignores rows at and below the top row', () => {
    const before = sizes(96, 96, 96, 96);
    expect(anchorShift(before, sizes(96, 96, 300, 10), 200)).toBe(0);
  });

  it('is 0 when the rows changed in number (a new list is not anchored)', () => {
    expect(anchorShift(sizes(96, 96), sizes(96, 96, 96), 100)).toBe(0);
  });
});
