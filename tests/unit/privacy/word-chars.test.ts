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
    for (let c = 0; c < TABLE_LIMIT; c++) {
      const ch = String.fromCharCode(c);
      const flags = wordCharClass(c);
      expect([c, (flags & WORD_CHAR) !== 0]).toEqual([c, WORD.test(ch)]);
      expect([c, (flags & NUMBER) !== 0]).toEqual([c, NUM.test(ch)]);
      expect([c, (flags & SPACELESS) !== 0]).toEqual([c, SPACELESS_SCRIPT.test(ch)]);
      expect([c, (flags & LETTER) !== 0]).toEqual([c, /\p{L}/u.test(ch)]);
      expect([c, (flags & UPPER) !== 0]).toEqual([c, /\p{Lu}/u.test(ch)]);
      expect([c, (flags & LOWER) !== 0]).toEqual([c, /\p{Ll}/u.test(ch)]);
      // Asked again, the table answers the same.
      expect(wordCharClass(c)).toBe(flags);
    }
  });
});
