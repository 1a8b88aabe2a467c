/**
 * The runs of a text that phone-windows.ts reads: maximal stretches of the library's candidate
 * characters (every decimal digit \p{Nd}, its punctuation, brackets and "+") holding a digit. The
 * same runs as matching `${RUN_CHARS}*\p{Nd}${RUN_CHARS}*` (flags gu) over the text, found with
 * character codes: a Unicode-property regular expression over a whole 20,000-character log cost
 * more than the rest of the scan. Characters outside ASCII are classified by that same class
 * (cached per code point), so the runs are exactly the regular expression's (property-tested in
 * tests/unit/privacy/phone-runs.test.ts). Each run also says how many digits it holds, its digits
 * when they are all ASCII, and whether it holds a "+", which is what phone-windows.ts decides on.
 * scanRuns writes them into flat typed arrays reused across calls (RUNS): a table of 20,000
 * characters has ~1,000 runs, and an object plus a digit string per run was most of the scan's
 * cost and garbage. phoneRuns gives the same runs as objects (tests, tools).
 */

import { digitRuns, scanText } from './forms/text-scan';
import { grownTo } from './typed-arrays';
import { ASCII, classOf, DIGIT_CHAR, NOT_RUN, PUNCTUATION } from './phone-run-chars';

export { RUN_CHARS } from './phone-run-chars';

export interface Run {
  start: number;
  end: number;
  /** Decimal digits in the run, of any script. */
  digitCount: number;
  /** The run's digits when all are ASCII, else undefined. */
  ascii: string | undefined;
  /** Whether it holds "+" or its full-width form. */
  plus: boolean;
}

/** A run holds "+" or its full-width form. */
export const RUN_PLUS = 1;
/** A run holds a digit outside ASCII (its digits are then not in RUNS.digits). */
export const RUN_OTHER_DIGIT = 2;

/**
 * The runs of the last scanRuns call, run k in slot k of each array. For a run without
 * RUN_OTHER_DIGIT, its ASCII digits (as values 0-9) are digits[digitFrom[k], digitFrom[k] +
 * digitCount[k]). Overwritten by the next call: read them before scanning another text.
 */
export const RUNS = {
  count: 0,
  start: new Int32Array(256),
  end: new Int32Array(256),
  digitCount: new Int32Array(256),
  digitFrom: new Int32Array(256),
  flags: new Uint8Array(256),
  digits: new Uint8Array(4096),
};

function growRuns(): void {
  const size = RUNS.start.length * 2;
  RUNS.start = grownTo(RUNS.start, size);
  RUNS.end = grownTo(RUNS.end, size);
  RUNS.digitCount = grownTo(RUNS.digitCount, size);
  RUNS.digitFrom = grownTo(RUNS.digitFrom, size);
  RUNS.flags = grownTo(RUNS.flags, size);
}

/** An ASCII digit or any UTF-16 unit outside ASCII. */
const NEXT = /[0-9\u0080-\uffff]/g;
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const PLUS = 0x2b;
const FULL_PLUS = 0xff0b;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * Scans `text` into RUNS; returns the number of runs. A text with no digit outside ASCII (scanText
 * says) has every run hold one of its ASCII digit runs, which scanText's one walk of the text already
 * found for the forms readers: its runs are found around them, reading only the digits and the
 * punctuation next to them again.
 */
export function scanRuns(text: string): number {
  return scanText(text).otherDigits ? scanEveryCharacter(text) : runsAroundDigits(text, digitRuns(text));
}

/**
 * A run character other than a digit, from its UTF-16 unit: ASCII's (" ", ".", "-", "/", "+",
 * brackets, "~") and the library's punctuation outside ASCII, all in the BMP (a surrogate, alone,
 * is none; no point past the BMP is run punctuation).
 */
const isRunPunctuation = (c: number): boolean => (c < 128 ? ASCII[c] : classOf(c)) === PUNCTUATION;

/**
 * The runs of a text whose digits are all ASCII, from its ASCII digit runs (`digits`: [start, end,
 * …]). A run is a maximal stretch of digits and run punctuation holding a digit: the punctuation
 * before a digit run, the digit run, and on to the next digit run while only punctuation lies
 * between (that run joins this one), then the punctuation after the last. What scanEveryCharacter
 * gives (tests/unit/privacy/phone-runs.test.ts compares the two).
 */
function runsAroundDigits(text: string, digits: Int32Array): number {
  const n = text.length;
  let values = RUNS.digits;
  if (values.length < n) values = RUNS.digits = new Uint8Array(Math.max(n, values.length * 2));
  let count = 0;
  let used = 0;
  for (let k = 0; k < digits.length; k += 2) {
    let start = digits[k] as number;
    let flags = 0;
    // The punctuation before: it cannot reach back into the last run, which ended at a character
    // that is neither a digit nor punctuation.
    while (start > 0 && isRunPunctuation(text.charCodeAt(start - 1))) {
      start--;
      const c = text.charCodeAt(start);
      if (c === PLUS || c === FULL_PLUS) flags |= RUN_PLUS;
    }
    const from = used;
    let end: number;
    for (;;) {
      for (let i = digits[k] as number, to = digits[k + 1] as number; i < to; i++)
        values[used++] = text.charCodeAt(i) - ZERO;
      end = digits[k + 1] as number;
      while (end < n && isRunPunctuation(text.charCodeAt(end))) {
        const c = text.charCodeAt(end);
        if (c === PLUS || c === FULL_PLUS) flags |= RUN_PLUS;
        end++;
      }
      // Only punctuation up to the next digit run: one run with it.
      if (k + 2 < digits.length && end === digits[k + 2]) k += 2;
      else break;
    }
    if (count === RUNS.start.length) growRuns();
    RUNS.start[count] = start;
    RUNS.end[count] = end;
    RUNS.digitCount[count] = used - from;
    RUNS.digitFrom[count] = from;
    RUNS.flags[count] = flags;
    count++;
  }
  RUNS.count = count;
  return count;
}

/** scanRuns read character by character: for any text, and the way for one with digits outside ASCII. */
function scanEveryCharacter(text: string): number {
  // One loop with its state in locals (no closure over them: captured variables live in a heap
  // context, and every digit of a 20,000-character log paid a load and a store through it).
  const n = text.length;
  let digits = RUNS.digits;
  if (digits.length < n) digits = RUNS.digits = new Uint8Array(Math.max(n, digits.length * 2));
  let count = 0;
  let used = 0;
  let start = -1;
  let from = 0;
  let digitCount = 0;
  let flags = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c >= ZERO && c <= NINE) {
      if (start < 0) {
        start = i;
        from = used;
      }
      digits[used++] = c - ZERO;
      digitCount++;
      continue;
    }
    let k = NOT_RUN;
    let width = 1;
    if (c < 0) k = NOT_RUN;
    else if (c < 128) k = ASCII[c] ?? NOT_RUN;
    else {
      const cp = text.codePointAt(i) ?? c;
      if (cp > 0xffff) width = 2;
      k = classOf(cp);
    }
    if (k === NOT_RUN) {
      if (start >= 0) {
        if (digitCount > 0) {
          if (count === RUNS.start.length) growRuns();
          RUNS.start[count] = start;
          RUNS.end[count] = i;
          RUNS.digitCount[count] = digitCount;
          RUNS.digitFrom[count] = from;
          RUNS.flags[count] = flags;
          count++;
        }
        // Digits of a run with a digit outside ASCII are not kept: the next run writes over them.
        if (flags & RUN_OTHER_DIGIT) used = from;
        start = -1;
        digitCount = 0;
        flags = 0;
      }
      // Reads stay inside the text (i + 2 < n: a read past its end gave NaN, no letter, but threw
      // this loop's optimized code away the first time a text ended in a short word).
      if (isLetter(c) && i + 2 < n && isLetter(text.charCodeAt(i + 1)) && isLetter(text.charCodeAt(i + 2))) {
        // Inside a word (a jump costs a search, worth it past short gaps): up to the next ASCII
        // digit or character outside ASCII, only run punctuation right before it can belong to a
        // run (any other stretch of it ends at a non-run character with no digit): go on from there.
        NEXT.lastIndex = i + 1;
        let j = NEXT.test(text) ? NEXT.lastIndex - 1 : n;
        while (j > i + 1 && ASCII[text.charCodeAt(j - 1)] === PUNCTUATION) j--;
        i = j - 1;
      }
      continue;
    }
    if (start < 0) {
      start = i;
      from = used;
    }
    if (k === DIGIT_CHAR) {
      digitCount++;
      flags |= RUN_OTHER_DIGIT;
    } else if (c === PLUS || c === FULL_PLUS) flags |= RUN_PLUS;
    i += width - 1;
  }
  RUNS.count = count;
  return count;
}

/** The runs of `text`, in order. */
export function phoneRuns(text: string): Run[] {
  const count = scanRuns(text);
  const runs: Run[] = [];
  for (let k = 0; k < count; k++) {
    const flags = RUNS.flags[k] ?? 0;
    const from = RUNS.digitFrom[k] ?? 0;
    const digitCount = RUNS.digitCount[k] ?? 0;
    let ascii: string | undefined;
    if (!(flags & RUN_OTHER_DIGIT)) {
      ascii = '';
      for (let d = from; d < from + digitCount; d++)
        ascii += String.fromCharCode(ZERO + (RUNS.digits[d] ?? 0));
    }
    runs.push({
      start: RUNS.start[k] ?? 0,
      end: RUNS.end[k] ?? 0,
      digitCount,
      ascii,
      plus: (flags & RUN_PLUS) !== 0,
    });
  }
  return runs;
}
