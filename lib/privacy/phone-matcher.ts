/**
 * findPhoneNumbersInText without parsing candidates that cannot be valid.
 * In a window that does hold a number, the library still parses every other candidate there (a
 * card number's whole and its four groups, an IP address's four parts, each 10-40 µs, for each
 * default country). This is the library's matcher (PhoneNumberMatcher.find, extractInnerMatch,
 * parsePreCandidate; isValidPreCandidate and isValidCandidate at leniency VALID are in
 * phone-candidate-checks.ts; libphonenumber-js 1.13, copied with its regular expressions and its
 * own Unicode lists, phone-unicode.ts) for text
 * with no decimal digit outside ASCII (the digits phone-candidates.ts models; the candidate
 * pattern's digit class then reads [0-9]); before parsing a candidate it asks phone-candidates.ts
 * whether any piece of the candidate's digits can be a valid number, and parses (parsePhoneNumber,
 * isPossible, isValid: phone-parse.ts's copy, else the library) only if so. The candidates, their
 * order and the scan's resumption are the library's, so the finds are too (property-tested against
 * findPhoneNumbersInText in tests/unit/privacy/phone-matcher.test.ts). Returns undefined where
 * it does not apply: text holding a digit outside ASCII, or an "xx" carrier-code mark (its check
 * is not copied).
 * Licence: the copied matcher logic and patterns are libphonenumber-js's (MIT, (c) 2016 catamphetamine),
 * itself a port of Google's libphonenumber (Apache-2.0); both licences ship in its npm package.
 */
import parsePhoneNumber from 'libphonenumber-js';
import { AT_0, NONE, startsMayHold } from './phone-candidates';
import { noCandidateHolds } from './phone-candidate-end';
import { LIBRARY, parseValidNumber } from './phone-parse';
import { EXTENSION, extensionStart } from './phone-parse-input';
import { countryRules, type CountryRules } from './phone-plans';
import { isValidCandidate, isValidPreCandidate, trimUnwantedEnd } from './phone-candidate-checks';
import { DECIMAL_DIGITS } from './phone-unicode';
import type { PhoneCountry, PhoneFind } from './phone-windows';

// constants.js, as the matcher builds them (createExtensionPattern: phone-parse-input.ts).
const PUNCTUATION =
  '[-\\u2010-\\u2015\\u2212\\u30FC\\uFF0D\\uFF0F/\\uFF0E. \\xA0\\xAD\\u200B\\u2060\\u3000()\\uFF08\\uFF09\\uFF3B\\uFF3D\\[\\]~\\u2053\\u223C\\uFF5E]{0,4}';
const LEAD_CLASS = '[(\\[\\uFF08\\uFF3B+\\uFF0B]';
/** The matcher's PATTERN; \p{Nd} (its pNd) is [0-9] on ASCII text. */
/** Its extension groups do not capture: only the whole match is read (nothing refers back). */
export const PATTERN_SOURCE = `(?:${LEAD_CLASS}${PUNCTUATION}){0,2}[0-9]{1,20}(?:${PUNCTUATION}[0-9]{1,20}){0,20}(?:${EXTENSION.replace(/\((?!\?)/g, '(?:')})?`;
const PATTERN = new RegExp(PATTERN_SOURCE, 'ig');
const PZ_CLASS = ' \\xA0\\u1680\\u180E\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const pZ = `[${PZ_CLASS}]`;
const PZ = `[^${PZ_CLASS}]`;
const INNER_MATCHES = [
  '/+(.*)',
  '(\\([^(]*)',
  `(?:${pZ}-|-${pZ})${pZ}*(.+)`,
  `[\\u2012-\\u2015\\uFF0D]${pZ}*(.+)`,
  `\\.+${pZ}*([^.]+)`,
  `${pZ}+(${PZ}+)`,
].map((source) => new RegExp(source, 'g'));
const SECOND_NUMBER_START = /[\\/] *x/;
/** The library's decimal digits outside ASCII: text holding one is left to the library. */
const OTHER_DIGIT = new RegExp(`[${DECIMAL_DIGITS.replace('0-9', '')}]`);
const CARRIER_MARK = /[xX][xX]/;

/** Per UTF-16 unit outside ASCII, whether OTHER_DIGIT takes it (1: yes, 2: no, 0: not worked out
 * yet). OTHER_DIGIT has no /u flag and only BMP ranges, so it reads a text one unit at a time. */
const OTHER_DIGIT_UNIT = new Uint8Array(0x10000);

/** Whether the copy below applies to `text`: it holds no decimal digit outside ASCII. By table, not
 * by a search with OTHER_DIGIT's 40-range class at every unit (prose outside ASCII paid for that). */
export function matcherApplies(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let k = OTHER_DIGIT_UNIT[c] ?? 0;
    if (k === 0) OTHER_DIGIT_UNIT[c] = k = OTHER_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    if (k === 1) return false;
  }
  return true;
}

const trimAfterFirstMatch = (re: RegExp, s: string): string => {
  const at = s.search(re);
  return at >= 0 ? s.slice(0, at) : s;
};

/** parse.js: extractFormattedPhoneNumber's bounds and extractExtension's pattern (no digit outside
 * ASCII: matcherApplies). */
const MAX_INPUT = 250;
const PLUS = 0x2b;
const FULL_PLUS = 0xff0b;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const ends = new Uint8Array(MAX_INPUT + 1);
const NOT_DIGIT = /[^0-9]/g;

/** candidate.search(/[+\uFF0B0-9]/): where parse reads the number from (no digit outside ASCII). */
function numberStart(candidate: string): number {
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (isDigit(c) || c === PLUS || c === FULL_PLUS) return i;
  }
  return -1;
}

/**
 * Whether parsing `candidate` can give a valid number. As parse does: the formatted number runs
 * from the first "+" or digit to the last digit or "#", an extension at its end is cut off, and the
 * NSN is what parsing strips from the front of the remaining digits (a national prefix, the calling
 * code, or an international prefix and a code) up to their end.
 */
function mayParseValid(candidate: string, r: CountryRules): boolean {
  if (candidate.length > MAX_INPUT) return false;
  const first = numberStart(candidate);
  if (first < 0) return false;
  // The end: the last digit or "#" (AFTER_PHONE_NUMBER_END_PATTERN cut).
  let end = candidate.length;
  while (end > first && !isDigit(candidate.charCodeAt(end - 1)) && candidate.charCodeAt(end - 1) !== 35)
    end--;
  let number = candidate.slice(first, end);
  const extension = extensionStart(number);
  if (extension >= 0) number = number.slice(0, extension);
  const digits = number.replace(NOT_DIGIT, ''); // one string, not one per digit appended
  if (digits.length === 0) return false;
  ends[digits.length] = 1;
  // After "+" the number is international; the library reads one after a full-width "+" as
  // national ("\uFF0B2554194495" is valid for IN), so that one is tried both ways.
  const plus = number.charCodeAt(0) === PLUS;
  const either = !plus && number.charCodeAt(0) === FULL_PLUS;
  const found = startsMayHold(digits, ends, plus ? NONE : AT_0, plus || either ? AT_0 : NONE, r);
  ends[digits.length] = 0;
  return found;
}

class Fallback extends Error {}

/** A parse that gave a possible and valid number, and its extension. */
interface Parsed {
  ext: string | undefined;
}
const INTERNATIONAL_CACHE = 1024;
/**
 * Candidate → outcome (null: not valid), for candidates written with "+": see parseValid. Two
 * generations of INTERNATIONAL_CACHE, the older dropped when the newer is full: one map cleared when
 * full dropped, in the middle of a list of a thousand numbers, the outcomes the next country's pass
 * was about to ask for.
 */
let international = new Map<string, Parsed | null>();
let internationalBefore = new Map<string, Parsed | null>();
const recall = (candidate: string): Parsed | null | undefined =>
  international.get(candidate) ?? internationalBefore.get(candidate);
function remember(candidate: string, outcome: Parsed | null): void {
  if (international.size >= INTERNATIONAL_CACHE) {
    internationalBefore = international;
    international = new Map();
  }
  international.set(candidate, outcome);
}

/** Parses made (parseValid calls), modulo 2^30: read as the difference of two readings. */
let parses = 0;
export const parsesMade = (): number => parses;

/**
 * parsePhoneNumber(candidate, country) if possible and valid, else null: phone-parse.ts's copy of the
 * library's steps, or the library itself where the copy does not apply.
 */
function parseValid(candidate: string, country: PhoneCountry): Parsed | null {
  parses = (parses + 1) & 0x3fffffff;
  const outcome = parseValidNumber(candidate, country);
  if (outcome !== LIBRARY) return outcome ?? null;
  const number = parsePhoneNumber(candidate, country);
  return number?.isPossible() && number.isValid() ? { ext: number.ext } : null;
}

/**
 * A candidate whose number starts with "+" (its first "+" or digit is an ASCII "+"; no digit outside
 * ASCII here) is read as international: parse.js reads the calling code from the digits and uses the
 * default country only for a number without "+" (extractCountryCallingCode, getCountryByCallingCode
 * take no default), and mayParseValid then asks only international starts, which no country's rules
 * change. So its outcome is the same for every default country: worked out once (a letter's "+33 ..."
 * numbers were parsed three times; a list of a thousand was checked three times), then recalled.
 */
function parseAndVerify(
  candidate: string,
  offset: number,
  text: string,
  country: PhoneCountry,
  r: CountryRules,
): PhoneFind | undefined {
  if (!isValidCandidate(candidate, offset, text)) return undefined;
  // Most candidates open with a digit: no "+" to look for.
  const plus = !isDigit(candidate.charCodeAt(0)) && candidate.charCodeAt(numberStart(candidate)) === PLUS;
  let parsed = plus ? recall(candidate) : undefined;
  if (parsed === undefined) {
    // Recalled outcomes were worked out past these two checks (a carrier mark throws before any).
    if (!mayParseValid(candidate, r)) parsed = null;
    else {
      // containsOnlyValidXChars's carrier-code case is not copied: let the library read the text.
      if (CARRIER_MARK.test(candidate)) throw new Fallback();
      parsed = parseValid(candidate, country);
    }
    if (plus) remember(candidate, parsed);
  }
  if (!parsed) return undefined;
  // containsOnlyValidXChars, extension case: the digits after an "x" are the number's extension.
  for (let i = 0; i < candidate.length - 1; i++) {
    if (candidate[i] !== 'x' && candidate[i] !== 'X') continue;
    const ext = candidate.slice(i).replace(/[^0-9]/g, '');
    if (ext ? parsed.ext !== ext : parsed.ext) return undefined;
  }
  return { start: offset, end: offset + candidate.length };
}

function extractInnerMatch(
  substring: string,
  offset: number,
  text: string,
  country: PhoneCountry,
  r: CountryRules,
): PhoneFind | undefined {
  for (const inner of INNER_MATCHES) {
    inner.lastIndex = 0;
    let isFirst = true;
    for (let m = inner.exec(substring); m !== null; m = inner.exec(substring)) {
      if (isFirst) {
        const before = trimUnwantedEnd(substring.slice(0, m.index));
        const found = parseAndVerify(before, offset, text, country, r);
        if (found) return found;
        isFirst = false;
      }
      const candidate = trimUnwantedEnd(m[1] ?? '');
      const guess = substring.indexOf(candidate, m.index);
      const found = parseAndVerify(candidate, offset + guess, text, country, r);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * findPhoneNumbersInText(text, country) as offsets, or undefined where matcherApplies (`applies`)
 * fails. With `foundBefore` (another country's finds, in this text's offsets), a whole candidate that
 * no candidate can run on past (phone-candidate-end.ts: a line break, a CSV field after it) and that
 * another country found is taken as found, unparsed: parsed, it is either found (the same find) or
 * declined, and then what this country finds instead lies inside it (its inner matches; and no
 * candidate read after them runs on past its end), so it adds only finds inside a find already made.
 * A list of numbers that two countries' plans both accept ("07xxx xxxxxx": UK and India) is parsed
 * once a number, not twice. Callers that need the library's every find pass none.
 */
export function findInText(
  text: string,
  country: PhoneCountry,
  applies?: boolean,
  foundBefore?: (start: number, end: number) => boolean,
): PhoneFind[] | undefined {
  if (!(applies ?? matcherApplies(text))) return undefined;
  const r = countryRules(country);
  const finds: PhoneFind[] = [];
  try {
    let from = 0;
    for (;;) {
      PATTERN.lastIndex = from;
      let found: PhoneFind | undefined;
      for (let m = PATTERN.exec(text); m !== null && !found; m = found ? null : PATTERN.exec(text)) {
        // The second number's mark holds an "x".
        const candidate = m[0].includes('x') ? trimAfterFirstMatch(SECOND_NUMBER_START, m[0]) : m[0];
        if (!isValidPreCandidate(candidate, m.index, text)) continue;
        const end = m.index + candidate.length;
        found =
          foundBefore !== undefined &&
          candidate === m[0] &&
          noCandidateHolds(text, end) &&
          foundBefore(m.index, end)
            ? { start: m.index, end }
            : (parseAndVerify(candidate, m.index, text, country, r) ??
              extractInnerMatch(candidate, m.index, text, country, r));
      }
      if (!found) return finds;
      finds.push(found);
      from = found.end;
    }
  } catch (e) {
    if (e instanceof Fallback) return undefined;
    throw e;
  }
}
