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
import type { PhoneCountry } from './phone-windows';

/** National significant numbers of +1, +44 and +91 have 7 to 13 digits (their general patterns). */
const SHORTEST = 7;
const LONGEST = 13;

interface Shape {
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
  const patterns = group.map((c) => countries[c]?.[2]).filter((p): p is string => !!p);
  return { pattern: new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`), idd: own[1] };
}

const shapes = new Map<PhoneCountry, Shape>();
function shape(country: PhoneCountry): Shape {
  let s = shapes.get(country);
  if (!s) shapes.set(country, (s = shapeOf(country)));
  return s;
}

/**
 * The library's candidates (and the inner matches it tries) begin and end where a group of digits
 * does: its candidate pattern takes whole groups of at most 20 digits, and it splits candidates only
 * at separators. Parsing then cuts at most a prefix from the front (national prefix, calling code
 * without "+", "180020" for +44: 8 digits at most), never digits from the end.
 */
const MOST_CUT = 8;
const LONGEST_GROUP = 20;
const GROUP = /\d+/g;

/**
 * Whether some piece of the run's digits (ASCII, `groups`: its runs of digits in order) can be a
 * valid national number for `country`: pieces end with a group and start at most MOST_CUT digits into
 * one. With a group longer than the library's blocks, every piece is tried.
 */
export function mayHoldNational(groups: readonly string[], country: PhoneCountry): boolean {
  const { pattern } = shape(country);
  const digits = groups.join('');
  if (groups.some((g) => g.length > LONGEST_GROUP)) {
    for (let i = 0; i + SHORTEST <= digits.length; i++)
      for (let end = i + SHORTEST; end <= Math.min(digits.length, i + LONGEST); end++)
        if (pattern.test(digits.slice(i, end))) return true;
    return false;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const g of groups) {
    starts.push(at);
    at += g.length;
    ends.push(at);
  }
  for (const start of starts)
    for (let i = start; i <= start + MOST_CUT; i++)
      for (const end of ends) {
        const length = end - i;
        if (length >= SHORTEST && length <= LONGEST && pattern.test(digits.slice(i, end))) return true;
      }
  return false;
}

/** The runs of ASCII digits in `text`, in order. */
export const digitGroups = (text: string): string[] => text.match(GROUP) ?? [];

/** Whether `digits` hold the country's international prefix followed by enough digits for a number. */
export function mayHoldIdd(digits: string, country: PhoneCountry, least: number): boolean {
  const { idd } = shape(country);
  for (let at = digits.indexOf(idd); at >= 0; at = digits.indexOf(idd, at + 1))
    if (digits.length - at - idd.length >= least) return true;
  return false;
}
