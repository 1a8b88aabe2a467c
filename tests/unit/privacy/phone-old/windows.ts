/**
 * Where in a text libphonenumber-js can find a number, so that it reads only there. The library is
 * cheap on prose but costs tens of microseconds per candidate it parses, once per default country:
 * on a pasted table or log nearly every field is a candidate (dates, amounts, ids), and reading the
 * whole text three times cost 2 to 5 µs per character. Here:
 *  - a run is a maximal stretch of the characters its candidate pattern is made of (digits, its
 *    punctuation, "+" and brackets): a number's own digits all lie in one run (an extension after
 *    "ext"/"x" lies outside it, inside the window's right margin);
 *  - a run with fewer digits than any number can have is skipped, and a default country is asked
 *    only about runs with at least as many digits as its shortest valid number in national form
 *    of which some piece matches a national number pattern of its calling code (phone-shapes.ts),
 *    or holding its international prefix (every country when the run holds a "+"); a number found
 *    inside a run (the library's inner matches) has its digits inside the run's, so these bounds
 *    drop only runs where nothing is found;
 *  - each kept run is read with a margin on both sides (the library looks at the character before a
 *    candidate and at a time-of-day or extension after it); the right margin takes in the longest
 *    extension the library's pattern could take there (reach(), phone-margins.ts) and ends with the line, since no
 *    candidate, extension or suffix the library reads holds a line break (its extension separators
 *    are spaces, tabs and commas); overlapping windows are merged;
 *  - the windows for one country are joined with a separator no candidate can cross, and read in
 *    one call (the library's fixed cost per call is ~15 µs); finds are mapped back to the text.
 * Checked against reading the whole text: the same finds on the PUPA requests, the own-context suite
 * and the bench's generated sets (tests/unit/privacy/phone-windows.test.ts). One known gap: in
 * adversarial noise of digit runs over 20 digits chained by extension words and commas, the
 * library's own tiling (where its scan resumes after a rejected candidate) can differ at a window
 * edge: 3 of 2,509 numbers in such noise were missed, while 133 others were found in addition.
 * Windows already read are remembered (bounded): the guard re-reads the redacted text, whose windows
 * are mostly the same strings, and the panel re-checks while the user edits.
 * Then, per window and country: phone-candidates.ts proves most windows empty without parsing, and
 * windows with no digit outside ASCII are read by phone-matcher.ts, a copy of the library's matcher
 * that parses only candidates whose digits can hold a valid number; each gives what
 * findPhoneNumbersInText gives (property-tested). Runs are found by character codes (phone-runs.ts).
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { findableIn } from './candidates';
import { findInText, matcherApplies } from '../../../../lib/privacy/phone-matcher';
import { glued, reach } from '../../../../lib/privacy/phone-margins';
import { phoneRuns } from './runs';
import { mayHoldIdd, mayHoldNational } from './shapes';

export type PhoneCountry = 'US' | 'GB' | 'IN';
/** libphonenumber needs a country for national numbers; NANP, UK and India, whose layouts differ. */
export const COUNTRIES: readonly PhoneCountry[] = ['US', 'GB', 'IN'];

/**
 * Fewest digits of a number written in national form per default country: the shortest possible
 * length in the library's metadata over every country sharing its calling code (a national number
 * read with US may be found valid for Canada, whose 310 numbers have 7 digits; +44 takes in Jersey,
 * Guernsey and Man). With an international prefix (IDD) the digits are the prefix plus at least 6.
 */
const NATIONAL_MIN: Record<PhoneCountry, number> = { US: 7, GB: 7, IN: 8 };
/** Fewest digits of any number in international form (country code + shortest number, e.g. +43 1234). */
const ANY_MIN = 6;

const DIGIT = /\p{Nd}/gu;
const PLUS = /[+\uFF0B]/;
const ASCII_DIGITS = /^[0-9]*$/;
/** Left margin: the character before a candidate (the right one is reach()). */
const BEFORE = 8;
/** Cannot be part of any candidate, so the joined windows are read as if alone. */
const SEPARATOR = '\n\n|\n\n';
/** Longest run read whole: longer ones are read in overlapping windows (the library is quadratic). */
const LONG_RUN = 64;

export interface PhoneFind {
  start: number;
  end: number;
}

/** What decides which countries a run is asked about: its digits and whether it holds a "+". */
interface RunDigits {
  digitCount: number;
  /** Its digits when all are ASCII, else undefined. */
  ascii: string | undefined;
  plus: boolean;
  /** Answers of asks(), per country, once computed. */
  asked?: Partial<Record<PhoneCountry, boolean>>;
}

interface Window {
  start: number;
  end: number;
  /** The runs it was opened for: it is read for a country some of them is asked about. */
  runs: RunDigits[];
}

function digitsOf(run: string): RunDigits {
  const digits = run.match(DIGIT)?.join('') ?? '';
  return {
    digitCount: digits.length,
    ascii: ASCII_DIGITS.test(digits) ? digits : undefined,
    plus: PLUS.test(run),
  };
}

/** Whether a run is asked about for a country (see the header); remembered on the run. */
function asks(run: RunDigits, country: PhoneCountry): boolean {
  const known = run.asked?.[country];
  if (known !== undefined) return known;
  const answer = countriesOf(run.digitCount, run.ascii, run.plus, [country]).length > 0;
  (run.asked ??= {})[country] = answer;
  return answer;
}
/** Cheapest patterns first: opening a window needs only one country. */
const BY_COST: readonly PhoneCountry[] = ['IN', 'GB', 'US'];

/** Whether `window` is read for `country`: one of its runs is asked about for it. */
export const windowAsks = (window: Window, country: PhoneCountry): boolean =>
  window.runs.some((run) => asks(run, country));

/** The countries (of `among`) to ask about a run with these digits (ascii: undefined when not all ASCII). */
function countriesOf(
  digitCount: number,
  ascii: string | undefined,
  plus: boolean,
  among: readonly PhoneCountry[] = COUNTRIES,
): PhoneCountry[] {
  if (digitCount < ANY_MIN) return [];
  // Digits of other scripts are left to the library (the scan text has folded them already).
  if (plus || ascii === undefined) return [...among];
  return among.filter(
    (c) => (ascii.length >= NATIONAL_MIN[c] && mayHoldNational(ascii, c)) || mayHoldIdd(ascii, c, ANY_MIN),
  );
}

/** The windows to read, in order, merged where they overlap. */
export function phoneWindows(text: string): Window[] {
  const windows: Window[] = [];
  const add = (start: number, end: number, run: RunDigits) => {
    const from = Math.max(0, start - BEFORE);
    // Nothing the library reads after a number (extension, time of day) crosses a line break.
    const lineEnd = text.indexOf('\n', end);
    const to = Math.min(text.length, reach(text, end), lineEnd < 0 ? Infinity : lineEnd + 1);
    const last = windows.at(-1);
    if (last && from <= last.end) {
      last.end = Math.max(last.end, to);
      last.runs.push(run);
    } else windows.push({ start: from, end: to, runs: [run] });
  };
  for (const run of phoneRuns(text)) {
    // Too few digits for any number: nothing to read (countriesOf would say so too).
    if (run.digitCount < ANY_MIN) continue;
    // Long runs are read from their first digit, "+" or opening bracket (phone-window-scan.ts).
    const lead =
      run.start + (/[\p{Nd}+\uFF0B([\uFF08\uFF3B]/u.exec(text.slice(run.start, run.end))?.index ?? 0);
    const length = run.end - lead;
    if (length <= LONG_RUN && glued(text, run.start, run.end)) continue;
    const digits: RunDigits = { digitCount: run.digitCount, ascii: run.ascii, plus: run.plus };
    // A run opens a window when some country is asked about it (which ones is decided when read).
    if (!BY_COST.some((c) => asks(digits, c))) continue;
    if (length <= LONG_RUN) {
      add(run.start, run.end, digits);
      continue;
    }
    // Any number up to LONG_RUN/2 characters long lies whole inside one of these, laid out from the
    // first digit, "+" or bracket of each stretch between five spaces in a row (phone-window-scan.ts).
    for (const stretch of text
      .slice(lead, run.end)
      .matchAll(/[\p{Nd}+\uFF0B([\uFF08\uFF3B](?:(?! {5})[^])*/gu)) {
      const from = lead + (stretch.index ?? 0);
      const to = from + stretch[0].length;
      for (let at = from; at < to; at += LONG_RUN / 2) {
        const end = Math.min(at + LONG_RUN, to);
        const piece = digitsOf(text.slice(at, end));
        if (!BY_COST.some((c) => asks(piece, c))) continue;
        // Read alone: margins would join the pieces into the one long run again.
        windows.push({ start: at, end, runs: [piece] });
      }
    }
  }
  return windows;
}

/**
 * Per country, window text → finds relative to the window. Bounded (2048 per country); oldest
 * dropped first. One map per country keyed by the slice itself: a key of country + slice built a
 * new string per window and country, which hashing then flattened.
 */
const CACHE_SIZE = 2048;
const caches: Record<PhoneCountry, Map<string, readonly PhoneFind[]>> = {
  US: new Map(),
  GB: new Map(),
  IN: new Map(),
};
function remember(cache: Map<string, readonly PhoneFind[]>, key: string, finds: readonly PhoneFind[]): void {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, finds);
}

/** Phone numbers in `text` (offsets in it), as findPhoneNumbersInText finds them for each country. */
export function findPhones(text: string): PhoneFind[] {
  const windows = phoneWindows(text);
  const found: PhoneFind[] = [];
  const seen = new Set<string>();
  const keep = (start: number, end: number) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ start, end });
  };
  const slices = windows.map((w) => text.slice(w.start, w.end));
  // Per window, the asked countries the library can find anything for (phone-candidates.ts), worked
  // out only where some is not cached (the guard re-reads the same windows).
  const readable: (PhoneCountry[] | undefined)[] = [];
  const asked = (w: Window | undefined) => (w ? COUNTRIES.filter((c) => windowAsks(w, c)) : []);
  const readableIn = (k: number) => (readable[k] ??= findableIn(slices[k] ?? '', asked(windows[k])));
  for (const country of COUNTRIES) {
    const cache = caches[country];
    const pending: { window: Window; text: string; key: string }[] = [];
    for (let k = 0; k < windows.length; k++) {
      const window = windows[k];
      const slice = slices[k];
      if (!window || slice === undefined || !windowAsks(window, country)) continue;
      // A cached answer is the library's own for this window and country, readable or not.
      const key = slice;
      const cached = cache.get(key);
      if (cached) for (const f of cached) keep(window.start + f.start, window.start + f.end);
      else if (readableIn(k).includes(country)) pending.push({ window, text: slice, key });
    }
    if (pending.length === 0) continue;
    // Windows with ASCII digits only go to the copy of the library's matcher that skips hopeless
    // candidates (phone-matcher.ts); the rest, and what it declines, to the library itself.
    const ascii = pending.filter((p) => matcherApplies(p.text));
    const other = pending.filter((p) => !matcherApplies(p.text));
    const own = new Map<(typeof pending)[number], PhoneFind[]>();
    for (const batch of [ascii, other]) {
      if (batch.length === 0) continue;
      const joined = batch.map((p) => p.text).join(SEPARATOR);
      const finds =
        (batch === ascii ? findInText(joined, country) : undefined) ??
        findPhoneNumbersInText(joined, country).map((f) => ({ start: f.startsAt, end: f.endsAt }));
      let at = 0;
      let next = 0;
      for (const p of batch) {
        const end = at + p.text.length;
        const mine: PhoneFind[] = [];
        for (; next < finds.length && (finds[next]?.start ?? Infinity) < end; next++) {
          const f = finds[next];
          if (f) mine.push({ start: f.start - at, end: f.end - at });
        }
        own.set(p, mine);
        at = end + SEPARATOR.length;
      }
    }
    // In window order, as when one call read them all.
    for (const p of pending) {
      const mine = own.get(p) ?? [];
      remember(cache, p.key, mine);
      for (const f of mine) keep(p.window.start + f.start, p.window.start + f.end);
    }
  }
  return found;
}
