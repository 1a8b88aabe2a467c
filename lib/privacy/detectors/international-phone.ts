import { isAsciiLetter, isDigitCode } from '../forms/chars';
import { codeRulesAt, possibleLengths } from '../phone-plans';
import type { Detector, Finding } from '../types';

/**
 * Phone numbers written with a country code that no country's plan holds valid: "+44 25 0313 8880".
 * The phone detector takes only what libphonenumber validates (its ranges are what keeps amounts,
 * ids and dates out in number-dense text); a number with a "+" and a calling code is a phone number
 * by how it is written, whether or not its range is one the metadata knows (a typo, a new range, a
 * number filed under the wrong country), and it went out whole.
 *
 * A "+" (after no letter, digit or "+") before digits in groups, one to three of " -./()" between
 * two groups, and nothing glued after: "+44 (0)20 7946 0958", "+7-912-345-67-89". Its digits open
 * with a calling code the metadata knows (the shortest, as the library reads one), and the rest is
 * as long as a national number of that code can be (isPossible). A plain decimal ("+1234.56") is
 * no number.
 */
export const internationalPhoneDetector: Detector = {
  id: 'international-phone',
  role: 'heuristic',
  detect: (text) => {
    const found: Finding[] = [];
    for (let plus = text.indexOf('+'); plus >= 0; plus = text.indexOf('+', plus + 1)) {
      const end = numberEnd(text, plus);
      if (end < 0 || !isPossible(digitsOf(text, plus + 1, end))) continue;
      // "(+852) 5611 0584": the bracket the code opens is withheld with it.
      const start =
        plus > 0 && text.charCodeAt(plus - 1) === OPEN && closesFirst(text, plus, end) ? plus - 1 : plus;
      found.push({ start, end, kind: 'PHONE', source: 'looks like a phone number' });
    }
    return found;
  },
};

/** The fewest and the most digits of a number written with its calling code (E.164: 15 at most). */
const LEAST_DIGITS = 8;
const MOST_DIGITS = 15;

/**
 * Where the number written from the "+" at `plus` ends, or -1 where none is written there: its
 * digit groups with the separators between them, LEAST_DIGITS to MOST_DIGITS digits in all.
 */
function numberEnd(text: string, plus: number): number {
  const before = plus > 0 ? text.charCodeAt(plus - 1) : -1;
  if (isAlphanumeric(before) || before === PLUS || before === UNDERSCORE) return -1;
  let i = plus + 1;
  if (!isDigitCode(text.charCodeAt(i))) return -1;
  let digits = 0;
  let end = i;
  let separators = 0; // since the last digit
  let decimal = true; // digits, then at most one "." and two digits: "+1234.56"
  let dots = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      digits++;
      end = i + 1;
      separators = 0;
      continue;
    }
    if (!isSeparator(c) || ++separators > 3) break;
    if (c === DOT) dots++;
    else decimal = false;
  }
  const after = text.charCodeAt(end);
  if (digits < LEAST_DIGITS || digits > MOST_DIGITS || isAlphanumeric(after) || after === PERCENT) return -1;
  if (decimal && dots === 1 && /\.\d{1,2}$/.test(text.slice(plus, end))) return -1;
  return end;
}

/** Whether the first bracket in text[from, to) is a closing one. */
function closesFirst(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN) return false;
    if (c === CLOSE) return true;
  }
  return false;
}

/** The ASCII digits of text[from, to). */
function digitsOf(text: string, from: number, to: number): string {
  let digits = '';
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) digits += text[i];
  return digits;
}

/**
 * Whether `digits` (after the "+") are a calling code the metadata knows and a national number of a
 * length some country of that code can have (phone-plans.ts' possibleLengths), with or without a
 * national prefix ("+44 (0)20 …").
 */
export function isPossible(digits: string): boolean {
  if (digits.charCodeAt(0) === ZERO) return false;
  for (let length = 1; length <= 3; length++) {
    const rules = codeRulesAt(length, Number(digits.slice(0, length)));
    if (!rules) continue;
    const national = digits.slice(length);
    const lengths = possibleLengths(digits.slice(0, length));
    const fits = (n: number) => lengths === null || lengths.includes(n);
    return (
      fits(national.length) ||
      rules.prefixes.some((p) => p.length > 0 && national.startsWith(p) && fits(national.length - p.length))
    );
  }
  return false;
}

const [PLUS, UNDERSCORE, DOT, ZERO, PERCENT, OPEN, CLOSE] = [43, 95, 46, 48, 37, 40, 41];
const isAlphanumeric = (c: number): boolean => isDigitCode(c) || isAsciiLetter(c);
// Between two groups: a space, a hyphen, a dot, a slash or a bracket.
const isSeparator = (c: number): boolean =>
  c === 32 || c === 45 || c === DOT || c === 47 || c === OPEN || c === CLOSE;
