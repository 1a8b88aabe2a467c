import type { Token, Tokens } from './token-columns';

/**
 * The words the review (possibly-private.ts) looks at: a text's tokens that no detector found and the
 * user did not release, in text order. They are read from the text's token columns by position, with
 * no object per word (a long request has thousands, and the review reads a few fields of each), and
 * every walk here goes beside them in text order: a search per word made the review quadratic (a
 * dense table's thousands of words against its hundreds of detected spans).
 */

/** A range of a text's offsets, [start, end). */
export interface Range {
  start: number;
  end: number;
}

export class ReviewWords {
  private constructor(
    private readonly tokens: Tokens,
    /** The columns' index of each word, in text order. */
    private readonly ids: Int32Array,
    readonly length: number,
  ) {}

  /**
   * The tokens that overlap none of `ranges` and whose norm `keep` allows: the ranges are sorted and
   * merged once, and walked beside the tokens.
   */
  static outside(tokens: Tokens, ranges: readonly Range[], keep: (norm: string) => boolean): ReviewWords {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    // Merged where they overlap: disjoint, in order, their ends rising. An empty range stays one (a
    // token across its point overlaps it) unless a range holds it.
    const merged: Range[] = [];
    for (const { start, end } of sorted) {
      const last = merged.at(-1);
      if (last && start < last.end) last.end = Math.max(last.end, end);
      else merged.push({ start, end });
    }
    const { count, starts, ends, norms } = tokens;
    const ids = new Int32Array(count);
    let length = 0;
    let r = 0;
    for (let k = 0; k < count; k++) {
      const start = starts[k] as number;
      // Ranges ending by this token's start overlap no later token either.
      while (r < merged.length && (merged[r] as Range).end <= start) r++;
      const range = merged[r];
      if (range && range.start < (ends[k] as number)) continue;
      if (keep(norms[k] as string)) ids[length++] = k;
    }
    return new ReviewWords(tokens, ids, length);
  }

  norm(p: number): string {
    return this.tokens.norms[this.ids[p] as number] as string;
  }

  start(p: number): number {
    return this.tokens.starts[this.ids[p] as number] as number;
  }

  end(p: number): number {
    return this.tokens.ends[this.ids[p] as number] as number;
  }

  /** Word `p` as an object (what the tests compare). */
  token(p: number): Token {
    const k = this.ids[p] as number;
    const { starts, ends, raws, norms } = this.tokens;
    return {
      start: starts[k] as number,
      end: ends[k] as number,
      raw: raws[k] as string,
      norm: norms[k] as string,
    };
  }

  /** The position of the word starting at `start`, or -1. */
  at(start: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.start(mid);
      if (at === start) return mid;
      if (at < start) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /**
   * The positions of the words that no run holds whole: the runs are in order and disjoint, as the
   * review's knownRuns makes them.
   */
  notIn(runs: readonly Range[]): Int32Array {
    // Most words are in no run: made at their number, cut to the ones kept (an array pushed to was
    // copied a dozen times over a long text).
    const kept = new Int32Array(this.length);
    let count = 0;
    let r = 0;
    for (let p = 0; p < this.length; p++) {
      const start = this.start(p);
      // The last run starting by this word's start is the only one that can hold it.
      while (r + 1 < runs.length && (runs[r + 1] as Range).start <= start) r++;
      const run = runs[r];
      if (!(run && start >= run.start && this.end(p) <= run.end)) kept[count++] = p;
    }
    return kept.subarray(0, count);
  }
}
