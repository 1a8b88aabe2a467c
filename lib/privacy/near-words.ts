import { firstNear, nearIndex, type NearIndex, type NearJudge } from './near-index';
import { LETTER, TABLE_LIMIT, wordCharClass } from './word-chars';
import { isOrdinary } from './words';

/**
 * Words near a known word: a typo, a cut or an ending away (the review's near-matches,
 * possibly-private.ts), and a list of known words that finds the first a word is near without
 * comparing it with each (near-index.ts).
 */

// Made once: a regex literal in a function is a new object at each call (the review asks of every new word).
const LETTERS = /^\p{L}+$/u;

/**
 * Whether `norm` is letters alone (\p{L}). ASCII is read from its codes, units below TABLE_LIMIT from
 * word-chars' table (its LETTER flag is /\p{L}/u's answer), and the regex is asked only of a word with
 * a unit above it (a surrogate, a full-width form): a Unicode property test per word was about an
 * eighth of the review on the letter set, and on Chinese text, whose words are runs of tens of
 * characters, as much of the privacy stage.
 */
export function isWord(norm: string): boolean {
  const length = norm.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 128) {
      if (c >= TABLE_LIMIT) return LETTERS.test(norm);
      if (!(wordCharClass(c) & LETTER)) return false;
      continue;
    }
    // A-Z and a-z: | 32 maps A-Z, and only them, onto a-z.
    if (((c | 32) - 97) >>> 0 > 25) return false;
  }
  return true;
}

/** Whether `norm` is ASCII digits alone (what /^\d+$/ matches). */
export function isNumber(norm: string): boolean {
  const length = norm.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) if ((norm.charCodeAt(i) - 48) >>> 0 > 9) return false;
  return true;
}

// The three rows of editDistance, kept between calls (the review compares thousands of words a request).
let rowTwoBack = new Int32Array(32);
let rowBack = new Int32Array(32);
let rowNow = new Int32Array(32);

/**
 * Optimal string alignment distance (a swap of two neighbours costs 1) over UTF-16 code units, or
 * more than `max` once it is past `max`: a row whose least entry is past `max` makes every later one so
 * (a swap reaches two rows back, and the diagonal from there is one more at most).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (m + 1 > rowNow.length) {
    rowTwoBack = new Int32Array(2 * (m + 1));
    rowBack = new Int32Array(2 * (m + 1));
    rowNow = new Int32Array(2 * (m + 1));
  }
  let before = rowTwoBack;
  let previous = rowBack;
  let row = rowNow;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, (before[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const spare = before;
    before = previous;
    previous = row;
    row = spare;
  }
  return previous[m] as number;
}

/** A distinctive word (not an ordinary one) that a typo or a cut-off of it should still be noticed. */
export const isDistinctive = (norm: string): boolean =>
  (isWord(norm) && norm.length >= 4 && !isOrdinary(norm)) || (isNumber(norm) && norm.length >= 5);

/** How many edits a word may be from `known` to be near it (nearWord): more for long words. */
const editsFrom = (known: string): number => (isNumber(known) || known.length < 8 ? 1 : 2);

/** The text word looks like the known word mistyped, cut short or extended: not the same word. */
export function nearWord(text: string, known: string): boolean {
  if (text === known || !isDistinctive(known) || !isDistinctive(text)) return false;
  const number = isNumber(text);
  return number === isNumber(known) && nearAlike(text, known, number);
}

/** nearWord for two different distinctive words, both numbers (`number`) or both not. */
function nearAlike(text: string, known: string, number: boolean): boolean {
  const max = editsFrom(known);
  if (editDistance(text, known, max) <= max) return true;
  if (number) return false;
  return (
    (known.startsWith(text) && text.length * 2 >= known.length) ||
    (text.startsWith(known) && known.length >= 5)
  );
}

// What each known word is, for NearWords: nearWord's checks of the known word, made once.
const NOT_DISTINCTIVE = 0;
const A_WORD = 1;
const A_NUMBER = 2;

/** Known words in an order, asked which is the first a word is near. */
export class NearWords implements NearJudge {
  private readonly index: NearIndex;
  private readonly kinds: Uint8Array;
  // The word `first` is asking about, for isNear (the judge firstNear calls, without a closure a call).
  private asking = '';
  private askingKind = NOT_DISTINCTIVE;

  constructor(private readonly words: readonly string[]) {
    this.index = nearIndex(words.map((word) => ({ word, maxEdits: editsFrom(word) })));
    this.kinds = Uint8Array.from(words, (word) =>
      !isDistinctive(word) ? NOT_DISTINCTIVE : isNumber(word) ? A_NUMBER : A_WORD,
    );
  }

  /** The position of the first word `text` is near (nearWord), or -1: what a walk down the list finds. */
  first(text: string): number {
    if (!isDistinctive(text)) return -1;
    const number = isNumber(text);
    // Two edits are allowed only from a known word of 8 letters or more, so only a word of 6 or more
    // (within two of it) asks with two; cuts and extensions are between words, not numbers.
    const edits = !number && text.length >= 6 ? 2 : 1;
    this.asking = text;
    this.askingKind = number ? A_NUMBER : A_WORD;
    return firstNear(this.index, text, edits, !number, this);
  }

  /** nearWord(the word asked about, the known word at `at`), with its checks of the latter read from `kinds`. */
  isNear(at: number): boolean {
    const known = this.words[at] as string;
    const text = this.asking;
    return (
      this.kinds[at] === this.askingKind &&
      text !== known &&
      nearAlike(text, known, this.askingKind === A_NUMBER)
    );
  }
}
