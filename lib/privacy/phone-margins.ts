/**
 * Two checks phone-windows.ts makes on every run, by character codes: whether a run is "glued" to
 * the word before it (and so never read), and how far past a run the library can read (the window's
 * right margin). Both were regular-expression tests per character plus a slice and a digit-group
 * array per run, about a quarter of building the windows on a fresh table. Each is property-tested
 * against the regular-expression version it replaced (tests/unit/privacy/phone-margins.test.ts).
 */
import { RUN_CHARS } from './phone-runs';
import { DECIMAL_DIGITS } from './phone-unicode';

const ZERO = 0x30;
const NINE = 0x39;
const isAsciiDigit = (c: number): boolean => c >= ZERO && c <= NINE;
/** Where the library starts a candidate without looking at the character before it (LEAD_CLASS). */
const isLead = (c: number): boolean =>
  c === 0x28 || c === 0x5b || c === 0x2b || c === 0xff08 || c === 0xff3b || c === 0xff0b;
const isLatinOrPercent = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x25;
/** [A-Za-z\u00C0-\u024F] or a combining acute (U+0301), as in "extensión" typed decomposed. */
const isLatin = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || c === 0x301;

/** The library's Latin extension labels (createExtensionPattern), however a word of letters ends. */
const EXTENSION_LABELS = new Set(
  ['x', 'xt', 'xtn', 'ext', 'extn', 'int', 'anexo'].concat(
    ['xtensi', 'extensi'].flatMap((w) => [
      w + 'on',
      w + 'o\u0301n',
      w + '\u00f3n',
      w + 'o',
      w + 'o\u0301',
      w + '\u00f3',
    ]),
  ),
);
const LONGEST_BLOCK = 20;
const LONGEST_LABEL = Math.max(...[...EXTENSION_LABELS].map((l) => l.length));
/** The labels' first letters, lower case ("x", "e", "i", "a"). */
const LABEL_HEADS = [...new Set([...EXTENSION_LABELS].map((l) => l.charCodeAt(0)))];

/**
 * A run text[start, end) of one group of ASCII digits (no brackets, no "+") right after a Latin
 * letter or "%" ("TX5917890723", "BARC4095699618") gives the library one candidate, which it rejects
 * for the letter before it without parsing (isValidCandidate), and no inner match (those start after
 * a separator).
 */
export function glued(text: string, start: number, end: number): boolean {
  let groups = 0;
  let first = -1;
  let digits = 0;
  let inGroup = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLead(c)) return false;
    if (isAsciiDigit(c)) {
      if (!inGroup && ++groups > 1) return false;
      if (first < 0) first = i;
      inGroup = true;
      digits++;
    } else inGroup = false;
  }
  if (groups !== 1 || digits > LONGEST_BLOCK) return false;
  if (first === 0 || !isLatinOrPercent(text.charCodeAt(first - 1))) return false;
  // Unless the letters are an extension label: a number before it may have its extension take the
  // group's first digits, and the library then reads on from inside the group.
  let from = first - 1;
  while (from > 0 && isLatin(text.charCodeAt(from - 1))) from--;
  // Most letters before a run are no label ("TX", "BARC", "ACC"): told by the first letter and the
  // length, without a slice and its lower-case copy. Lower-casing never shortens a stretch of these
  // letters, and only an ASCII letter lower-cases to the ASCII first letter of a label.
  const head = text.charCodeAt(from) | 0x20;
  if (first - from > LONGEST_LABEL || !LABEL_HEADS.includes(head)) return true;
  return !EXTENSION_LABELS.has(text.slice(from, first).toLowerCase());
}

/** \p{Nd} on one UTF-16 unit (a lone surrogate is not a digit), ASCII by code, others cached
 * (1: digit, 2: not; 0: not worked out yet). */
const ND = /\p{Nd}/u;
const UNIT_DIGIT = new Uint8Array(0x10000);
function isDigitUnit(text: string, at: number, c: number): boolean {
  if (c < 128) return isAsciiDigit(c);
  let k = UNIT_DIGIT[c] ?? 0;
  if (k === 0) UNIT_DIGIT[c] = k = ND.test(text[at] ?? '') ? 1 : 2;
  return k === 1;
}
/** [ \xA0\t,;] */
const isExtensionStart = (c: number): boolean =>
  c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x2c || c === 0x3b;
/** [ \xA0\t,\-:.\uFF0E] */
const isExtensionGap = (c: number): boolean =>
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x09 ||
  c === 0x2c ||
  c === 0x2d ||
  c === 0x3a ||
  c === 0x2e ||
  c === 0xff0e;
/** Longest extension label with its punctuation ("extensio\u0301n."), and extension digits. */
const LABEL = 12;
const EXTENSION_DIGITS = 20;
/** After a candidate the library reads one character, and ":mm" after a time of day. */
const LOOKAHEAD = 4;
const NEWLINE = 0x0a;

/**
 * How far the library can read past a run that ends at `end`: an extension (separators, a label,
 * punctuation, separators, up to 20 digits, "#": createExtensionPattern) and then LOOKAHEAD. Each step
 * takes a superset of what the library's pattern takes there, so the window holds whatever it reads.
 */
export function reach(text: string, end: number): number {
  const n = text.length;
  let at = end;
  while (at < n && isExtensionStart(text.charCodeAt(at))) at++;
  for (let k = 0; k < LABEL && at < n; k++, at++) {
    const c = text.charCodeAt(at);
    if (c === NEWLINE || isDigitUnit(text, at, c)) break;
  }
  while (at < n && isExtensionGap(text.charCodeAt(at))) at++;
  for (let k = 0; k < EXTENSION_DIGITS && at < n && isDigitUnit(text, at, text.charCodeAt(at)); k++) at++;
  // at < n: a read past the end (NaN, no "#") threw the optimized code away the first time.
  if (at < n && text.charCodeAt(at) === 0x23) at++;
  return at + LOOKAHEAD;
}

// The library's extension pattern (createExtensionPattern) up to its digits: what can stand between
// a candidate's last digit and extension digits. Copied from libphonenumber-js, in its order.
const EXTENSION_LEAD = new RegExp(
  '^(?:;ext=' +
    '|[ \\xA0\\t,]*(?:e?xt(?:ensi(?:o\\u0301?|\\xF3))?n?|\\uFF45?\\uFF58\\uFF54\\uFF4E?|\\u0434\\u043E\\u0431|anexo)[:\\.\\uFF0E]?[ \\xA0\\t,-]*' +
    '|[ \\xA0\\t,]*(?:[x\\uFF58#\\uFF03~\\uFF5E]|int|\\uFF49\\uFF4E\\uFF54)[:\\.\\uFF0E]?[ \\xA0\\t,-]*' +
    '|[ \\xA0\\t]*(?:,{2}|;)[:\\.\\uFF0E]?[ \\xA0\\t,-]*' +
    '|[ \\xA0\\t]*(?:,)+[:\\.\\uFF0E]?[ \\xA0\\t,-]*)$',
  'i',
);
/** Past this many characters without a digit, assume an extension can lead in (never happens). */
const LEAD_REACH = 64;

/**
 * Whether an extension can end right before `at` in `text` (a group's first digit): only then can
 * the library's next candidate start inside that group, after the digits the extension took.
 * The extension follows a candidate's last digit, so the text since the previous digit must be one
 * of the pattern's leads; a line break or the window's start (`from`) stops it.
 */
export function extensionMayEndAt(text: string, from: number, at: number): boolean {
  let p = at;
  while (p > from) {
    const c = text.charCodeAt(p - 1);
    if (c >= ZERO && c <= NINE) break;
    if (c === NEWLINE) return false;
    if (at - p >= LEAD_REACH) return true;
    p--;
  }
  return p > from && EXTENSION_LEAD.test(text.slice(p, at));
}

/** The library's decimal digits (its matcher's pNd) and its candidate characters other than digits
 * (RUN_CHARS less \p{Nd}: PATTERN's leads and punctuation), per UTF-16 unit (1: yes, 2: no, 0: not
 * worked out yet). Both lists are BMP only, so one unit is one character. */
const LIBRARY_DIGIT = new RegExp(`^[${DECIMAL_DIGITS}]$`);
const CANDIDATE_CHAR = new RegExp(`^${RUN_CHARS}$`, 'u');
const DIGIT_UNIT = new Uint8Array(0x10000);
const LEAD_UNIT = new Uint8Array(0x10000);
function isLibraryDigit(c: number): boolean {
  if (c < 128) return isAsciiDigit(c);
  let k = DIGIT_UNIT[c] ?? 0;
  if (k === 0) DIGIT_UNIT[c] = k = LIBRARY_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
function isCandidateLead(c: number): boolean {
  let k = LEAD_UNIT[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    LEAD_UNIT[c] = k = !ND.test(ch) && CANDIDATE_CHAR.test(ch) ? 1 : 2;
  }
  return k === 1;
}

/**
 * Where the library's reading of a window text[from, to) can start without a change to what it
 * finds there (relative to the text): at the character before the stretch of candidate characters
 * that leads to the window's first digit. Every candidate holds a digit and opens with digits,
 * leads or punctuation only, so none starts before that character (it is none of them), and of the
 * text before a candidate the library reads only that character (isValidCandidate). The window's
 * cache key starts there too: the guard's copy of a window differs from redact's mostly in a left
 * margin a placeholder blanked (letter: every such window re-read missed the cache).
 */
export function readStart(text: string, from: number, to: number): number {
  let digit = from;
  while (digit < to && !isLibraryDigit(text.charCodeAt(digit))) digit++;
  let start = digit;
  while (start > from && isCandidateLead(text.charCodeAt(start - 1))) start--;
  return start - 1 > from ? start - 1 : from;
}
