import { ibanStarts, matchesAtRuns } from '../digit-run-starts';
import { hasAsciiDigit } from '../pattern-gates';
import type { Detector } from '../types';

export const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// IBAN tried only where two capitals open a run of digits (digit-run-starts.ts).
const IBAN_AT = new RegExp(IBAN.source, 'y');

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function ibanValid(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  // Digit by digit on the character codes, no string per letter: a letter's number has two digits,
  // so it shifts the remainder by 100. What the pattern matches holds only A-Z and 0-9; anything
  // else takes the first-written reading (checksumOf), whatever Number() makes of it.
  let rest = 0;
  for (let k = 0; k < iban.length; k++) {
    const code = iban.charCodeAt((k + 4) % iban.length);
    if (code >= 48 && code <= 57) rest = (rest * 10 + code - 48) % 97;
    else if (code >= 65 && code <= 90) rest = (rest * 100 + code - 55) % 97;
    else return checksumOf(iban.slice(4) + iban.slice(0, 4)) === 1;
  }
  return rest === 1;
}

/** The remainder as first written: letters to their numbers as strings, each digit through Number(). */
function checksumOf(moved: string): number {
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/** International bank account numbers with a valid checksum. */
export const ibanDetector: Detector = {
  id: 'iban',
  role: 'pattern',
  // An IBAN's check digits are \d{2}: a text without a digit has none.
  detect: (text) =>
    (hasAsciiDigit(text) ? matchesAtRuns(text, IBAN_AT, ibanStarts) : [])
      .filter((m) => ibanValid(m[0]))
      .map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'ID' as const,
        source: 'pattern: IBAN',
      })),
};
