import { describe, expect, it } from 'vitest';
import {
  LETTER,
  LOWER,
  NUMBER,
  SPACELESS,
  TABLE_LIMIT,
  UPPER,
  WORD_CHAR,
  wordCharClass,
} from '../../../lib/privacy/word-chars';

// The regexes tokenize() reads characters above the table with: the table must say the same of
// every code point below TABLE_LIMIT.
const WORD = /[\p{L}\p{M}\p{N}]/u;
const NUM = /\p{N}/u;
const SPACELESS_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]/u;

describe('wordCharClass', () => {
  it('agrees with the Unicode regexes on every code point below the limit', () => {
    // Collected, not one expect per code point: the table reaches the first surrogate (55,296 units).
    const wrong: number[] = [];
    for (let c = 0; c < TABLE_LIMIT; c++) {
      const ch = String.fromCharCode(c);
      const flags = wordCharClass(c);
      const same =
        ((flags & WORD_CHAR) !== 0) === WORD.test(ch) &&
        ((flags & NUMBER) !== 0) === NUM.test(ch) &&
        ((flags & SPACELESS) !== 0) === SPACELESS_SCRIPT.test(ch) &&
        ((flags & LETTER) !== 0) === /\p{L}/u.test(ch) &&
        ((flags & UPPER) !== 0) === /\p{Lu}/u.test(ch) &&
        ((flags & LOWER) !== 0) === /\p{Ll}/u.test(ch) &&
        // Asked again, the table answers the same.
        wordCharClass(c) === flags;
      if (!same) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(TABLE_LIMIT).toBe(0xd800);
  });
});
