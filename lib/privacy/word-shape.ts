/** What a word's characters say of its shape: capitals, letters, digits (names.ts, codes.ts ask). */
import { LETTER, LOWER, NUMBER, TABLE_LIMIT, UPPER, WORD_CHAR, wordCharClass } from './word-chars';

// The word predicates below run on every token of every request. Each answers from char codes (ASCII
// directly, other characters below TABLE_LIMIT from word-chars' table) and hands a word with any other
// character to its Unicode regex (the reference: tests/unit/privacy/word-shape.test.ts compares the two
// on generated words), since in ASCII \p{Lu} is A-Z, \p{Ll} a-z, \p{N} 0-9.
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The word-chars flags of `c` (ASCII included), or -1 where the table does not reach. */
function charFlags(c: number): number {
  if (c < 128) {
    if (isUpper(c)) return LETTER | UPPER | WORD_CHAR;
    if (isLower(c)) return LETTER | LOWER | WORD_CHAR;
    return isDigit(c) ? NUMBER | WORD_CHAR : 0;
  }
  return c < TABLE_LIMIT ? wordCharClass(c) : -1;
}

export const isCapitalised = (raw: string): boolean => {
  const flags = charFlags(raw.charCodeAt(0));
  return flags < 0 ? /^\p{Lu}/u.test(raw) : (flags & UPPER) !== 0;
};

/** Starts with a lower-case letter (\p{Ll}). */
export const startsLower = (raw: string): boolean => {
  const flags = charFlags(raw.charCodeAt(0));
  return flags < 0 ? /^\p{Ll}/u.test(raw) : (flags & LOWER) !== 0;
};

export const hasLetter = (raw: string): boolean => {
  for (let i = 0; i < raw.length; i++) {
    const flags = charFlags(raw.charCodeAt(i));
    if (flags < 0) return /\p{L}/u.test(raw);
    if (flags & LETTER) return true;
  }
  return false;
};

/** Upper case throughout, at least two letters: an acronym or shouted text (SPARC, NGO). */
export const isAllCaps = (raw: string): boolean => {
  let capitals = 0;
  for (let i = 0; i < raw.length; i++) {
    const flags = charFlags(raw.charCodeAt(i));
    if (flags < 0) return /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw);
    if (flags & UPPER) capitals++;
    else if (!(flags & NUMBER)) return false;
  }
  return capitals >= 2;
};

/** Inner capital after a lower-case letter: a brand-like coinage (iPad, BaseballCloud). */
export const isCamel = (raw: string): boolean => {
  let lowerBefore = false;
  for (let i = 0; i < raw.length; i++) {
    const flags = charFlags(raw.charCodeAt(i));
    if (flags < 0) return /\p{Ll}\p{Lu}/u.test(raw);
    if (lowerBefore && flags & UPPER) return true;
    lowerBefore = (flags & LOWER) !== 0;
  }
  return false;
};

/** True if `raw` holds an ASCII digit (what /\d/ matches). */
export const hasDigit = (raw: string): boolean => {
  for (let i = 0; i < raw.length; i++) if (isDigit(raw.charCodeAt(i))) return true;
  return false;
};
