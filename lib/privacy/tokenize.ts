import { fold } from './fold';
import { TokenBuilder, type Tokens } from './token-columns';
import { NUMBER, SPACELESS, TABLE_LIMIT, WORD_CHAR, wordCharClass } from './word-chars';

const ASCII = /^[\x20-\x7e]*$/;

// Letters and digits, with inner apostrophes (O'Brien, don't). Punctuation and spacing separate words,
// which makes every comparison whitespace- and punctuation-insensitive.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’][sS]$/;

// Scripts written without spaces: where one meets Latin letters with no space ("ให้Thanakorn"), a
// new word begins. Digits stay with the script they touch ("12月3日" is one word, as before).
const SCRIPT_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー\p{N}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;

/** A word match's raw form: the possessive 's excluded. */
const rawOf = (word: string): string => (word.length > 2 && POSSESSIVE.test(word) ? word.slice(0, -2) : word);

/** A raw form's comparison form: folded, apostrophes removed. */
function normOf(raw: string): string {
  const folded = fold(raw);
  return folded.includes("'") || folded.includes('’') ? folded.replace(/['’]/g, '') : folded;
}

/** Appends the token for one word match at `index`. */
function pushToken(tokens: TokenBuilder, word: string, index: number): void {
  const raw = rawOf(word);
  tokens.add(index, index + raw.length, raw, normOf(raw));
}

/**
 * The token for an ASCII word that is known to be one: its fold is its lower case. Its strings are not
 * kept by its characters as pushWord keeps other words': finding the slot (a hash of the characters,
 * then comparing them) cost more than the slice it saved (2.5 ns/char over table, log and letter).
 */
function pushAsciiToken(
  tokens: TokenBuilder,
  text: string,
  start: number,
  end: number,
  upper: boolean,
  apostrophe: boolean,
): void {
  // A possessive 's is left out, as POSSESSIVE does (the ’ form is not ASCII).
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83) && text.charCodeAt(end - 2) === 39) end -= 2;
  const raw = text.slice(start, end);
  // Most words have no capital and no apostrophe: their raw form is their comparison form.
  const folded = upper ? raw.toLowerCase() : raw;
  tokens.add(start, end, raw, apostrophe ? folded.replace(/'/g, '') : folded);
}

/** A word character in ASCII: what [\p{L}\p{M}\p{N}] matches below 128. */
const isWordChar = (c: number): boolean => c < 128 && ASCII_WORD[c] !== 0;
/** A character above ASCII that ends the ASCII word before it: no word character, and not ’. */
const endsAsciiWord = (c: number): boolean =>
  c < TABLE_LIMIT && c !== 0x2019 && !(wordCharClass(c) & WORD_CHAR);

// What tokenize() asks of an ASCII character, by its code (one load instead of three range tests):
// WORD_LOWER for a-z and 0-9, WORD_UPPER for A-Z, 0 for the rest.
const WORD_LOWER = 1;
const WORD_UPPER = 2;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] =
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? WORD_LOWER : c >= 65 && c <= 90 ? WORD_UPPER : 0;

/**
 * An ASCII character no word holds, that ends the word before it and after which the scan starts
 * afresh: neither a letter, a digit nor an apostrophe (which joins "don't"). The words between two
 * of them are those characters' own (token-splice.ts builds on it).
 */
export const isTokenSeparator = (c: number): boolean => c < 128 && c !== 39 && ASCII_WORD[c] === 0;

/**
 * The words of `text`, as WORD's matches cut by SCRIPT_RUN give them. This runs over every character of
 * every request, so ASCII is read from char codes: a word wholly in ASCII is cut here, and the regex is
 * asked only where a character above 127 could be part of a word (from the word's start, or from where
 * the scan stands: where the regex's own scan would look next). tokenize-fast.test.ts compares the two.
 */
export function tokenColumns(text: string): Tokens {
  // Room for a word every four characters: more than most texts hold (about one in six, log 0.21 at most).
  const tokens = new TokenBuilder((text.length >> 2) + 8, text.length);
  scanWords(tokens, text);
  return tokens.done();
}

/** Adds the words of `text` to `tokens`. */
export function scanWords(tokens: TokenBuilder, text: string): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      // No word character (a dash, a quote, a no-break space): an ASCII word after it is read here.
      if (c < TABLE_LIMIT && !(wordCharClass(c) & WORD_CHAR)) i++;
      else i = regexWord(tokens, text, i);
      continue;
    }
    let kind = ASCII_WORD[c] ?? 0;
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    let upper = kind === WORD_UPPER;
    // Reads checked against the length: one past the end gives NaN, and a NaN in c made every test on
    // it a floating-point one (twice as slow per character). At the end c is -1, no word character.
    for (;;) {
      c = ++i < length ? text.charCodeAt(i) : -1;
      if (c < 0) break;
      if (c >= 128) break;
      kind = ASCII_WORD[c] ?? 0;
      if (kind !== 0) {
        if (kind === WORD_UPPER) upper = true;
        continue;
      }
      // An apostrophe continues the word only before another word character.
      if (c === 39 && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) {
        apostrophe = true;
        // The next turn reads the word character after it (and notes a capital there).
        continue;
      }
      break;
    }
    // Not ASCII right after the word (a letter, an accent, ’, or an apostrophe before one): the regex
    // decides where this word ends. One that is no word character and no ’ (a no-break space between
    // digit groups, a dash) ends it where the regex would, and the word is all ASCII.
    if (c >= 128 ? !endsAsciiWord(c) : c === 39 && i + 1 < length && text.charCodeAt(i + 1) >= 128)
      i = regexWord(tokens, text, start);
    else pushAsciiToken(tokens, text, start, i, upper, apostrophe);
  }
}

/**
 * The tokens of WORD's next match from `from` on; returns where the scan goes on (the text's end if
 * none). Characters below TABLE_LIMIT are read from word-chars' table; the first one above it hands
 * the rest to the regexes (regexWordSlow), from the word's start, or from where the skipping stands
 * (nothing before it can start a match). A word holding a spaceless script's letter is cut as
 * SCRIPT_RUN cuts it, from the same table (spacelessRuns).
 */
function regexWord(tokens: TokenBuilder, text: string, from: number): number {
  const length = text.length;
  let start = from;
  for (; start < length; start++) {
    const c = text.charCodeAt(start);
    if (c >= TABLE_LIMIT) return regexWordSlow(tokens, text, start);
    if (wordCharClass(c) & WORD_CHAR) break;
  }
  if (start >= length) return length;
  let i = start;
  let ascii = true;
  let spaceless = false;
  // In a word not all ASCII, SCRIPT_RUN cuts a leading run of numbers from the rest (with no spaceless
  // letter, the rest is one run): `split` is where the rest starts, if both are there.
  let leadingNumbers = true;
  let split = -1;
  for (;;) {
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= TABLE_LIMIT) return regexWordSlow(tokens, text, start);
      const flags = wordCharClass(c);
      if (!(flags & WORD_CHAR)) break;
      if (flags & SPACELESS) spaceless = true;
      if (c >= 128) ascii = false;
      if (leadingNumbers && !(flags & NUMBER)) {
        leadingNumbers = false;
        if (i > start) split = i;
      }
    }
    // No read past the end (NaN would end the word all the same): the first text to end in a word
    // deoptimised this function with such a read, in whichever request met it first.
    if (i + 1 >= length) break;
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 0x2019) break;
    // An apostrophe continues the word only before another word character.
    const next = text.charCodeAt(i + 1);
    if (next >= TABLE_LIMIT) return regexWordSlow(tokens, text, start);
    if (!(next < TABLE_LIMIT && wordCharClass(next) & WORD_CHAR)) break;
    if (c >= 128) ascii = false;
    if (leadingNumbers) {
      leadingNumbers = false;
      split = i;
    }
    i++;
  }
  if (spaceless) spacelessRuns(tokens, text, start, i);
  else if (ascii || split < 0) pushWord(tokens, text, start, i);
  else {
    pushToken(tokens, text.slice(start, split), start);
    pushToken(tokens, text.slice(split, i), split);
  }
  return i;
}

/**
 * The tokens of the word text[start, end) (below TABLE_LIMIT) as SCRIPT_RUN cuts it: from a spaceless
 * letter or a number, a run of those; from anything else, a run up to the next spaceless letter (its
 * second branch takes numbers too). SCRIPT_RUN's spaceless scripts are word-chars' SPACELESS, and
 * \p{N} its NUMBER. Chinese and Japanese words went to the regexes: a fifth of the privacy stage there.
 */
function spacelessRuns(tokens: TokenBuilder, text: string, start: number, end: number): void {
  let at = start;
  while (at < end) {
    const first = wordCharClass(text.charCodeAt(at));
    let to = at + 1;
    if (first & (SPACELESS | NUMBER))
      while (to < end && wordCharClass(text.charCodeAt(to)) & (SPACELESS | NUMBER)) to++;
    else while (to < end && !(wordCharClass(text.charCodeAt(to)) & SPACELESS)) to++;
    pushToken(tokens, text.slice(at, to), at);
    at = to;
  }
}

// Words outside ASCII recur (names, places, a language's small words), and each one's token took a
// slice, a possessive test, a fold lookup and two apostrophe searches: the last token of each word up
// to KEPT_LENGTH characters is kept by a hash of its characters and given again for the same ones.
const KEPT_LENGTH = 12;
const KEPT_SLOTS = 1024;
const keptWord: string[] = new Array<string>(KEPT_SLOTS).fill('');
const keptRaw: string[] = new Array<string>(KEPT_SLOTS).fill('');
const keptNorm: string[] = new Array<string>(KEPT_SLOTS).fill('');

/** pushToken for the word text[start, end), from the kept tokens where it is one of them. */
function pushWord(tokens: TokenBuilder, text: string, start: number, end: number): void {
  const length = end - start;
  if (length > KEPT_LENGTH) return pushToken(tokens, text.slice(start, end), start);
  let h = length;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x9e3779b1);
  const slot = (h ^ (h >>> 15)) & (KEPT_SLOTS - 1);
  const word = keptWord[slot] as string;
  let same = word.length === length;
  for (let k = 0; same && k < length; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
  if (same) {
    const raw = keptRaw[slot] as string;
    tokens.add(start, start + raw.length, raw, keptNorm[slot] as string);
    return;
  }
  const fresh = text.slice(start, end);
  // pushToken's strings, kept with the word.
  const raw = rawOf(fresh);
  const norm = normOf(raw);
  tokens.add(start, start + raw.length, raw, norm);
  keptWord[slot] = fresh;
  keptRaw[slot] = raw;
  keptNorm[slot] = norm;
}

/** regexWord by the regexes alone: WORD's match, cut by SCRIPT_RUN where it is not all ASCII. */
function regexWordSlow(tokens: TokenBuilder, text: string, from: number): number {
  WORD.lastIndex = from;
  const match = WORD.exec(text);
  if (!match) return text.length;
  const word = match[0];
  if (ASCII.test(word)) pushToken(tokens, word, match.index);
  // Split where a spaceless script meets another.
  else for (const run of word.matchAll(SCRIPT_RUN)) pushToken(tokens, run[0], match.index + run.index);
  return match.index + word.length;
}
