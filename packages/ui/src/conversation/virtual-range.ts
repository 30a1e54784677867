// The arithmetic of a virtual list, free of the DOM so it can be tested as plain functions. Rows are stacked from 0;
// `offsets[i]` is where row i starts and `offsets[count]` is the height of the whole list.

/** Which rows to render: `start` included, `end` excluded. */
export interface RowRange {
  start: number;
  end: number;
}

/** A row's measured height, and the index it had when measured (where it is looked for first). */
export interface MeasuredRow {
  index: number;
  size: number;
}

/**
 * Each row's height: its measurement, else `estimate`. Measurements are kept by key, so they survive rows moving;
 * each is looked for at its measured index first, so only a list whose rows moved pays for a key lookup of every
 * row (a conversation of thousands of messages with a dozen measured costs a dozen checks, not thousands).
 */
export function rowHeights(count: number, keyAt: (index: number) => string, estimate: number, measured: ReadonlyMap<string, MeasuredRow>): Float64Array {
  const heights = new Float64Array(count).fill(estimate);
  let indexOf: Map<string, number> | undefined;
  for (const [key, row] of measured) {
    let index: number | undefined = row.index < count && keyAt(row.index) === key ? row.index : undefined;
    if (index === undefined) {
      indexOf ??= new Map(Array.from({ length: count }, (_, at) => [keyAt(at), at]));
      index = indexOf.get(key);
    }
    if (index !== undefined) heights[index] = row.size;
  }
  return heights;
}

/** Prefix sums of the rows' heights: one more number than rows, from 0 to the list's total height. */
export function rowOffsets(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let index = 0; index < heights.length; index++) offsets[index + 1] = offsets[index]! + heights[index]!;
  return offsets;
}

/** The row under `position` (binary search): the last row starting at or above it; 0 for an empty list. */
export function rowAt(offsets: Float64Array, position: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/** The rows in view at `scrollTop` in a viewport `height` tall, plus `overscan` rows either side. */
export function visibleRange(offsets: Float64Array, scrollTop: number, height: number, overscan: number): RowRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, scrollTop);
  let last = first;
  while (last < count - 1 && offsets[last + 1]! < scrollTop + height) last++;
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** The furthest the viewport can scroll: the list's end at the viewport's bottom. */
export function endScrollTop(offsets: Float64Array, height: number): number {
  return Math.max(0, offsets[offsets.length - 1]! - height);
}

/**
 * How far to move `scrollTop` after rows were re-measured so the row at the top of the viewport stays where the
 * reader sees it: rows above it that grew push it down by as much, and the scroll follows.
 */
export function anchorShift(before: Float64Array, after: Float64Array, scrollTop: number): number {
  if (before.length < 2 || before.length !== after.length) return 0;
  const anchor = rowAt(before, scrollTop);
  return after[anchor]! - before[anchor]!;
}
