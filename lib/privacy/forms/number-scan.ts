import { isAsciiLetter, isCasedPoint, isDigitAt, isNumberPoint, isSpaceCode, pointBefore } from './chars';
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
 * With `shortest`, the numbers shorter than it with no word after them (mayStartWord: no multiplier
 * can follow) are not given to `each`. A chain of runs is told whole before its start is asked of
 * coreMayStart: a number starting at any run of the chain ends where the chain does (the walk from
 * that run takes the same steps), and is no longer than the chain, so all of them go at once.
 */
export function forEachCore(text: string, each: (start: number, end: number) => void, shortest = 0): void {
  const runs = digitRuns(text);
  const n = runs.length;
  for (let r = 0; r < n; r += 2) {
    const i = runs[r] ?? 0;
    let end = runs[r + 1] ?? i;
    let next = r + 2;
    for (;;) {
      const c = text.charCodeAt(end);
      if (next >= n || runs[next] !== end + 1) break;
      if (c === DOT || c === COMMA) end = runs[next + 1] ?? end;
      else if (isGroupSpace(c) && runs[next + 1] === end + 4) end += 4;
      else break;
      next += 2;
    }
    if (end - i < shortest && !mayStartWord(text, end)) {
      r = next - 2;
      continue;
    }
    if (!coreMayStart(text, i)) continue;
    each(i, end);
    // The runs the number took in start before its end: none of them starts one.
    r = next - 2;
  }
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
  const first = text.charCodeAt(end);
  if (opensWord(first)) return true;
  return isSpaceCode(first) && opensWord(text.charCodeAt(end + 1));
}

/** The regex /^\p{LC}/u on the one code unit at `end`. */
export function startsCased(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === c && isCasedPoint(c);
}

export const DOLLAR = 36;
export const DOT = 46;
export const COMMA = 44;
