/**
 * Which characters of a text are taken, for choosing non-overlapping spans: marking and asking about a
 * range cost O(log n) per character marked and per question (a Fenwick tree of taken counts), so
 * choosing among n spans is O(n log n) however many there are, where comparing each span with every
 * span kept is quadratic on number-dense text.
 */
export class Occupancy {
  private readonly tree: Int32Array;

  constructor(length: number) {
    this.tree = new Int32Array(length + 1);
  }

  /** Taken characters before `end`. */
  private prefix(end: number): number {
    let sum = 0;
    for (let i = end; i > 0; i -= i & -i) sum += this.tree[i] ?? 0;
    return sum;
  }

  /** True if no character of [start, end) is taken. */
  isFree(start: number, end: number): boolean {
    return this.prefix(end) - this.prefix(start) === 0;
  }

  /** Marks [start, end) taken; the caller marks only free ranges, so each character once. */
  take(start: number, end: number): void {
    for (let at = start; at < end; at++)
      for (let i = at + 1; i < this.tree.length; i += i & -i) this.tree[i] = (this.tree[i] ?? 0) + 1;
  }
}
