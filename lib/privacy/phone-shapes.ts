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
import { MASK_COUNTRIES } from './phone-plans';
import { RUN_OTHER_DIGIT, RUN_PLUS } from './phone-runs';
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
  if (country === 'US' && nanpIsOwn()) return mayHoldNanp(digits);
  const starts = startsOf(country);
  if (starts) {
    const buffer = Uint8Array.from(digits, (d) => d.charCodeAt(0) - 0x30);
    return startsIn(buffer, 0, buffer.length, starts);
  }
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

/**
 * The GB and IN unions as the metadata holds them. Each alternative is a literal head then \d{k},
 * so whether the union matches at a start depends only on the digit there and the room left (and,
 * for IN's "000800", on the five digits after it): START_ROOM lists, per first digit, the fewest
 * digits a match starting with it takes. Used only while the metadata's union is exactly the one
 * analysed (tests/unit/privacy/phone-shapes.test.ts), like NANP_UNION.
 */
export const GB_UNION =
  '(?:(?:[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6})|(?:(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?)|(?:1624\\d{6}|(?:[3578]\\d|90)\\d{8})|(?:1534\\d{6}|(?:[3578]\\d|90)\\d{8}))';
export const IN_UNION = '(?:(?:(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}))';
const NONE = 99;
interface Starts {
  /** Per first digit 0-9: the fewest digits of a match starting with it (NONE: no match). */
  room: Uint8Array;
  /** A literal head (digit values) with its own fewest digits, or none (IN's "000800", kept to
   * mirror the union although [2-9] at its "8" already matches wherever it does). */
  head: Uint8Array;
  headRoom: number;
}
const START_ROOM: Record<PhoneCountry, Starts & { union: string }> = {
  US: {
    union: NANP_UNION,
    room: Uint8Array.of(NONE, NONE, 10, 7, 10, 10, 10, 10, 10, 10),
    head: Uint8Array.of(),
    headRoom: NONE,
  },
  GB: {
    union: GB_UNION,
    room: Uint8Array.of(NONE, 9, 10, 10, NONE, 10, NONE, 10, 7, 10),
    head: Uint8Array.of(),
    headRoom: NONE,
  },
  IN: {
    union: IN_UNION,
    room: Uint8Array.of(NONE, 8, 10, 10, 10, 10, 10, 10, 10, 10),
    head: Uint8Array.of(0, 0, 0, 8, 0, 0),
    headRoom: 13,
  },
};
const checked: Partial<Record<PhoneCountry, Starts | null>> = {};
/** The start rules of a country while its union is the analysed one, else undefined. */
function startsOf(country: PhoneCountry): Starts | undefined {
  let s = checked[country];
  if (s === undefined) {
    const rules = START_ROOM[country];
    s = checked[country] = shape(country).pattern.source === rules.union ? rules : null;
  }
  return s ?? undefined;
}

/** Whether a start rule matches somewhere in digits[from, to) (digit values 0-9). */
function startsIn(digits: Uint8Array, from: number, to: number, s: Starts): boolean {
  const { room, head, headRoom } = s;
  for (let i = from; i < to; i++) {
    if (to - i >= (room[digits[i] ?? 0] ?? NONE)) return true;
    if (head.length > 0 && to - i >= headRoom) {
      let k = 0;
      while (k < head.length && digits[i + k] === head[k]) k++;
      if (k === head.length) return true;
    }
  }
  return false;
}

/**
 * mayHoldNational on digit values: digits[from, to) are the digits (0-9) of a run. Without the
 * analysed union, falls back to the string search.
 */
export function mayHoldNationalIn(
  digits: Uint8Array,
  from: number,
  to: number,
  country: PhoneCountry,
): boolean {
  const starts = startsOf(country);
  if (starts) return startsIn(digits, from, to, starts);
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCharCode(0x30 + (digits[i] ?? 0));
  return mayHoldNational(text, country);
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

/**
 * Fewest digits of a number written in national form per default country: the shortest possible
 * length in the library's metadata over every country sharing its calling code (a national number
 * read with US may be found valid for Canada, whose 310 numbers have 7 digits; +44 takes in Jersey,
 * Guernsey and Man). With an international prefix (IDD) the digits are the prefix plus at least 6.
 * In MASK_COUNTRIES order; a country's bit in a mask is 1 << its index there.
 */
const NATIONAL_MIN = Int32Array.of(7, 7, 8);
/** Fewest digits of any number in international form (country code + shortest number, e.g. +43 1234). */
export const ANY_MIN = 6;
const ALL = (1 << MASK_COUNTRIES.length) - 1;

/**
 * The countries a run is asked about, as a mask over MASK_COUNTRIES: every one when the run holds
 * "+" or a digit outside ASCII, else those where some piece of its digits (values 0-9 in
 * digits[from, from + count)) can be a national number, or that hold the country's IDD followed by
 * enough digits for a number.
 */
export function askedMask(digits: Uint8Array, from: number, count: number, flags: number): number {
  if (count < ANY_MIN) return 0;
  // Digits of other scripts are left to the library (the scan text has folded them already).
  if (flags & (RUN_PLUS | RUN_OTHER_DIGIT)) return ALL;
  const to = from + count;
  const shapes = (byMask ??= MASK_COUNTRIES.map(maskShapeOf));
  let mask = 0;
  for (let k = 0; k < shapes.length; k++) {
    const m = shapes[k];
    if (!m) continue;
    if (
      count >= m.least &&
      (m.starts ? startsIn(digits, from, to, m.starts) : mayHoldNationalIn(digits, from, to, m.country))
    )
      mask |= 1 << k;
    else {
      // mayHoldIdd, on the IDD's digit values.
      const { idd } = m;
      const last = to - idd.length - ANY_MIN;
      for (let at = from; at <= last; at++) {
        let j = 0;
        while (j < idd.length && digits[at + j] === idd[j]) j++;
        if (j === idd.length) {
          mask |= 1 << k;
          break;
        }
      }
    }
  }
  return mask;
}

/** What askedMask needs of a country, worked out once (a lookup per run and country was a cost). */
interface MaskShape {
  country: PhoneCountry;
  least: number;
  starts: Starts | undefined;
  /** Its IDD as digit values. */
  idd: Uint8Array;
}
let byMask: readonly MaskShape[] | undefined;
const maskShapeOf = (country: PhoneCountry, k: number): MaskShape => ({
  country,
  least: NATIONAL_MIN[k] ?? 0,
  starts: startsOf(country),
  idd: Uint8Array.from(shape(country).idd, (d) => d.charCodeAt(0) - 0x30),
});
