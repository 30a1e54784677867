/** Compares two documents by index; negative when `a` comes first. */
export type DocComparator = (a: number, b: number) => number;

/**
 * Document indices kept in one sort order, so a sorted page is a walk from the start instead of a sort per query.
 * When a document's key changes it is moved with one binary search and one block copy, not a full re-sort.
 */
export class SortIndex {
  private order: Int32Array;

  constructor(
    docCount: number,
    /** The order itself, usable to sort a few documents the same way. */
    readonly compare: DocComparator,
  ) {
    const ids = new Int32Array(docCount);
    for (let i = 0; i < docCount; i++) ids[i] = i;
    this.order = ids.sort(compare);
  }

  /** The documents, first to last. Read only. */
  get docs(): Int32Array {
    return this.order;
  }

  /** Moves `doc` to its place after its key changed. */
  reposition(doc: number): void {
    const order = this.order;
    const from = order.indexOf(doc);
    if (from < 0) return;
    // Take it out, then binary-search the new place among the others.
    order.copyWithin(from, from + 1);
    const size = order.length - 1;
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.compare(order[mid]!, doc) <= 0) low = mid + 1;
      else high = mid;
    }
    order.copyWithin(low + 1, low, size);
    order[low] = doc;
  }
}
