/**
 * The runs of a text that phone-windows.ts reads: maximal stretches of the library's candidate
 * characters (every decimal digit \p{Nd}, its punctuation, brackets and "+") holding a digit. The
 * same runs as matching `${RUN_CHARS}*\p{Nd}${RUN_CHARS}*` (flags gu) over the text, found with
 * character codes: a Unicode-property regular expression over a whole 20,000-character log cost
 * more than the rest of the scan. Characters outside ASCII are classified by that same class
 * (cached per code point), so the runs are exactly the regular expression's (property-tested in
 * tests/unit/privacy/phone-runs.test.ts). Each run also says how many digits it holds, its digits
 * when they are all ASCII, and whether it holds a "+", which is what phone-windows.ts decides on.
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
const OTHER = new Map<number, number>();
function classOf(codePoint: number): number {
  let k = OTHER.get(codePoint);
  if (k === undefined) {
    const ch = String.fromCodePoint(codePoint);
    k = DIGIT.test(ch) ? DIGIT_CHAR : RUN_CHAR.test(ch) ? PUNCTUATION : NOT_RUN;
    OTHER.set(codePoint, k);
  }
  return k;
}
const PLUS = 0x2b;
const FULL_PLUS = 0xff0b;
const ZERO = 0x30;
const NINE = 0x39;

/** The runs of `text`, in order. */
export function phoneRuns(text: string): Run[] {
  // One loop with its state in locals (no closure over them: captured variables live in a heap
  // context, and every digit of a 20,000-character log paid a load and a store through it).
  const runs: Run[] = [];
  const n = text.length;
  let start = -1;
  let digitCount = 0;
  let ascii: string | undefined = '';
  let groupAt = -1;
  let plus = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c >= ZERO && c <= NINE) {
      if (start < 0) start = i;
      if (groupAt < 0) groupAt = i;
      digitCount++;
      continue;
    }
    if (groupAt >= 0) {
      if (ascii !== undefined) ascii += text.slice(groupAt, i);
      groupAt = -1;
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
        if (digitCount > 0) runs.push({ start, end: i, digitCount, ascii, plus });
        start = -1;
        digitCount = 0;
        ascii = '';
        plus = false;
      }
      continue;
    }
    if (start < 0) start = i;
    if (k === DIGIT_CHAR) {
      digitCount++;
      ascii = undefined;
    } else if (c === PLUS || c === FULL_PLUS) plus = true;
    i += width - 1;
  }
  return runs;
}
