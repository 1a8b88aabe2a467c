import { digitsOf } from '../normalize';
import { cardStarts, matchesAtRuns } from '../digit-run-starts';
import { hasAsciiDigit } from '../pattern-gates';
import type { Detector } from '../types';

export const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
// CARD tried only at the digit runs that begin 13 digits spaced as a card's can be (digit-run-starts.ts).
const CARD_AT = new RegExp(CARD.source, 'y');

/** The Luhn check digit test every payment card number passes. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Payment card numbers (13–19 digits, spaced or not) that pass the Luhn check. */
export const paymentCardDetector: Detector = {
  id: 'payment-card',
  role: 'pattern',
  // A card number is digits: a text without one has none.
  detect: (text) =>
    (hasAsciiDigit(text) ? matchesAtRuns(text, CARD_AT, cardStarts) : [])
      .filter((m) => {
        const digits = digitsOf(m[0]);
        return luhn(digits) && !/^0+$/.test(digits);
      })
      .map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'ID' as const,
        source: 'pattern: payment card',
      })),
};
