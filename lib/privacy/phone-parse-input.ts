/**
 * parse.js's parseInput for parsePhoneNumber (v2) in libphonenumber-js 1.13, for phone-parse.ts:
 * from a candidate text to the formatted number and its extension, with the library's own
 * expressions (constants.js, isViablePhoneNumber.js, createExtensionPattern.js), copied as they
 * are. What is not copied answers LIBRARY: an RFC 3966 phone-context, and the characters parsing
 * maps that are not ASCII (full-width "+", digits of other scripts).
 * Licence: the copied logic and patterns are libphonenumber-js's (MIT, (c) 2016 catamphetamine).
 */
import { MIN_LENGTH_FOR_NSN } from './phone-numbering';

/** The answer that tells the caller to ask the library. */
export const LIBRARY = 'library';

const VALID_DIGITS = '0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9';
const PLUS_CHARS = '+\uFF0B';
const VALID_PUNCTUATION =
  '-\u2010-\u2015\u2212\u30FC\uFF0D' +
  '\uFF0F/' +
  '\uFF0E.' +
  ' \u00A0\u00AD\u200B\u2060\u3000' +
  '()\uFF08\uFF09\uFF3B\uFF3D\\[\\]' +
  '~\u2053\u223C\uFF5E';

const EXT_DIGITS = `[${VALID_DIGITS}]`;
/** createExtensionPattern(). */
export const EXTENSION =
  `;ext=(${EXT_DIGITS}{1,20})` +
  `|[ \\xA0\\t,]*(?:e?xt(?:ensi(?:o\\u0301?|\\xF3))?n?|\\uFF45?\\uFF58\\uFF54\\uFF4E?|\\u0434\\u043E\\u0431|anexo)[:\\.\\uFF0E]?[ \\xA0\\t,-]*(${EXT_DIGITS}{1,20})#?` +
  `|[ \\xA0\\t,]*(?:[x\\uFF58#\\uFF03~\\uFF5E]|int|\\uFF49\\uFF4E\\uFF54)[:\\.\\uFF0E]?[ \\xA0\\t,-]*(${EXT_DIGITS}{1,9})#?` +
  `|[- ]+(${EXT_DIGITS}{1,6})#` +
  `|[ \\xA0\\t]*(?:,{2}|;)[:\\.\\uFF0E]?[ \\xA0\\t,-]*(${EXT_DIGITS}{1,15})#?` +
  `|[ \\xA0\\t]*(?:,)+[:\\.\\uFF0E]?[ \\xA0\\t,-]*(${EXT_DIGITS}{1,9})#?`;
/** extractExtension's EXTN_PATTERN. */
const EXTENSION_AT_END = new RegExp(`(?:${EXTENSION})$`, 'i');
/**
 * Every alternative of EXTENSION holds one of these (";", ",", "#", "~", the "x" of "ext", "x" or
 * "int", "a" of "anexo", the Cyrillic or full-width labels), in either case as /i reads them
 * without /u: a character outside ASCII never matches one inside, and U+1C81 (a Cyrillic "de")
 * folds to the Cyrillic label's first letter. Text without any has no extension, and the end
 * search, which tries every position, is skipped (tests/unit/privacy/phone-parse-input.test.ts).
 */
export const EXTENSION_MARK = /[;,#~xXaAiI\uFF03\uFF5E\uFF58\uFF38\u0434\u0414\u1C81\uFF49\uFF29]/;

/** number.search(EXTN_PATTERN): where an extension at the end of `number` starts, or -1. */
export const extensionStart = (number: string): number =>
  EXTENSION_MARK.test(number) ? number.search(EXTENSION_AT_END) : -1;

const MAX_INPUT_STRING_LENGTH = 250;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const VALID_PHONE_NUMBER = `[${PLUS_CHARS}]{0,1}(?:[${VALID_PUNCTUATION}]*[${VALID_DIGITS}]){3,}[${VALID_PUNCTUATION}${VALID_DIGITS}]*`;
const VALID_PHONE_NUMBER_PATTERN = new RegExp(
  `^[${VALID_DIGITS}]{${MIN_LENGTH_FOR_NSN}}$|^${VALID_PHONE_NUMBER}(?:${EXTENSION})?$`,
  'i',
);
const PHONE_CONTEXT = ';phone-context=';
const ISDN_SUBADDRESS = ';isub=';
/** The characters parseIncompletePhoneNumber maps or drops that are not ASCII digits or "+". */
const NOT_COPIED = /[\uFF0B\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/;

export interface Input {
  /** The formatted number (from its first "+" or digit; extension cut off). */
  number: string;
  ext: string | undefined;
}

/**
 * extractFormattedPhoneNumber(text, undefined, true); undefined where it returns nothing or throws.
 * On text without the characters NOT_COPIED holds, PHONE_NUMBER_START_PATTERN is "+" or an ASCII
 * digit and AFTER_PHONE_NUMBER_END_PATTERN cuts after the last ASCII digit or "#": both are
 * found by scanning, not by searches (the end pattern's tries every position).
 */
function extractFormatted(text: string): string | undefined {
  if (!text || text.length > MAX_INPUT_STRING_LENGTH) return undefined;
  let start = 0;
  while (start < text.length && !isDigit(text.charCodeAt(start)) && text.charCodeAt(start) !== 0x2b) start++;
  if (start === text.length) return undefined;
  let end = text.length;
  while (end > start && !isDigit(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 0x23) end--;
  return text.slice(start, end);
}

/** extractExtension(number): the number without the extension, and the first captured group. */
function extractExtension(number: string): Input | undefined | typeof LIBRARY {
  const m = EXTENSION_MARK.test(number) ? EXTENSION_AT_END.exec(number) : null;
  if (!m) return undefined;
  for (let i = 1; i < m.length; i++) {
    const ext = m[i];
    if (ext) return { number: number.slice(0, m.index), ext };
  }
  // The library would then read `.ext` of undefined and throw a TypeError: leave it that.
  return LIBRARY;
}

/**
 * parseInput(text, true): the number and extension, null where parse throws (NOT_A_NUMBER,
 * TOO_SHORT, TOO_LONG) or gives no number, LIBRARY where this copy does not apply.
 */
export function parseInput(text: string): Input | null | typeof LIBRARY {
  if (text.includes(PHONE_CONTEXT) || NOT_COPIED.test(text)) return LIBRARY;
  let number = extractFormatted(text) ?? '';
  const isdn = number.indexOf(ISDN_SUBADDRESS);
  if (isdn > 0) number = number.substring(0, isdn);
  if (!number) return null;
  if (!(number.length >= MIN_LENGTH_FOR_NSN && VALID_PHONE_NUMBER_PATTERN.test(number))) return null;
  const stripped = extractExtension(number);
  if (stripped === LIBRARY) return LIBRARY;
  if (!stripped) return { number, ext: undefined };
  return stripped.number ? stripped : null;
}
