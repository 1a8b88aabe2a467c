import { fold } from './fold';
import { NUMBER, SPACELESS, TABLE_LIMIT, WORD_CHAR, wordCharClass } from './word-chars';

// fold() has its own module (fold.ts), part of this module's interface since before it moved.
export { fold };
const ASCII = /^[\x20-\x7e]*$/;

/** A word of the scanned text: offsets into the original, and its comparison form. */
export interface Token {
  start: number;
  end: number;
  /** The original characters (possessive 's excluded). */
  raw: string;
  /** Folded, apostrophes removed: what known values are compared on. */
  norm: string;
}

// Letters and digits, with inner apostrophes (O'Brien, don't). Punctuation and spacing separate words,
// which makes every comparison whitespace- and punctuation-insensitive.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’][sS]$/;

// Scripts written without spaces: where one meets Latin letters with no space ("ให้Thanakorn"), a
// new word begins. Digits stay with the script they touch ("12月3日" is one word, as before).
const SCRIPT_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー\p{N}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;

/** Appends the token for one word match (possessive 's excluded) at `index`. */
function pushToken(tokens: Token[], word: string, index: number): void {
  let raw = word;
  if (raw.length > 2 && POSSESSIVE.test(raw)) raw = raw.slice(0, -2);
  const folded = fold(raw);
  const norm = folded.includes("'") || folded.includes('’') ? folded.replace(/['’]/g, '') : folded;
  tokens.push({ start: index, end: index + raw.length, raw, norm });
}

/** The token for an ASCII word that is known to be one: its fold is its lower case. */
function pushAsciiToken(
  tokens: Token[],
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
  tokens.push({ start, end, raw, norm: apostrophe ? folded.replace(/'/g, '') : folded });
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
 * The words of `text`, as WORD's matches cut by SCRIPT_RUN give them. This runs over every character of
 * every request, so ASCII is read from char codes: a word wholly in ASCII is cut here, and the regex is
 * asked only where a character above 127 could be part of a word (from the word's start, or from where
 * the scan stands: where the regex's own scan would look next). tokenize-fast.test.ts compares the two.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
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
  return tokens;
}

/**
 * The tokens of WORD's next match from `from` on; returns where the scan goes on (the text's end if
 * none). Characters below TABLE_LIMIT are read from word-chars' table; the first one above it (or a
 * spaceless script's letter) hands the rest to the regexes (regexWordSlow), from the word's start, or
 * from where the skipping stands (nothing before it can start a match).
 */
function regexWord(tokens: Token[], text: string, from: number): number {
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
      if (flags & SPACELESS) return regexWordSlow(tokens, text, start);
      if (c >= 128) ascii = false;
      if (leadingNumbers && !(flags & NUMBER)) {
        leadingNumbers = false;
        if (i > start) split = i;
      }
    }
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
  if (ascii || split < 0) pushWord(tokens, text, start, i);
  else {
    pushToken(tokens, text.slice(start, split), start);
    pushToken(tokens, text.slice(split, i), split);
  }
  return i;
}

// Words outside ASCII recur (names, places, a language's small words), and each one's token took a
// slice, a possessive test, a fold lookup and two apostrophe searches: the last token of each word up
// to KEPT_LENGTH characters is kept by a hash of its characters and given again for the same ones.
const KEPT_LENGTH = 12;
const KEPT_SLOTS = 1024;
const keptWord: string[] = new Array<string>(KEPT_SLOTS).fill('');
const keptToken: Token[] = new Array<Token>(KEPT_SLOTS).fill({ start: 0, end: 0, raw: '', norm: '' });

/** pushToken for the word text[start, end), from the kept tokens where it is one of them. */
function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  const length = end - start;
  if (length > KEPT_LENGTH) return pushToken(tokens, text.slice(start, end), start);
  let h = length;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x9e3779b1);
  const slot = (h ^ (h >>> 15)) & (KEPT_SLOTS - 1);
  const word = keptWord[slot] as string;
  let same = word.length === length;
  for (let k = 0; same && k < length; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
  if (same) {
    const { raw, norm } = keptToken[slot] as Token;
    tokens.push({ start, end: start + raw.length, raw, norm });
    return;
  }
  const fresh = text.slice(start, end);
  pushToken(tokens, fresh, start);
  keptWord[slot] = fresh;
  keptToken[slot] = tokens[tokens.length - 1] as Token;
}

/** regexWord by the regexes alone: WORD's match, cut by SCRIPT_RUN where it is not all ASCII. */
function regexWordSlow(tokens: Token[], text: string, from: number): number {
  WORD.lastIndex = from;
  const match = WORD.exec(text);
  if (!match) return text.length;
  const word = match[0];
  if (ASCII.test(word)) pushToken(tokens, word, match.index);
  // Split where a spaceless script meets another.
  else for (const run of word.matchAll(SCRIPT_RUN)) pushToken(tokens, run[0], match.index + run.index);
  return match.index + word.length;
}

/** Comparison form of a whole value: its tokens' norms. */
export function normTokens(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}

// The word predicates (word-shape.ts), part of this module's interface since before they moved.
export { hasDigit, hasLetter, isAllCaps, isCamel, isCapitalised, startsLower } from './word-shape';

/** Only digits, keeping "+" out: phone numbers compare on this. */
export const digitsOf = (text: string): string => text.replace(/\D+/g, '');

// Every word-based detector scans the same text in a row; tokenising it once saves most of the cost.
// Logit mode scans three texts in turn at each token (the view's window, the guard's masked and raw
// windows), each growing: one remembered text made every one of them tokenise from scratch.
const CACHED_TEXTS = 3;
interface Cached {
  text: string;
  tokens: Token[];
}
const cache: Cached[] = []; // most recently used first

/**
 * tokenize(), remembered for the few most recent texts. Callers must not mutate the result. A text
 * that extends a remembered one (a logit draft, a token at a time) is tokenised again only after the
 * last whitespace of the old text: no word match contains whitespace, so the matches before it are
 * final and a scan started there finds the same matches as one started at the beginning.
 */
export function tokensOf(text: string): Token[] {
  let base: Cached | undefined;
  for (let k = 0; k < cache.length; k++) {
    const entry = cache[k] as Cached;
    if (entry.text === text) {
      if (k > 0) cache.unshift(...cache.splice(k, 1));
      return entry.tokens;
    }
    // The longest remembered text this one extends keeps the most tokens.
    if (
      entry.text.length < text.length &&
      (!base || entry.text.length > base.text.length) &&
      extendsText(text, entry.text)
    )
      base = entry;
  }
  const tokens = base ? extendTokens(text, base) : tokenize(text);
  cache.unshift({ text, tokens });
  // pop(), not a length set: the one entry over is dropped without a runtime call.
  if (cache.length > CACHED_TEXTS) cache.pop();
  return tokens;
}

/** The tokens of `text`, which extends `base.text`: the base's tokens before its last space, kept. */
function extendTokens(text: string, base: Cached): Token[] {
  const space = lastSpace(base.text);
  if (space <= 0) return tokenize(text);
  const old = base.tokens;
  // Tokens run in text order: the ones before the space are a prefix, found from the end.
  let kept = old.length;
  while (kept > 0 && (old[kept - 1]?.start ?? 0) >= space) kept--;
  const tail = tokenize(text.slice(space));
  // Fresh objects that nothing else holds: moved to their place in the whole text where they are.
  for (const t of tail) {
    t.start += space;
    t.end += space;
  }
  return old.slice(0, kept).concat(tail);
}

function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (/\s/.test(text[i] ?? '')) return i;
  return -1;
}

/**
 * `text.startsWith(prefix)`, written as a slice compared whole: on a growing draft of a few thousand
 * characters the builtin took about ten times longer (Node 20), and this runs at every generated token.
 */
function extendsText(text: string, prefix: string): boolean {
  return text.length >= prefix.length && text.slice(0, prefix.length) === prefix;
}
