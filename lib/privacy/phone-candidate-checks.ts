/**
 * The library matcher's tests of a candidate (libphonenumber-js 1.13: isValidPreCandidate,
 * isValidCandidate at leniency VALID, and the cut of unwanted characters at a candidate's end),
 * copied for phone-matcher.ts with its regular expressions. Licence as phone-matcher.ts says.
 */
import { isInvalidPunctuationSymbol, isLatinLetter, LETTERS, NUMERALS } from './phone-unicode';

/** A character UNWANTED_END_CHAR_PATTERN ([^numerals letters #]+$) does not take, outside ASCII. */
const WANTED_AT_END = new RegExp(`[${NUMERALS}${LETTERS}#]`);

const SLASH_SEPARATED_DATES = /(?:(?:[0-3]?\d\/[01]?\d)|(?:[01]?\d\/[0-3]?\d))\/(?:[12]\d)?\d{2}/;
const TIME_STAMPS = /[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d$/;
const TIME_STAMPS_SUFFIX_LEADING = /^:[0-5]\d/;
const OPENING = '(\\[\\uFF08\\uFF3B';
const CLOSING = ')\\]\\uFF09\\uFF3D';
const NON_PARENS = `[^${OPENING}${CLOSING}]`;
const MATCHING_BRACKETS_ENTIRE = new RegExp(
  `^(?:[${OPENING}])?(?:${NON_PARENS}+[${CLOSING}])?${NON_PARENS}+(?:[${OPENING}]${NON_PARENS}+[${CLOSING}]){0,3}${NON_PARENS}*$`,
);
const PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** Whether isValidCandidate rejects a candidate with text[at] right before or after it. On ASCII,
 * isLatinLetter or isInvalidPunctuationSymbol is a letter, "%" or the currency symbol "$". */
function notBeside(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return isAsciiLetter(c) || c === 0x25 || c === 0x24;
  const ch = text[at] ?? '';
  return isLatinLetter(ch) || isInvalidPunctuationSymbol(ch);
}
/** LEAD_CLASS at the start: [(\[\uFF08\uFF3B+\uFF0B]. */
const LEADS = new Set([0x28, 0x5b, 0xff08, 0xff3b, 0x2b, 0xff0b]);

const isAsciiWord = (c: number): boolean => (c >= 48 && c <= 57) || isAsciiLetter(c);

/**
 * trimAfterFirstMatch(UNWANTED_END_CHAR_PATTERN, s): the pattern's first match is the run of
 * unwanted characters (code units: no /u) that ends the string, so this cuts that run, found from
 * the end instead of by a search that tries every position.
 */
export function trimUnwantedEnd(s: string): string {
  let end = s.length;
  for (; end > 0; end--) {
    const c = s.charCodeAt(end - 1);
    if (c < 0x80 ? isAsciiWord(c) || c === 35 : WANTED_AT_END.test(s[end - 1] ?? '')) break;
  }
  return end === s.length ? s : s.slice(0, end);
}

export function isValidPreCandidate(candidate: string, offset: number, text: string): boolean {
  // The date holds "/", the time stamp " " (cheap tests that skip the patterns).
  if (candidate.includes('/') && SLASH_SEPARATED_DATES.test(candidate)) return false;
  if (
    candidate.includes(' ') &&
    TIME_STAMPS.test(candidate) &&
    TIME_STAMPS_SUFFIX_LEADING.test(text.slice(offset + candidate.length))
  )
    return false;
  return true;
}

const BRACKET = /[()[\]\uFF08\uFF09\uFF3B\uFF3D]/;

export function isValidCandidate(candidate: string, offset: number, text: string): boolean {
  // Without brackets MATCHING_BRACKETS_ENTIRE reads [^brackets]+ (any non-empty candidate), and
  // PUB_PAGES needs "(".
  if (BRACKET.test(candidate)) {
    if (!MATCHING_BRACKETS_ENTIRE.test(candidate) || PUB_PAGES.test(candidate)) return false;
  } else if (!candidate) return false;
  if (offset > 0 && !LEADS.has(candidate.charCodeAt(0)) && notBeside(text, offset - 1)) return false;
  const last = offset + candidate.length;
  if (last < text.length && notBeside(text, last)) return false;
  return true;
}
