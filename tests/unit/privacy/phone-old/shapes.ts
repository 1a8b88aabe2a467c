/**
 * Which default countries can find a valid number among a run's digits, decided from the library's
 * own metadata before the library parses anything. libphonenumber-js (leniency VALID) keeps a
 * candidate only when its national significant number matches the general pattern of a country
 * sharing the calling code (getNumberType starts there). In national form, for the default countries
 * here, that number is the candidate's digits with at most a national prefix cut from the front (their
 * metadata has no transform rule, which could add digits), so it is a contiguous piece of the run's
 * digits. A run none of whose pieces matches any pattern of the country's calling code holds no
 * national number for it; runs with "+" or the country's international prefix are left to the
 * library (any calling code, some with transform rules).
 * On a pasted table this drops dates, amounts and short ids, which used to cost 60-200 µs each per
 * country in the library.
 */
import metadata from 'libphonenumber-js/min/metadata';
import type { PhoneCountry } from '../../../../lib/privacy/phone-windows';

/** National significant numbers of +1, +44 and +91 have 7 to 13 digits (their general patterns). */
const SHORTEST = 7;

interface Shape {
  /** The general patterns of every country sharing the calling code, unanchored (see mayHoldNational). */
  pattern: RegExp;
  /** International prefix (IDD) digits: a run holding it followed by a number is read whole. */
  idd: string;
}

type CountryRow = readonly [string, string, string, ...unknown[]];
function shapeOf(country: PhoneCountry): Shape {
  const countries = metadata.countries as unknown as Record<string, CountryRow>;
  const own = countries[country];
  if (!own) throw new Error(`no phone metadata for ${country}`);
  const group = (metadata.country_calling_codes as Record<string, string[]>)[own[0]] ?? [country];
  // Countries sharing a code often share a pattern: each distinct one once (the same language).
  const patterns = [...new Set(group.map((c) => countries[c]?.[2]).filter((p): p is string => !!p))];
  // Not anchored at the end: a match at `i` says some piece starting there is a whole number.
  return { pattern: new RegExp(`(?:${patterns.map((p) => `(?:${p})`).join('|')})`), idd: own[1] };
}

const shapes = new Map<PhoneCountry, Shape>();
function shape(country: PhoneCountry): Shape {
  let s = shapes.get(country);
  if (!s) shapes.set(country, (s = shapeOf(country)));
  return s;
}

/**
 * Whether some piece of `digits` (ASCII) can be a valid national number for `country`. Any piece:
 * a candidate may start inside a group of digits (the library resumes there after an extension took
 * the group's first digits: "555 1234 x123456789012" goes on at "012").
 */
export function mayHoldNational(digits: string, country: PhoneCountry): boolean {
  if (country === 'US' && nanpIsOwn()) return mayHoldNanp(digits);
  // One search instead of a sticky test at every i: the search returns the smallest i where some
  // piece matches, so some i with room for SHORTEST digits matches exactly when that one has room.
  const at = digits.search(shape(country).pattern);
  return at >= 0 && at + SHORTEST <= digits.length;
}

/**
 * The +1 patterns as the metadata holds them: US's own, "[2-9]\d{9}|3\d{6}", then 21 more of other
 * NANP countries, each a 10-digit number starting with 2-9, so a search stops at a start exactly where
 * US's own pattern matches (a 10-digit piece from 2-9 or a 7-digit one from 3). The search over the
 * 22-way union was the largest single cost of a fresh table; this is the same answer by char codes.
 * Used only while the metadata's +1 union is exactly the one analysed (tests/unit/privacy/phone-shapes).
 */
export const NANP_UNION =
  '(?:(?:[2-9]\\d{9}|3\\d{6})|(?:(?:268|[58]\\d\\d|900)\\d{7})|(?:(?:264|[58]\\d\\d|900)\\d{7})|(?:(?:[58]\\d\\d|684|900)\\d{7})|(?:(?:246|[58]\\d\\d|900)\\d{7})|(?:(?:441|[58]\\d\\d|900)\\d{7})|(?:(?:242|[58]\\d\\d|900)\\d{7})|(?:(?:[58]\\d\\d|767|900)\\d{7})|(?:(?:[58]\\d\\d|900)\\d{7})|(?:(?:473|[58]\\d\\d|900)\\d{7})|(?:(?:[58]\\d\\d|671|900)\\d{7})|(?:(?:[58]\\d\\d|658|900)\\d{7})|(?:(?:345|[58]\\d\\d|900)\\d{7})|(?:(?:[58]\\d\\d|758|900)\\d{7})|(?:[58]\\d{9}|(?:67|90)0\\d{7})|(?:(?:[58]\\d\\d|664|900)\\d{7})|(?:(?:[589]\\d\\d|787)\\d{7})|(?:7215\\d{6}|(?:[58]\\d\\d|900)\\d{7})|(?:(?:[58]\\d\\d|649|900)\\d{7})|(?:(?:[58]\\d\\d|784|900)\\d{7})|(?:(?:284|[58]\\d\\d|900)\\d{7})|(?:[58]\\d{9}|(?:34|90)0\\d{7}))';
let nanpChecked: boolean | undefined;
const nanpIsOwn = (): boolean => (nanpChecked ??= shape('US').pattern.source === NANP_UNION);

/** mayHoldNational for US while the +1 union is NANP_UNION: some 10 digits from 2-9 or 7 from 3. */
export function mayHoldNanp(digits: string): boolean {
  for (let i = 0; i + SHORTEST <= digits.length; i++) if (nanpStartsAt(digits, i)) return true;
  return false;
}

/** Whether NANP_UNION matches at `i` of `digits` (ASCII digits): it depends on digits[i] and room. */
export function nanpStartsAt(digits: string, i: number): boolean {
  const c = digits.charCodeAt(i);
  const room = digits.length - i;
  return (c === 0x33 && room >= 7) || (c >= 0x32 && c <= 0x39 && room >= 10);
}

const GROUP = /\d+/g;
/** The runs of ASCII digits in `text`, in order. */
export const digitGroups = (text: string): string[] => text.match(GROUP) ?? [];

/** Whether `digits` hold the country's international prefix followed by enough digits for a number. */
export function mayHoldIdd(digits: string, country: PhoneCountry, least: number): boolean {
  const { idd } = shape(country);
  for (let at = digits.indexOf(idd); at >= 0; at = digits.indexOf(idd, at + 1))
    if (digits.length - at - idd.length >= least) return true;
  return false;
}
