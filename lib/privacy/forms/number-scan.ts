import {
  isAsciiLetter,
  isCasedPoint,
  isDigitAt,
  isDigitCode,
  isNumberPoint,
  isSpaceCode,
  pointBefore,
} from './chars';
import { digitRuns } from './text-scan';

/**
 * Where the numbers of a text are (forms/numbers.ts reads them), and the cheap tests of the
 * characters around one that tell when a currency or multiplier regex cannot match there.
 */

// Boundaries look at cased letters only: Chinese, Japanese and Thai write numbers against their
// words with no space ("月薪1.85万", "เงินเดือน32,000บาท").
// A digit run and its groups: "84,500.00", "84 500", "84'500". A space or apostrophe only groups
// thousands (exactly three digits follow), so "3 84" stays two numbers. A currency written in
// letters may be glued before it ("zł14.8k"). This is the regex
//   (?<![\p{N}_]|\p{N}[.,])(?:(?<=zł|Zł|kr)|(?<!\p{LC}))\d+(?:[.,]\d+|[ '’\u00a0\u202f]\d{3}(?!\d))*
// written out as a scan: its lookbehinds cost more than the rest of the reading on number-dense
// text. A digit preceded by a digit never starts one, so only the first digit of a run is tried.

/** Whether a number may start at `i` (an ASCII digit): CORE's lookbehinds. */
export function coreMayStart(text: string, i: number): boolean {
  const before = pointBefore(text, i);
  if (before < 0) return true;
  if (before === 95 || isNumberPoint(before)) return false;
  if ((before === DOT || before === COMMA) && isNumberPoint(pointBefore(text, i - 1))) return false;
  if (!isCasedPoint(before)) return true;
  // "zł", "Zł" or "kr" right before, told by their code units (no two-character slice per number
  // glued to a letter: "TX7003269800", "ACC99113981").
  if (i < 2) return false;
  const first = text.charCodeAt(i - 2);
  return before === 0x142 ? first === 122 || first === 90 : before === 114 && first === 107;
}

// The spaces that group thousands: ' ', "'", '’', no-break and narrow no-break space.
export const isGroupSpace = (c: number) => c === 32 || c === 39 || c === 0x2019 || c === 0xa0 || c === 0x202f;

/** Where the number starting at `i` ends: its digits, then decimal and thousands groups. */
export function coreEnd(text: string, i: number): number {
  let end = i;
  while (isDigitAt(text, end)) end++;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c === DOT || c === COMMA) && isDigitAt(text, end + 1)) {
      end += 2;
      while (isDigitAt(text, end)) end++;
    } else if (
      isGroupSpace(c) &&
      isDigitAt(text, end + 1) &&
      isDigitAt(text, end + 2) &&
      isDigitAt(text, end + 3) &&
      !isDigitAt(text, end + 4)
    )
      end += 4;
    else return end;
  }
}

/**
 * Each number of `text`, left to right, as CORE's matches would give them. coreEnd's walk, read off
 * the digit runs scanText already found: a separator continues the number only when the next run
 * starts right after it (and, grouping thousands, is three digits long), so no digit is walked again.
 *
 * With `shortest`, the numbers shorter than it that no multiplier may follow (mayStartWord: no word
 * after them, or mayScale: none of its words) are not given to `each`: amountOf, which reads the
 * same two tests at the same end, turns them away unscaled by their length. A chain of runs is told
 * whole before its start is asked of coreMayStart: a number starting at any run of the chain ends
 * where the chain does (the walk from that run takes the same steps), and is no longer than the
 * chain, so all of them go at once.
 */
export function forEachCore(text: string, each: (start: number, end: number) => void, shortest = 0): void {
  const runs = digitRuns(text);
  const n = runs.length;
  for (let r = 0; r < n; r += 2) {
    const i = runs[r] ?? 0;
    let end = runs[r + 1] ?? i;
    let next = r + 2;
    for (;;) {
      // The next run one character on, first: most runs end a number, and their end is not read.
      if (next >= n || runs[next] !== end + 1) break;
      const c = text.charCodeAt(end);
      if (c === DOT || c === COMMA) end = runs[next + 1] ?? end;
      else if (isGroupSpace(c) && runs[next + 1] === end + 4) end += 4;
      else break;
      next += 2;
    }
    if (end - i < shortest && !(mayStartWord(text, end) && mayScale(text, end))) {
      r = next - 2;
      continue;
    }
    if (!coreMayStart(text, i)) continue;
    each(i, end);
    // The runs the number took in start before its end: none of them starts one.
    r = next - 2;
  }
}

/** A multiplier after a number, which scales it ("84.5k", "1,2 Mio"). */
export const MULTIPLIER =
  /^\s?(k|thousand|grand|m|mn|mil|mio|million|millions|b|bn|billion|billions|lakhs?|crores?|万|萬|億|亿|千)(?![\p{LC}\p{N}])/iu;

// MULTIPLIER, sticky: tried where a number ends (its match there is the one of the slice of twelve
// characters amountOf reads: a space, a word of eight at most, then the character after it).
const MULTIPLIER_AT = new RegExp(MULTIPLIER.source.slice(1), 'iuy');
// The ASCII first letters of MULTIPLIER's words (lower case); and which second letters go on one:
// k, m and b are whole words, and only n or i (mn, mil, mio, million, bn, billion) go on m or b.
const FIRST = new Set([...'ktgmblc'].map((c) => c.charCodeAt(0)));
const SECOND: Record<string, string> = { k: '', t: 'h', g: 'r', m: 'ni', b: 'ni', l: 'a', c: 'r' };
const asciiAlnum = (c: number) => isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// The same as tables, read per number: GOES_ON[first * 128 + second] = 1 when `second` (lower case)
// goes on a word `first` opens; OPENS[c] = 1 for FIRST.
const OPENS = new Uint8Array(128);
const GOES_ON = new Uint8Array(128 * 128);
for (const first of FIRST) {
  OPENS[first] = 1;
  for (const second of SECOND[String.fromCharCode(first)] ?? '')
    GOES_ON[first * 128 + second.charCodeAt(0)] = 1;
}

/**
 * Whether MULTIPLIER may match at `end`: false only when its word cannot start there. After the
 * optional space, an ASCII character that opens no word, or an ASCII letter or digit after the
 * word's first letter that goes on none of the words that letter opens (and would, glued to a
 * one-letter word, fail its lookahead), rule it out; anything else is asked of the regex.
 */
export function mayScale(text: string, end: number): boolean {
  let at = end;
  if (isSpaceCode(text.charCodeAt(at))) at++;
  // No read past the end (it gave NaN, and deoptimised this the first time a text ended there): past
  // it, both tests below are skipped, as they were for NaN, and the regex has the last word.
  const first = at < text.length ? text.charCodeAt(at) : 128;
  if (first < 128) {
    const lower = first | 32;
    if (!isAsciiLetter(first) || OPENS[lower] !== 1) return false;
    const second = at + 1 < text.length ? text.charCodeAt(at + 1) : 128;
    if (second < 128 && asciiAlnum(second) && GOES_ON[lower * 128 + (second | 32)] !== 1) return false;
  }
  MULTIPLIER_AT.lastIndex = end;
  return MULTIPLIER_AT.test(text);
}

/**
 * Whether PREFIX may match before `start`: it ends with "$", a sign, a code's letter or "rs.",
 * then at most one space. An ASCII character that is none of these rules it out (most numbers are
 * preceded by a space and a digit or punctuation); anything outside ASCII is left to the regex.
 */
export function mayEndPrefix(text: string, start: number): boolean {
  if (start < 1) return false;
  const last = text.charCodeAt(start - 1);
  if (endsPrefix(last)) return true;
  return start >= 2 && isSpaceCode(last) && endsPrefix(text.charCodeAt(start - 2));
}

// Module-level, not nested: these run for every number.
const endsPrefix = (c: number) => c >= 128 || isAsciiLetter(c) || c === DOLLAR || c === DOT;
const opensWord = (c: number) => c >= 128 || isAsciiLetter(c) || c === DOLLAR;

/**
 * Whether a multiplier or a currency may follow at `end`: after at most one space, a letter, "$"
 * or a character outside ASCII (a sign, 万). The common case, a comma, a newline or a space before
 * a digit, is told without running the two regexes.
 */
export function mayStartWord(text: string, end: number): boolean {
  // opensWord and isSpaceCode of an ASCII unit as one load (most numbers end before one). Nothing past
  // the end is read: NaN there failed both tests, as the bounds do.
  if (end >= text.length) return false;
  const first = text.charCodeAt(end);
  if (first >= 128) return true;
  const kind = WORD_START[first];
  if (kind !== AFTER_SPACE) return kind === OPENS_WORD;
  return end + 1 < text.length && opensWord(text.charCodeAt(end + 1));
}

// Per ASCII unit, for mayStartWord: OPENS_WORD (opensWord: a letter or "$", 36), AFTER_SPACE (an ASCII
// \s: the next unit decides), else 0.
const OPENS_WORD = 1;
const AFTER_SPACE = 2;
const WORD_START = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  WORD_START[c] = isAsciiLetter(c) || c === 36 ? OPENS_WORD : isSpaceCode(c) ? AFTER_SPACE : 0;

/** The regex /^\p{LC}/u on the one code unit at `end`. */
export function startsCased(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === c && isCasedPoint(c);
}

export const DOLLAR = 36;
export const DOT = 46;
export const COMMA = 44;
