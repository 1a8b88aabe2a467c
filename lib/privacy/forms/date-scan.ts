import { fold } from '../normalize';
import { isAsciiLetter, isCasedPoint, isDigitAt, isDigitCode, isSpaceCode } from './chars';
import { firstLetters, mayBegin, pairOf, shapeOf, type Firsts } from './first-letters';

/**
 * Where the date patterns (dates.ts) can start, found by one scan each, so that each pattern is
 * tried sticky at those places instead of at every position of the text.
 */

/**
 * The matches of sticky `re` at `starts` (ascending), left to right and not overlapping: what
 * matchAll of the global pattern finds, when no match can start anywhere else.
 */
export function matchesAt(text: string, starts: readonly number[], re: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let done = 0;
  let previous = -1;
  for (const start of starts) {
    if (start < done || start === previous) continue;
    previous = start;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    matches.push(m);
    done = start + m[0].length;
  }
  return matches;
}

/** The month words of a text ([start, end, …]) and whether it has an ordinal word ("third"). */
export interface WordScan {
  months: number[];
  ordinal: boolean;
}

/**
 * Every run of cased letters (\p{LC}; three code points or more, at most twelve code units, as
 * /\p{LC}{3,}/gu finds them) that folds to a month name, and whether one folds to an ordinal. A
 * worded date's month and ordinal are such whole runs: each pattern puts a non-letter on both
 * sides of them, and a letter that the i flag matches to one of theirs folds (NFKD, lower case) to it.
 */
export function scanWords(
  text: string,
  months: ReadonlyMap<string, number>,
  ordinals: ReadonlyMap<string, number>,
): WordScan {
  const scan: WordScan = { months: [], ordinal: false };
  const firsts = firstLetters(months, ordinals);
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetter(c)) {
      i++;
      continue;
    }
    if (c >= 128) {
      const point = text.codePointAt(i) ?? c;
      if (!isCasedPoint(point)) {
        i += point > 0xffff ? 2 : 1;
        continue;
      }
    }
    // A run of cased letters starts here. Most words: their ASCII first letter, or first two, begin
    // no word (mayBegin says no, and no ASCII shape has such a start), so the run is only stepped over.
    const second = text.charCodeAt(i + 1);
    i =
      c < 128 && (firsts.oneAscii[c | 32] !== 1 || (second < 128 && firsts.twoAscii[pairOf(c, second)] !== 1))
        ? casedRunEnd(text, i + 1)
        : readWord(text, i, firsts, months, ordinals, scan);
  }
  return scan;
}

/**
 * Reads the run of cased letters that starts at `start` into `scan` (when it is a month or an
 * ordinal word) and returns its end. The caller has stepped over the words that are neither by their
 * first two ASCII letters (firsts.oneAscii, firsts.twoAscii).
 */
export function readWord(
  text: string,
  start: number,
  firsts: Firsts,
  months: ReadonlyMap<string, number>,
  ordinals: ReadonlyMap<string, number>,
  scan: WordScan,
): number {
  let i = start;
  let points = 0;
  let ascii = true;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  // `outside` once the word cannot fold to a month's or ordinal's (a point folds outside a-z, or it
  // is longer than any); its fold is joined only for a word that still may (foldedOf), not grown
  // point by point for every word read here.
  let outside = false;
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d < 128) {
      if (!isAsciiLetter(d)) break;
      i++;
    } else {
      const point = text.codePointAt(i) ?? d;
      if (!isCasedPoint(point)) break;
      // Asked at the word's first point outside ASCII: an ASCII word is told by its shape below.
      if (ascii) outside = !mayBegin(firsts, first, second);
      ascii = false;
      if (!outside && (i - start >= 12 || pointFold(point) === undefined)) outside = true;
      i += point > 0xffff ? 2 : 1;
    }
    points++;
  }
  if (
    points >= 3 &&
    i - start <= 12 &&
    (ascii
      ? firsts.shaped.has(shapeOf(first, second, i - start))
      : !outside && oneOf(foldedOf(text, start, i), months, ordinals))
  ) {
    // An ASCII word folds to its lower case.
    const word = ascii ? text.slice(start, i).toLowerCase() : fold(text.slice(start, i));
    if (months.has(word)) scan.months.push(start, i);
    if (ordinals.has(word)) scan.ordinal = true;
  }
  return i;
}

type Words = ReadonlyMap<string, number>;
const oneOf = (word: string, months: Words, ordinals: Words) => months.has(word) || ordinals.has(word);

/** The folds of the points of a word all of whose points fold to a-z, joined: its fold (pointFold). */
function foldedOf(text: string, start: number, end: number): string {
  let folded = '';
  for (let i = start; i < end;) {
    const point = text.codePointAt(i) ?? 0;
    folded += point < 128 ? String.fromCharCode(point | 32) : (pointFold(point) ?? '');
    i += point > 0xffff ? 2 : 1;
  }
  return folded;
}

/** The end of the run of cased letters (\\p{LC}) that goes on at `i`. */
export function casedRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const d = text.charCodeAt(i);
    if (d < 128) {
      if (!isAsciiLetter(d)) return i;
      i++;
    } else {
      const point = text.codePointAt(i) ?? d;
      if (!isCasedPoint(point)) return i;
      i += point > 0xffff ? 2 : 1;
    }
  }
  return i;
}

// Per point: its fold when that is ASCII lower-case letters only (often ''), else `null`.
const POINT_FOLDS = new Map<number, string | null>();
const LOWER_ASCII = /^[a-z]*$/;

/**
 * The fold of one point outside ASCII when it is made of a-z only; undefined when it holds anything
 * else (a Greek or Cyrillic letter, a mark lower-case leaves). Every month and ordinal word folds to
 * a-z, and fold works point by point on letters: NFKD decomposes each point on its own (reordering
 * only marks, which it then drops) and lower case maps each on its own (but for a final sigma, Greek
 * either way). So a word with an undefined point folds to something outside a-z, no month; and a
 * word of defined points folds to their folds joined. Both are checked by forms-fast.property.test.ts.
 */
export function pointFold(point: number): string | undefined {
  let f = POINT_FOLDS.get(point);
  if (f === undefined) {
    const whole = fold(String.fromCodePoint(point));
    f = LOWER_ASCII.test(whole) ? whole : null;
    POINT_FOLDS.set(point, f);
  }
  return f ?? undefined;
}

export const monthStarts = (months: readonly number[]): number[] => months.filter((_, i) => i % 2 === 0);

/**
 * The starts of the month words a month-before-day date ("March 3", "Mar. 3rd", "June the 14th")
 * can begin at. Its month alternative ends where the word does (it is followed by "." or \s, which
 * no letter is), then come an optional ".", one to three \s and a digit run of one or two digits or
 * the "t" of "the": a word followed otherwise begins none ("März 2026", "May I").
 */
export function daysAfter(text: string, months: readonly number[]): number[] {
  const starts: number[] = [];
  for (let m = 0; m < months.length; m += 2) {
    const n = text.length; // no read past it (NaN failed each test as the bounds do, but deoptimised)
    let p = months[m + 1] ?? 0;
    if (p < n && text.charCodeAt(p) === 46) p++;
    let q = p;
    while (q < p + 3 && q < n && isSpaceCode(text.charCodeAt(q))) q++;
    if (q === p || q >= n) continue;
    const c = text.charCodeAt(q);
    if (isDigitCode(c) ? isDigitAt(text, q + 1) && isDigitAt(text, q + 2) : (c | 32) !== 116) continue;
    starts.push(months[m] ?? 0);
  }
  return starts;
}

// What "3rd of March" holds between its number and its month: st nd rd th, a dot, spaces, of, de;
// and, for the i flag, anything outside ASCII (the long s of "1ſt").
const between = (c: number) => {
  const lower = c | 32;
  return (
    c >= 128 ||
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 46 ||
    (isAsciiLetter(c) &&
      (lower === 115 ||
        lower === 116 ||
        lower === 110 ||
        lower === 100 ||
        lower === 114 ||
        lower === 104 ||
        lower === 111 ||
        lower === 102 ||
        lower === 101))
  );
};

/** The starts of the digit runs a day-before-month date can begin at: the last before each month word. */
export function daysBefore(text: string, months: readonly number[]): number[] {
  const starts: number[] = [];
  for (let m = 0; m < months.length; m += 2) {
    let i = (months[m] ?? 0) - 1;
    while (i >= 0 && !isDigitAt(text, i) && between(text.charCodeAt(i))) i--;
    if (i < 0 || !isDigitAt(text, i)) continue;
    while (isDigitAt(text, i - 1)) i--;
    starts.push(i);
  }
  return starts.sort((a, b) => a - b);
}
