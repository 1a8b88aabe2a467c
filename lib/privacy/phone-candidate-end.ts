/**
 * Whether no candidate of the phone matcher (phone-matcher.ts: the library's PATTERN, its digits,
 * punctuation and extensions) can hold the character at `at`: then a candidate that ends there is
 * not cut short by the pattern's bounds, and no candidate starting before it reaches past it.
 * Every candidate ends with a digit or "#", so one holding `at` runs on from it over characters of
 * the pattern to a digit or "#": where the characters from `at` that the pattern holds, none a digit
 * or "#", stop at one it never holds (or at the text's end), none does. A CSV field after a number
 * (",home", ", High St") or a line break ends its candidates; ", ext 12", ",12" or a space and a digit
 * do not.
 */

import { classOf, PUNCTUATION } from './phone-run-chars';

/** Per ASCII code: 0, the pattern never holds it; 1, it may, and it is no digit or "#"; 2, a digit or "#". */
const HELD = new Uint8Array(128);
// The pattern's ASCII characters (case-insensitive, as it reads): its punctuation and leads
// ("-/. ()[]~+"), the extensions' separators and marks (" \t,;:=#~.-") and the letters of "ext",
// "extension", "anexo" and "int".
for (const c of '-/. ()[]~+\t,;:=aeinostxAEINOSTX') HELD[c.charCodeAt(0)] = 1;
for (const c of '0123456789#') HELD[c.charCodeAt(0)] = 2;

/** How far to look: past this many characters the pattern may hold, the answer is no. */
const LOOK = 16;

export function noCandidateHolds(text: string, at: number): boolean {
  const last = Math.min(text.length, at + LOOK);
  for (let i = at; i < last; i++) {
    const c = text.charCodeAt(i);
    // Outside ASCII: the library's punctuation, brackets and full-width "+" are read on over, as
    // ASCII's are (a letter's "+33 1 65 19 99 63 — merci" ends its number at "m"); digits of other
    // scripts, full-width marks and the Cyrillic label are not worked out (no). Reading on over a
    // character the pattern never holds only reaches one that answers.
    if (c >= 128) {
      if (classOf(c) === PUNCTUATION) continue;
      return false;
    }
    const held = HELD[c] ?? 0;
    if (held === 0) return true;
    if (held === 2) return false;
  }
  return last === text.length;
}
