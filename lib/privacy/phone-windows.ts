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
 * Checked against reading the whole text: every find (or one around it) on the PUPA requests, the
 * own-context suite and the bench's generated sets (tests/unit/privacy/phone-windows.test.ts). One
 * known gap: in adversarial noise of digit runs over 20 digits chained by extension words and
 * commas, the library's own tiling (where its scan resumes after a rejected candidate) can differ at
 * a window edge: 3 of 2,509 numbers in such noise were missed, while 133 others were found in addition.
 * Windows already read are remembered (bounded): the guard and the panel re-read mostly the same ones.
 * Then, per window and country: phone-candidates.ts proves most windows empty without parsing (a
 * window of several lines, one not remembered, line by line: phone-window-lines.ts), and
 * windows with no digit outside ASCII are read by phone-matcher.ts, a copy of the library's matcher
 * that parses only candidates whose digits can hold a valid number; each gives what
 * findPhoneNumbersInText gives (property-tested). A country read after another takes a whole
 * candidate that an earlier one found, and that no candidate runs on past (a line's end, a CSV
 * field), as found, unparsed (findInText's foundBefore), so findPhones lists every find of the
 * library's, less finds that lie inside another (what the later country would have found inside a
 * number it declined): a redaction withholds the outer find, so the same text. Runs are found by
 * character codes (phone-runs.ts).
 * Runs, windows and their countries live in flat typed arrays reused across calls (one object, slice
 * or closure per run was half the cost of a fresh table); phone-scan.test.ts checks this against the
 * object-based version it replaced (tests/unit/privacy/phone-old/): same windows, same finds (less
 * those inside another: tests/unit/privacy/phone-finds.ts).
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { answersOf, EMPTY, nextRead, type Answers } from './phone-answers';
import { findableMask } from './phone-candidates';
import { findInText, matcherApplies } from './phone-matcher';
import { readStart } from './phone-margins';
import { MASK_COUNTRIES } from './phone-plans';
import { clearLines, LINES, windowLines } from './phone-window-lines';
import {
  clearPieces,
  joinPieces,
  keptIn,
  layPieces,
  PIECES,
  SEPARATOR,
  type PendingWindows,
} from './phone-window-pieces';
import { scanWindows, WINDOWS } from './phone-window-scan';

export type PhoneCountry = 'US' | 'GB' | 'IN';
/** libphonenumber needs a country for national numbers; NANP, UK and India, whose layouts differ. */
export const COUNTRIES: readonly PhoneCountry[] = MASK_COUNTRIES;

export interface PhoneFind {
  start: number;
  end: number;
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
/** Per window, its first line in LINES and how many (0: read whole), phone-window-lines.ts. */
let lineFirst = new Int32Array(128);
let lineCount = new Int32Array(128);

/** Phone numbers in `text` (offsets in it), as findPhoneNumbersInText finds them for each country,
 * less finds inside another. */
export function findPhones(text: string): PhoneFind[] {
  const count = scanWindows(text);
  if (count === 0) return [];
  nextRead();
  clearLines();
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
  const kept = (start: number, end: number): boolean => seen.has(start * width + end);
  if (cachedMask.length < count) {
    cachedMask = new Uint8Array(count * 2);
    pendingMask = new Uint8Array(count * 2);
    appliesTo = new Uint8Array(count * 2);
    pendingAt = new Int32Array(count * 2);
    sliceAt = new Int32Array(count * 2);
    lineFirst = new Int32Array(count * 2);
    lineCount = new Int32Array(count * 2);
  }
  // The windows the pieces are cut from (phone-window-pieces.ts), once the arrays have their size.
  const windows: PendingWindows = {
    pendingAt,
    appliesTo,
    pendingMask,
    slices,
    sliceAt,
    lineFirst,
    lineCount,
  };
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
        lineCount[k] = 0;
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
      const pending = (pendingMask[k] = may & ~cached);
      // A window of several lines is read only where its lines may hold a number.
      lineFirst[k] = LINES.count;
      lineCount[k] = pending === 0 ? 0 : windowLines(text, at, to, pending);
    }
    // Per country, what was known in window order, then what is read, in window order.
    for (let c = 0; c < COUNTRIES.length; c++) {
      const bit = 1 << c;
      let pending = 0;
      for (let k = 0; k < count; k++) {
        if ((cachedMask[k] ?? 0) & bit) {
          const from = sliceAt[k] ?? 0;
          keepAll(answers[k]?.[c] ?? EMPTY, from, keep);
        }
        if ((pendingMask[k] ?? 0) & bit) pendingAt[pending++] = k;
      }
      // What is kept so far: earlier countries' finds, and this one's remembered ones in other
      // windows (which no candidate read here can be). A country's answer that took a find is
      // remembered like any other: the earlier country's finds there follow from the same window.
      if (pending > 0) readPending(windows, pending, c, keep, seen.size > 0 ? kept : undefined);
    }
  } finally {
    // Slices hold the text: do not keep it alive until the next call (cleared, not truncated: a
    // truncated array gives up its store and grows it again on the next call).
    slices.fill('', 0, count);
    clearPieces();
    answers.fill(NO_ANSWERS, 0, count);
    read.fill(EMPTY, 0, count);
  }
  return found;
}

/** Reads the pending windows (pendingAt[0, pending)) for COUNTRIES[c] with the matcher or the library;
 * remembers the answers. Plain loops (no map(), filter(), join() or Map): map() on a large batch gave
 * join() an array of another map, which threw this function's optimized code away (~15 ms recompiles). */
function readPending(
  windows: PendingWindows,
  pending: number,
  c: number,
  keep: (start: number, end: number) => void,
  kept: ((start: number, end: number) => boolean) | undefined,
): void {
  const country = COUNTRIES[c] ?? 'US';
  // Windows with ASCII digits only go to the copy of the library's matcher that skips hopeless
  // candidates (phone-matcher.ts); the rest, and what it declines, to the library itself.
  // Once per window (1: applies, 2: not, 0: not asked yet in this call), not once per country.
  for (let j = 0; j < pending; j++) {
    const k = pendingAt[j] ?? 0;
    if (appliesTo[k] === 0) appliesTo[k] = matcherApplies(slices[k] ?? '') ? 1 : 2;
    // A window none of whose lines may hold a number for this country gets no piece.
    read[k] = EMPTY;
  }
  for (let batch = 1; batch <= 2; batch++) {
    const pieces = layPieces(windows, pending, 1 << c, batch);
    if (pieces === 0) continue;
    const joined = joinPieces(pieces);
    const foundBefore = kept === undefined ? undefined : keptIn(kept, pieces, sliceAt);
    const finds =
      // matcherApplies holds for each window of an ASCII batch, so for them joined (by units).
      (batch === 1 ? findInText(joined, country, true, foundBefore) : undefined) ??
      findPhoneNumbersInText(joined, country).map((f) => ({ start: f.startsAt, end: f.endsAt }));
    let at = 0;
    let next = 0;
    let mine: PhoneFind[] = [];
    const { window: pieceWindow, offset: pieceOffset, text: pieceText } = PIECES;
    for (let p = 0; p < pieces; p++) {
      const k = pieceWindow[p] ?? 0;
      const end = at + (pieceText[p] ?? '').length;
      // Relative to the window's slice: the piece's finds, after those of its pieces before it.
      const shift = (pieceOffset[p] ?? 0) - at;
      for (; next < finds.length && (finds[next]?.start ?? Infinity) < end; next++) {
        const f = finds[next];
        if (f) mine.push({ start: f.start + shift, end: f.end + shift });
      }
      if (pieceWindow[p + 1] !== k || p + 1 === pieces) {
        read[k] = mine.length > 0 ? mine : EMPTY; // the cache keeps one shared empty answer
        mine = [];
      }
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
    keepAll(mine, from, keep);
  }
}

/**
 * Keeps the finds of one window read from `from`. One function for remembered answers and fresh reads:
 * long texts rarely meet a remembered answer that holds a number, and when findPhones kept those in a
 * loop of its own, the first one (a short instruction read again) found that loop without type feedback
 * and threw findPhones' optimised code away; the next long request ran it unoptimised.
 */
function keepAll(
  finds: readonly PhoneFind[],
  from: number,
  keep: (start: number, end: number) => void,
): void {
  for (let i = 0; i < finds.length; i++) {
    const f = finds[i] as PhoneFind;
    keep(from + f.start, from + f.end);
  }
}
