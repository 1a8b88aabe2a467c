import type { Token } from './normalize';

/**
 * Which of a text's tokens the review (possibly-private.ts) looks at, and where one stands: walks
 * beside the tokens, in text order, where a search per token made the review quadratic (a dense
 * table's thousands of words against its hundreds of detected spans).
 */

/** A range of a text's offsets, [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** The position of the token starting at `start` in `tokens` (in text order), or -1. */
export function tokenAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = (tokens[mid] as Token).start;
    if (at === start) return mid;
    if (at < start) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * Keeps the tokens (in text order) that `keep` allows and that overlap none of `ranges`: the ranges
 * are sorted and merged once, and walked beside the tokens, not searched for each one.
 */
export function outside(tokens: Token[], ranges: readonly Range[], keep: (t: Token) => boolean): Token[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  // Merged where they overlap: disjoint, in order, their ends rising. An empty range stays one (a token
  // across its point overlaps it) unless a range holds it.
  const merged: Range[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  const kept: Token[] = [];
  let r = 0;
  for (const t of tokens) {
    // Ranges ending by this token's start overlap no later token either.
    while (r < merged.length && (merged[r] as Range).end <= t.start) r++;
    const range = merged[r];
    if (range && range.start < t.end) continue;
    if (keep(t)) kept.push(t);
  }
  return kept;
}

/**
 * The tokens (in text order) that no run holds whole: the runs are in order and disjoint, as the
 * review's knownRuns makes them.
 */
export function notInRuns(tokens: readonly Token[], runs: readonly Range[]): Token[] {
  const kept: Token[] = [];
  let r = 0;
  for (const t of tokens) {
    // The last run starting by this token's start is the only one that can hold it.
    while (r + 1 < runs.length && (runs[r + 1] as Range).start <= t.start) r++;
    const run = runs[r];
    if (!(run && t.start >= run.start && t.end <= run.end)) kept.push(t);
  }
  return kept;
}
