/**
 * Character tests for the forms readers' hand-written scanners. They say exactly what the
 * Unicode-property classes of the regexes they replace say (\p{N}, \p{LC}, \s), with a charCode
 * test for ASCII, where nearly all typed text is, and the property regex only past it.
 */

const NUMBER = /^\p{N}$/u;
const CASED = /^\p{LC}$/u;
const SPACE = /^\s$/u;

/** An ASCII digit, the \d of a regex; false past the end of the text (charCodeAt gives NaN). */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export const isDigitAt = (text: string, i: number): boolean => isDigitCode(text.charCodeAt(i));

/** An ASCII letter: the ASCII part of \p{LC}. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** \p{N} of one code point. */
export const isNumberPoint = (cp: number): boolean =>
  cp < 128 ? isDigitCode(cp) : NUMBER.test(String.fromCodePoint(cp));

/** \p{LC} of one code point. */
export const isCasedPoint = (cp: number): boolean =>
  cp < 128 ? isAsciiLetter(cp) : CASED.test(String.fromCodePoint(cp));

/** \s of one code unit (what a u-mode \s sees of a lone unit). */
export const isSpaceCode = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : c === c && SPACE.test(String.fromCharCode(c));

/**
 * The code point that ends just before `i`, as a u-mode lookbehind reads it: a surrogate pair is one
 * point, a lone surrogate its own. -1 at the start of the text.
 */
export function pointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Code units taken by the code point that ends just before `i`. */
export const unitsBefore = (cp: number): number => (cp > 0xffff ? 2 : 1);

// The last text's digit runs: the amounts, dates and phones readers of one text each walk them.
let runsText: string | undefined;
let runsOfText: readonly number[] = [];

/** [start, end, …] of each run of ASCII digits of `text`, found once per text. */
export function digitRuns(text: string): readonly number[] {
  if (text === runsText) return runsOfText;
  const runs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitAt(text, i)) continue;
    const start = i;
    while (isDigitAt(text, i + 1)) i++;
    runs.push(start, i + 1);
  }
  runsText = text;
  runsOfText = runs;
  return runs;
}
