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
 *    extension the library's pattern could take there (reach(), phone-margins.ts) and ends with the
 *    line, since no candidate, extension or suffix the library reads holds a line break (its
 *    extension separators are spaces, tabs and commas); overlapping windows are merged;
 *  - the windows for one country are joined with a separator no candidate can cross, and read in
 *    one call (the library's fixed cost per call is ~15 µs); finds are mapped back to the text.
 * Checked against reading the whole text: the same finds on the PUPA requests, the own-context suite
 * and the bench's generated sets (tests/unit/privacy/phone-windows.test.ts). One known gap: in
 * adversarial noise of digit runs over 20 digits chained by extension words and commas, the
 * library's own tiling (where its scan resumes after a rejected candidate) can differ at a window
 * edge: 3 of 2,509 numbers in such noise were missed, while 133 others were found in addition.
 * Windows already read are remembered (bounded): the guard and the panel re-read mostly the same ones.
 * Then, per window and country: phone-candidates.ts proves most windows empty without parsing, and
 * windows with no digit outside ASCII are read by phone-matcher.ts, a copy of the library's matcher
 * that parses only candidates whose digits can hold a valid number; each gives what
 * findPhoneNumbersInText gives (property-tested). Runs are found by character codes (phone-runs.ts).
 * Runs, windows and their countries live in flat typed arrays reused across calls (one object, slice
 * or closure per run was half the cost of a fresh table); phone-scan.test.ts checks this against the
 * object-based version it replaced (tests/unit/privacy/phone-old/): same windows, same finds.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { answersOf, EMPTY, type Answers } from './phone-answers';
import { findableMask } from './phone-candidates';
import { findInText, matcherApplies } from './phone-matcher';
import { glued, reach, readStart } from './phone-margins';
import { MASK_COUNTRIES } from './phone-plans';
import { RUN_OTHER_DIGIT, RUN_PLUS, RUNS, scanRuns } from './phone-runs';
import { ANY_MIN, askedMask } from './phone-shapes';

export type PhoneCountry = 'US' | 'GB' | 'IN';
/** libphonenumber needs a country for national numbers; NANP, UK and India, whose layouts differ. */
export const COUNTRIES: readonly PhoneCountry[] = MASK_COUNTRIES;

const ZERO = 0x30;
const NINE = 0x39;
const NEWLINE = 0x0a;
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

/** The windows of the last scanWindows call (start, end, asked countries), reused across calls. */
const WINDOWS = {
  count: 0,
  start: new Int32Array(128),
  end: new Int32Array(128),
  asked: new Uint8Array(128),
};
/** Digit values of a long run's piece. */
let pieceDigits = new Uint8Array(LONG_RUN);

function openWindow(from: number, to: number, asked: number): void {
  const w = WINDOWS;
  if (w.count === w.start.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    w.start = grow(w.start, new Int32Array(w.count * 2));
    w.end = grow(w.end, new Int32Array(w.count * 2));
    w.asked = grow(w.asked, new Uint8Array(w.count * 2));
  }
  w.start[w.count] = from;
  w.end[w.count] = to;
  w.asked[w.count] = asked;
  w.count++;
}

/** The window around a run text[start, end): margins, merged with the previous one if they overlap. */
function addWindow(text: string, start: number, end: number, asked: number): void {
  const from = Math.max(0, start - BEFORE);
  // Nothing the library reads after a number (extension, time of day) crosses a line break: the
  // window ends after the first one before reach() (one further on would not cut it).
  let to = Math.min(text.length, reach(text, end));
  for (let i = end; i < to; i++)
    if (text.charCodeAt(i) === NEWLINE) {
      to = i + 1;
      break;
    }
  const w = WINDOWS;
  const last = w.count - 1;
  if (last >= 0 && from <= (w.end[last] ?? 0)) {
    w.end[last] = Math.max(w.end[last] ?? 0, to);
    w.asked[last] = (w.asked[last] ?? 0) | asked;
  } else openWindow(from, to, asked);
}

/** The countries asked about a long run's piece text[at, end) (its \p{Nd} digits, "+"). */
function pieceAsked(text: string, at: number, end: number): number {
  const piece = text.slice(at, end);
  let count = 0;
  let flags = /[+\uFF0B]/.test(piece) ? RUN_PLUS : 0;
  if (pieceDigits.length < piece.length) pieceDigits = new Uint8Array(piece.length);
  for (const d of piece.match(/\p{Nd}/gu) ?? []) {
    const c = d.charCodeAt(0);
    if (c >= ZERO && c <= NINE) pieceDigits[count] = c - ZERO;
    else flags |= RUN_OTHER_DIGIT;
    // Counted in UTF-16 units, as the joined digit string's length was.
    count += d.length;
  }
  return askedMask(pieceDigits, 0, count, flags);
}

/** Fills WINDOWS with the windows to read, in order, merged where they overlap; returns their count. */
function scanWindows(text: string): number {
  WINDOWS.count = 0;
  const runs = scanRuns(text);
  const { start: runStart, end: runEnd, digitCount, digitFrom, flags, digits } = RUNS;
  for (let k = 0; k < runs; k++) {
    const count = digitCount[k] ?? 0;
    // Too few digits for any number: nothing to read (askedMask would say so too).
    if (count < ANY_MIN) continue;
    const start = runStart[k] ?? 0;
    const end = runEnd[k] ?? 0;
    const length = end - start;
    // A run opens a window when some country is asked about it (tested first: it is the cheaper
    // check, and both only skip runs).
    const asked = askedMask(digits, digitFrom[k] ?? 0, count, flags[k] ?? 0);
    if (asked === 0) continue;
    if (length <= LONG_RUN) {
      if (!glued(text, start, end)) addWindow(text, start, end, asked);
      continue;
    }
    // Any number up to LONG_RUN/2 characters long lies whole inside one of these.
    for (let at = start; at < end; at += LONG_RUN / 2) {
      const to = Math.min(at + LONG_RUN, end);
      const asked = pieceAsked(text, at, to);
      // Read alone: margins would join the pieces into the one long run again.
      if (asked !== 0) openWindow(at, to, asked);
    }
  }
  return WINDOWS.count;
}

/** The windows to read, in order, merged where they overlap, with the countries each is read for. */
export function phoneWindows(text: string): { start: number; end: number; countries: PhoneCountry[] }[] {
  const count = scanWindows(text); // first: it may grow the arrays
  const { start, end, asked } = WINDOWS;
  return Array.from({ length: count }, (_, k) => ({
    start: start[k] ?? 0,
    end: end[k] ?? 0,
    countries: COUNTRIES.filter((_, c) => (asked[k] ?? 0) & (1 << c)),
  }));
}

/** Per window of the current findPhones call: its text (from sliceAt: readStart, phone-margins.ts), answers,
 * what readPending read for the current country, cached and pending countries; the pending windows. */
const slices: string[] = [];
const answers: Answers[] = [];
const read: (readonly PhoneFind[])[] = [];
const NO_ANSWERS: Answers = [];
let cachedMask = new Uint8Array(128);
let pendingMask = new Uint8Array(128);
let appliesTo = new Uint8Array(128);
let pendingAt = new Int32Array(128);
let sliceAt = new Int32Array(128);

/** Phone numbers in `text` (offsets in it), as findPhoneNumbersInText finds them for each country. */
export function findPhones(text: string): PhoneFind[] {
  const count = scanWindows(text);
  if (count === 0) return [];
  const { start: windowStart, end: windowEnd, asked } = WINDOWS;
  const found: PhoneFind[] = [];
  const seen = new Set<number>();
  const width = text.length + 1;
  const keep = (start: number, end: number) => {
    const key = start * width + end;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ start, end });
  };
  if (cachedMask.length < count) {
    cachedMask = new Uint8Array(count * 2);
    pendingMask = new Uint8Array(count * 2);
    appliesTo = new Uint8Array(count * 2);
    [pendingAt, sliceAt] = [new Int32Array(count * 2), new Int32Array(count * 2)];
  }
  appliesTo.fill(0, 0, count);
  try {
    for (let k = 0; k < count; k++) {
      const from = windowStart[k] ?? 0;
      const to = windowEnd[k] ?? 0;
      // The asked countries the library can find anything for (phone-candidates.ts); the others
      // find nothing. Worked out before the cache: most windows of a table or log hold nothing
      // for any country, and those are neither sliced nor remembered (a slice, its hash, a stored
      // copy and an answers array per window cost more than proving it again on a re-read, and
      // every entry stored lives through the request).
      const may = findableMask(text, from, to, asked[k] ?? 0);
      if (may === 0) {
        cachedMask[k] = pendingMask[k] = 0;
        // Written all the same: arrays written past their end with gaps turn into dictionaries.
        slices[k] = '';
        answers[k] = NO_ANSWERS;
        read[k] = EMPTY;
        continue;
      }
      const at = (sliceAt[k] = readStart(text, from, to));
      const slice = text.slice(at, to);
      const known = answersOf(slice);
      slices[k] = slice;
      answers[k] = known;
      read[k] = EMPTY;
      let cached = 0;
      for (let c = 0; c < COUNTRIES.length; c++) if (known[c] !== undefined) cached |= 1 << c;
      cachedMask[k] = may & cached;
      pendingMask[k] = may & ~cached;
    }
    // Per country, what was known in window order, then what is read, in window order.
    for (let c = 0; c < COUNTRIES.length; c++) {
      const bit = 1 << c;
      let pending = 0;
      for (let k = 0; k < count; k++) {
        if ((cachedMask[k] ?? 0) & bit) {
          const from = sliceAt[k] ?? 0;
          for (const f of answers[k]?.[c] ?? EMPTY) keep(from + f.start, from + f.end);
        }
        if ((pendingMask[k] ?? 0) & bit) pendingAt[pending++] = k;
      }
      if (pending > 0) readPending(pending, c, keep);
    }
  } finally {
    // Slices hold the text: do not keep it alive until the next call (cleared, not truncated: a
    // truncated array gives up its store and grows it again on the next call).
    slices.fill('', 0, count);
    answers.fill(NO_ANSWERS, 0, count);
    read.fill(EMPTY, 0, count);
  }
  return found;
}

/** Reads the pending windows (pendingAt[0, pending)) for COUNTRIES[c] with the matcher or the library;
 * remembers the answers. Plain loops (no map(), filter(), join() or Map): map() on a large batch gave
 * join() an array of another map, which threw this function's optimized code away (~15 ms recompiles). */
function readPending(pending: number, c: number, keep: (start: number, end: number) => void): void {
  const country = COUNTRIES[c] ?? 'US';
  // Windows with ASCII digits only go to the copy of the library's matcher that skips hopeless
  // candidates (phone-matcher.ts); the rest, and what it declines, to the library itself.
  // Once per window (1: applies, 2: not, 0: not asked yet in this call), not once per country.
  for (let j = 0; j < pending; j++) {
    const k = pendingAt[j] ?? 0;
    if (appliesTo[k] === 0) appliesTo[k] = matcherApplies(slices[k] ?? '') ? 1 : 2;
  }
  for (let batch = 1; batch <= 2; batch++) {
    let joined = ''; // a chain of concatenations, flattened once when read
    let any = false;
    for (let j = 0; j < pending; j++) {
      const k = pendingAt[j] ?? 0;
      if (appliesTo[k] !== batch) continue;
      joined = any ? joined + SEPARATOR + (slices[k] ?? '') : (slices[k] ?? '');
      any = true;
    }
    if (!any) continue;
    const finds =
      // matcherApplies holds for each window of an ASCII batch, so for them joined (by units).
      (batch === 1 ? findInText(joined, country, true) : undefined) ??
      findPhoneNumbersInText(joined, country).map((f) => ({ start: f.startsAt, end: f.endsAt }));
    let at = 0;
    let next = 0;
    for (let j = 0; j < pending; j++) {
      const k = pendingAt[j] ?? 0;
      if (appliesTo[k] !== batch) continue;
      const end = at + (slices[k] ?? '').length;
      const mine: PhoneFind[] = [];
      for (; next < finds.length && (finds[next]?.start ?? Infinity) < end; next++) {
        const f = finds[next];
        if (f) mine.push({ start: f.start - at, end: f.end - at });
      }
      read[k] = mine.length > 0 ? mine : EMPTY; // the cache keeps one shared empty answer
      at = end + SEPARATOR.length;
    }
  }
  // In window order, as when one call read them all.
  for (let j = 0; j < pending; j++) {
    const k = pendingAt[j] ?? 0;
    const mine = read[k] ?? EMPTY;
    const from = sliceAt[k] ?? 0;
    const known = answers[k];
    if (known) known[c] = mine;
    for (const f of mine) keep(from + f.start, from + f.end);
  }
}
