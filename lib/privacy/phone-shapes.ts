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
  // One search instead of a sticky test at every i: the search returns the smallest i where some
  // piece matches, so some i with room for SHORTEST digits matches exactly when that one has room.
  const at = digits.search(shape(country).pattern);
  return at >= 0 && at + SHORTEST <= digits.length;
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
