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

/**
 * A one-point class regex, remembered per BMP code point: the answer is the regex's own, asked once
 * per point instead of once per character (prose outside ASCII asks it for nearly every letter).
 * Points past the BMP, rare, ask the regex each time.
 */
export function pointClass(re: RegExp): (cp: number) => boolean {
  // 0 not yet asked, 1 in the class, 2 not.
  const known = new Uint8Array(0x10000);
  return (cp) => {
    if (cp > 0xffff) return re.test(String.fromCodePoint(cp));
    let k = known[cp];
    if (k === 0) {
      k = re.test(String.fromCharCode(cp)) ? 1 : 2;
      known[cp] = k;
    }
    return k === 1;
  };
}

const numberPoint = pointClass(NUMBER);
const casedPoint = pointClass(CASED);
const spaceUnit = pointClass(SPACE);

/** \p{N} of one code point. */
export const isNumberPoint = (cp: number): boolean => (cp < 128 ? isDigitCode(cp) : numberPoint(cp));

/** \p{LC} of one code point. */
export const isCasedPoint = (cp: number): boolean => (cp < 128 ? isAsciiLetter(cp) : casedPoint(cp));

/** \s of one code unit (what a u-mode \s sees of a lone unit). */
export const isSpaceCode = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : c === c && spaceUnit(c);

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
