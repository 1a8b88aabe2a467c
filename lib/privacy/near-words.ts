import { firstNear, nearIndex, type NearIndex } from './near-index';
import { isOrdinary } from './words';

/**
 * Words near a known word: a typo, a cut or an ending away (the review's near-matches,
 * possibly-private.ts), and a list of known words that finds the first a word is near without
 * comparing it with each (near-index.ts).
 */

export const isWord = (norm: string): boolean => /^\p{L}+$/u.test(norm);
export const isNumber = (norm: string): boolean => /^\d+$/.test(norm);

/** Optimal string alignment distance (a swap of two neighbours costs 1), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? max + 1;
}

/** A distinctive word (not an ordinary one) that a typo or a cut-off of it should still be noticed. */
export const isDistinctive = (norm: string): boolean =>
  (isWord(norm) && norm.length >= 4 && !isOrdinary(norm)) || (isNumber(norm) && norm.length >= 5);

/** How many edits a word may be from `known` to be near it (nearWord): more for long words. */
const editsFrom = (known: string): number => (isNumber(known) || known.length < 8 ? 1 : 2);

/** The text word looks like the known word mistyped, cut short or extended: not the same word. */
export function nearWord(text: string, known: string): boolean {
  if (text === known || !isDistinctive(known) || !isDistinctive(text)) return false;
  if (isNumber(text) !== isNumber(known)) return false;
  const max = editsFrom(known);
  if (editDistance(text, known, max) <= max) return true;
  if (isNumber(text)) return false;
  return (
    (known.startsWith(text) && text.length * 2 >= known.length) ||
    (text.startsWith(known) && known.length >= 5)
  );
}

/** Known words in an order, asked which is the first a word is near. */
export class NearWords {
  private readonly index: NearIndex;

  constructor(private readonly words: readonly string[]) {
    this.index = nearIndex(words.map((word) => ({ word, maxEdits: editsFrom(word) })));
  }

  /** The position of the first word `text` is near (nearWord), or -1: what a walk down the list finds. */
  first(text: string): number {
    if (!isDistinctive(text)) return -1;
    const number = isNumber(text);
    // Two edits are allowed only from a known word of 8 letters or more, so only a word of 6 or more
    // (within two of it) asks with two; cuts and extensions are between words, not numbers.
    const edits = !number && text.length >= 6 ? 2 : 1;
    return firstNear(this.index, text, edits, !number, (at) => nearWord(text, this.words[at] as string));
  }
}
