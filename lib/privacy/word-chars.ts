/**
 * What tokenize() asks of a character below TABLE_LIMIT, read from a table instead of a Unicode
 * regex. Each entry is filled, the first time its character is asked about, from the very regexes
 * tokenize() used (so the two agree by construction; tests/unit/privacy/word-chars.test.ts checks every
 * code point anyway). The limit is the first surrogate: Latin, Greek, Cyrillic, punctuation, and the
 * Chinese, Japanese and Korean blocks are read from the table; surrogates (characters outside the
 * BMP) and the units above them (private use, compatibility and full-width forms) go to the regexes.
 */
export const TABLE_LIMIT = 0xd800;

/** Letter, mark or number: what WORD's [\p{L}\p{M}\p{N}] matches. */
export const WORD_CHAR = 1;
/** \p{N}: a run of these opens a new SCRIPT_RUN piece in a word that is not all ASCII. */
export const NUMBER = 2;
/** A letter of a script written without spaces (or ー): the word must be cut by SCRIPT_RUN itself. */
export const SPACELESS = 4;
const KNOWN = 8;
/** \p{L}, \p{Lu}, \p{Ll}: what the word predicates (normalize.ts) ask of a letter. */
export const LETTER = 16;
export const UPPER = 32;
export const LOWER = 64;

const table = new Uint8Array(TABLE_LIMIT);

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const NUMBER_RE = /\p{N}/u;
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const SPACELESS_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]/u;

/** Flags of char code `c`, which must be below TABLE_LIMIT. */
export function wordCharClass(c: number): number {
  let flags = table[c] ?? 0;
  if (flags === 0) {
    const ch = String.fromCharCode(c);
    flags =
      KNOWN |
      (WORD_RE.test(ch) ? WORD_CHAR : 0) |
      (NUMBER_RE.test(ch) ? NUMBER : 0) |
      (SPACELESS_RE.test(ch) ? SPACELESS : 0) |
      (LETTER_RE.test(ch) ? LETTER : 0) |
      (UPPER_RE.test(ch) ? UPPER : 0) |
      (LOWER_RE.test(ch) ? LOWER : 0);
    table[c] = flags;
  }
  return flags;
}
