// What a word looks like to the name finder (names.ts, cued-names.ts): its shape and where it stands.
import { ABBREVIATIONS } from './lexicon';
import {
  hasDigit,
  hasLetter,
  isAllCaps,
  isCamel,
  isCapitalised,
  startsLower,
  type Tokens,
} from './normalize';
import { LETTER, LOWER, NUMBER, TABLE_LIMIT, UPPER, WORD_CHAR, wordCharClass } from './word-chars';
import { isOrdinary, isWellKnown } from './words';

// Words with a digit are codes, not names (see detectors/codes.ts): "MCF7", "Web3".
const nameLikeSlow = (raw: string): boolean =>
  (isCapitalised(raw) || isCamel(raw)) && !hasDigit(raw) && hasLetter(raw);

/**
 * Capitalised or camel-case, no digit (and so a letter): what nameLikeSlow says, in one pass over the
 * characters instead of up to four, since the name finder asks it of every word. ASCII is read from
 * char codes, other characters below TABLE_LIMIT from word-chars' table; a word with any other
 * character goes to nameLikeSlow (tests/unit/privacy/word-shape.test.ts compares the two).
 */
export function nameLike(raw: string, norm: string): boolean {
  // A fold never holds a capital (\p{Lu}): a word that is its own norm has none, and so is not
  // capitalised or camel-case. Most words are (tokenize gives them one string for both).
  if (raw === norm) return false;
  // Capitalised (a capital first) or camel-case (a capital right after a lower-case letter) so far.
  let shaped = false;
  let lowerBefore = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) {
        lowerBefore = true;
        continue;
      }
      if (c >= 65 && c <= 90) {
        if (i === 0 || lowerBefore) shaped = true;
      } else if (c >= 48 && c <= 57) return false;
      lowerBefore = false;
      continue;
    }
    if (c >= TABLE_LIMIT) return nameLikeSlow(raw);
    const flags = wordCharClass(c);
    if (flags & UPPER && (i === 0 || lowerBefore)) shaped = true;
    lowerBefore = (flags & LOWER) !== 0;
  }
  return shaped;
}

const CONTRACTION = /^\p{L}+['’](?:m|ve|re|ll|d|t|s)$/iu;
// Derivational endings of ordinary vocabulary the word list may lack ("Telehealth" aside): a name
// rarely ends in them once the word is long.
export const ORDINARY_ENDING =
  /(?:tion|sion|ment|ness|ity|ism|ist|ology|ologist|ical|ics|able|ible|ive|ous|ful|less|ship|ance|ence|ize|ise|ization|isation|ware|ing)$/;
// An identifier from code: lower-case start, inner capitals ("catalogItemId"), unlike "iPad" or "eBay".
const CODE_IDENTIFIER = /^\p{Ll}{2,}\p{Lu}/u;

/**
 * A word (its raw and norm forms) that is neither ordinary English nor a well-known name: the signal
 * of a private name.
 */
export function isUnknownWord(raw: string, norm: string): boolean {
  if (norm.length < 3) return false;
  // What the word predicates below ask of `raw`, read in one pass (ASCII from char codes, the table
  // below TABLE_LIMIT; a word with any other character goes to the predicates themselves).
  let letter = false;
  let apostrophe = false;
  let capitals = 0;
  let allCaps = true;
  let camel = false;
  let lowerBefore = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const flags = c < 128 ? (ASCII_FLAGS[c] ?? 0) : c < TABLE_LIMIT ? wordCharClass(c) : -1;
    if (flags < 0) return isUnknownSlow(raw, norm);
    if (c === 39 || c === 0x2019) apostrophe = true;
    if (flags & LETTER) letter = true;
    if (flags & UPPER) {
      capitals++;
      if (lowerBefore) camel = true;
    } else if (!(flags & NUMBER)) allCaps = false;
    lowerBefore = (flags & LOWER) !== 0;
  }
  if (!letter) return false;
  return unknownByShape(raw, norm, apostrophe, startsLower(raw), allCaps && capitals >= 2, camel);
}

/** isUnknownWord's answer from the word predicates, each asked of `raw` on its own. */
function isUnknownSlow(raw: string, norm: string): boolean {
  if (!hasLetter(raw)) return false;
  const apostrophe = raw.includes("'") || raw.includes('’');
  return unknownByShape(raw, norm, apostrophe, startsLower(raw), isAllCaps(raw), isCamel(raw));
}

/** The rest of isUnknownWord, given what the predicates say of a word with a letter. */
function unknownByShape(
  raw: string,
  norm: string,
  apostrophe: boolean,
  lowerFirst: boolean,
  allCaps: boolean,
  camel: boolean,
): boolean {
  // Each regex is asked only where it can match: a contraction has an apostrophe, an identifier starts
  // with a lower-case letter (most words asked about here are capitalised).
  if (apostrophe && CONTRACTION.test(raw)) return false;
  if (lowerFirst && CODE_IDENTIFIER.test(raw)) return false;
  // Short acronyms are mostly jargon (TV, NFT, SKU); longer ones and spelled-out names are kept as names.
  if (allCaps) return !isOrdinary(norm);
  if (camel) return !isWellKnown(norm);
  if (norm.length >= 9 && ORDINARY_ENDING.test(norm)) return false;
  return !isOrdinary(norm);
}

/** The word-chars flags of an ASCII character (what word-shape.ts reads from char codes). */
function asciiFlags(c: number): number {
  if (c >= 97 && c <= 122) return LETTER | LOWER | WORD_CHAR;
  if (c >= 65 && c <= 90) return LETTER | UPPER | WORD_CHAR;
  return c >= 48 && c <= 57 ? NUMBER | WORD_CHAR : 0;
}
// asciiFlags by char code: one load per character of every word isUnknownWord reads.
const ASCII_FLAGS = Uint8Array.from({ length: 128 }, (_, c) => asciiFlags(c));

// The characters of startsSentence's regex class, by code: a mark is asked of every gap of every run,
// and charAt of a character above Latin-1 (“, •, a dash) made a string to search the list with.
const SENTENCE_MARKS = '.!?:;\n\r"“(•*#>|';
const MARK_CODES = Array.from(SENTENCE_MARKS, (ch) => ch.charCodeAt(0));
const MARK_TABLE = new Uint8Array(Math.max(...MARK_CODES) + 1);
for (const c of MARK_CODES) MARK_TABLE[c] = 1;
const isSentenceMark = (c: number): boolean => c < MARK_TABLE.length && MARK_TABLE[c] === 1;

/** True if word `k` of `tokens` starts a sentence, a line or a list item, where capitals say nothing. */
export function startsSentence(text: string, tokens: Tokens, k: number): boolean {
  if (k <= 0) return true;
  const end = tokens.ends[k - 1] as number;
  const start = tokens.starts[k] as number;
  const norm = tokens.norms[k - 1] as string;
  // A one-character gap (a space, a comma, a full stop: most of them) answered without a slice or a
  // regex, with the same answers: no "-" plus white space fits in one character, so only the marks
  // below can say yes, and a full stop after an abbreviation says no.
  if (start === end + 1) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 44) return false;
    if (c === 46) return !(norm.length === 1 || ABBREVIATIONS.has(norm));
    return isSentenceMark(c);
  }
  // A longer gap read the same way (", " in a table, "\n\n" between paragraphs): a full stop, a mark,
  // and a hyphen only where /^\s*-\s/ can hold, which is the one regex left, asked of a gap with one.
  let stop = false;
  let mark = false;
  let hyphen = false;
  for (let i = end; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) stop = true;
    else if (c === 45) hyphen = true;
    else if (!mark && isSentenceMark(c)) mark = true;
  }
  if (stop) return !(norm.length === 1 || ABBREVIATIONS.has(norm));
  return mark || (hyphen && /^\s*-\s/.test(text.slice(end, start)));
}
