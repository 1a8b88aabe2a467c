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

/** The library's candidate characters (constants.js: punctuation, PLUS_CHARS, brackets) and \p{Nd}. */
export const RUN_CHARS =
  '[\\p{Nd}+\\uFF0B([\\uFF08\\uFF3B\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF0D\\uFF0F/\\uFF0E. \\xA0\\xAD\\u200B\\u2060\\u3000)\\uFF09\\uFF3D\\]~\\u2053\\u223C\\uFF5E]';

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
  const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  RUNS.start = grown(RUNS.start, (n) => new Int32Array(n));
  RUNS.end = grown(RUNS.end, (n) => new Int32Array(n));
  RUNS.digitCount = grown(RUNS.digitCount, (n) => new Int32Array(n));
  RUNS.digitFrom = grown(RUNS.digitFrom, (n) => new Int32Array(n));
  RUNS.flags = grown(RUNS.flags, (n) => new Uint8Array(n));
}

const RUN_CHAR = new RegExp(`^${RUN_CHARS}$`, 'u');
const DIGIT = /^\p{Nd}$/u;
const NOT_RUN = 0;
const PUNCTUATION = 1;
const DIGIT_CHAR = 2;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = DIGIT.test(ch) ? DIGIT_CHAR : RUN_CHAR.test(ch) ? PUNCTUATION : NOT_RUN;
}
/** Classes of code points outside ASCII, once worked out: BMP ones in a table (class + 1; 0 is not
 * known yet), others in a map. */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = BMP[codePoint] ?? 0;
    if (known !== 0) return known - 1;
  } else {
    const known = ASTRAL.get(codePoint);
    if (known !== undefined) return known;
  }
  const ch = String.fromCodePoint(codePoint);
  const k = DIGIT.test(ch) ? DIGIT_CHAR : RUN_CHAR.test(ch) ? PUNCTUATION : NOT_RUN;
  if (codePoint < 0x10000) BMP[codePoint] = k + 1;
  else ASTRAL.set(codePoint, k);
  return k;
}
/** An ASCII digit or any UTF-16 unit outside ASCII. */
const NEXT = /[0-9\u0080-\uffff]/g;
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const PLUS = 0x2b;
const FULL_PLUS = 0xff0b;
const ZERO = 0x30;
const NINE = 0x39;

/** Scans `text` into RUNS; returns the number of runs. */
export function scanRuns(text: string): number {
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
