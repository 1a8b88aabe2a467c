/**
 * The characters phone runs are made of (phone-runs.ts), by class: what libphonenumber-js reads as a
 * candidate's characters. Apart from phone-runs.ts so that the forms' one walk of a text
 * (forms/text-scan.ts) can say whether a text holds a digit outside ASCII without a cycle of imports.
 */

/** The library's candidate characters (constants.js: punctuation, PLUS_CHARS, brackets) and \p{Nd}. */
export const RUN_CHARS =
  '[\\p{Nd}+\\uFF0B([\\uFF08\\uFF3B\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF0D\\uFF0F/\\uFF0E. \\xA0\\xAD\\u200B\\u2060\\u3000)\\uFF09\\uFF3D\\]~\\u2053\\u223C\\uFF5E]';

const RUN_CHAR = new RegExp(`^${RUN_CHARS}$`, 'u');
const DIGIT = /^\p{Nd}$/u;
export const NOT_RUN = 0;
export const PUNCTUATION = 1;
export const DIGIT_CHAR = 2;
export const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = DIGIT.test(ch) ? DIGIT_CHAR : RUN_CHAR.test(ch) ? PUNCTUATION : NOT_RUN;
}
/** Classes of code points outside ASCII, once worked out: BMP ones in a table (class + 1; 0 is not
 * known yet), others in a map. */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
export function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = BMP[codePoint] ?? 0;
    if (known !== 0) return known - 1;
  } else {
    const known = ASTRAL.get(codePoint);
    if (known !== undefined) return known;
  }
  const ch = String.fromCodePoint(codePoint);
  const k = DIGIT.test(ch) ? DIGIT_CHAR : RUN_CHAR.test(ch) ? PUNCTUATION : NOT_RUN;
  if (codePoint < 0x10000) BMP[codePoint] = k + 1;
  else ASTRAL.set(codePoint, k);
  return k;
}

/** Whether a code point outside ASCII is a decimal digit (\p{Nd} of another script). */
export const isOtherDigitPoint = (codePoint: number): boolean => classOf(codePoint) === DIGIT_CHAR;
