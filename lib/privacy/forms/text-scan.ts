import { grown } from '../grown';
import { isOtherDigitPoint } from '../phone-run-chars';
import { blankedFrom } from '../redaction-note';
import { isCasedPoint, isSpaceCode } from './chars';
import { casedRunEnd, readWord, type WordScan } from './date-scan';
import { firstLetters, pairOf, tripleOf, type Firsts } from './first-letters';
import { MONTH, ORDINAL } from './month-words';

/**
 * One walk over a text for all the forms readers, instead of one each: its runs of ASCII digits
 * (amounts, dates, phones and codes walk them), its month and ordinal words (worded dates, as
 * scanWords reads them) and the places an e-mail "at" may start (emails.ts).
 */
export interface TextScan extends WordScan {
  /**
   * [start, end, …] of each run of ASCII digits: a view of a buffer the next text's scan writes
   * over (a reader uses it while it reads this text, and keeps none of it).
   */
  runs: Int32Array;
  /**
   * Where /[@([{<]|\s[aA][tT](?=\s)/g matches, left to right: each "@" and opening bracket, and each
   * \s before an "at" and a \s (its a and t are letters, so no two matches overlap).
   */
  ats: number[];
  /**
   * Whether the text holds a decimal digit outside ASCII (\p{Nd} of another script). Without one,
   * every phone run holds one of the ASCII digit runs above, and is found around them (phone-runs.ts).
   */
  otherDigits: boolean;
}

// "at" and a \s after the \s at i (a lone \s is one code unit: no \s lies outside the BMP). Nothing
// past the end is read: NaN there failed the tests too, but deoptimised the scan the first time.
const atWordAfter = (text: string, i: number) =>
  i + 3 < text.length &&
  (text.charCodeAt(i + 1) | 32) === 97 &&
  (text.charCodeAt(i + 2) | 32) === 116 &&
  isSpaceCode(text.charCodeAt(i + 3));

// An ASCII letter (as isAsciiLetter), told by one range: | 32 maps A-Z, and only them, onto a-z.
const isLetterUnit = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

// What the walk does at each ASCII character, told by one load instead of a chain of range tests
// (most characters of a table or log are punctuation or a space, which went through all of them).
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const OPENER = 4; // "@" or an opening bracket: a place an "at" may start
const CONTROL_SPACE = 5; // \t to \r, the other ASCII \s
const KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  KIND[c] = isLetterUnit(c)
    ? LETTER
    : c >= 48 && c <= 57
      ? DIGIT
      : c === 32
        ? SPACE
        : c === 64 || c === 40 || c === 91 || c === 123 || c === 60
          ? OPENER
          : c >= 9 && c <= 13
            ? CONTROL_SPACE
            : OTHER;

// The last text's scan: the readers of one text each ask for it.
let scannedText: string | undefined;
let scanned: TextScan = { runs: new Int32Array(0), ats: [], months: [], ordinal: false, otherDigits: false };
// The runs of the last text, written from the start for each text (grown when full): a number array
// pushed to would be allocated and grown again per text (4 bytes a character on tables). Two buffers:
// a spliced scan (below) reads the last text's runs while it writes the new text's.
let runBuffer: Int32Array = new Int32Array(1024);
let spareBuffer: Int32Array = new Int32Array(1024);
// The month and ordinal words' first letters, as walk() reads them.
let walkFirsts: Firsts | undefined;
// Where walk() writes runs, and how many entries it has written: read back by its caller.
let outRuns: Int32Array = runBuffer;
let outCount = 0;

/** The scan of `text`, walked once per text. */
export function scanText(text: string): TextScan {
  if (text === scannedText) return scanned;
  const spliced = scannedText === undefined ? undefined : splicedScan(text, scannedText, scanned);
  // The buffers are written over below: the last scan is no longer the last text's.
  scannedText = undefined;
  let scan: TextScan;
  if (spliced) scan = spliced;
  else {
    scan = { runs: runBuffer, ats: [], months: [], ordinal: false, otherDigits: false };
    outRuns = runBuffer;
    outCount = 0;
    walk(text, 0, text.length, scan);
    runBuffer = outRuns;
    scan.runs = outRuns.subarray(0, outCount);
  }
  scannedText = text;
  scanned = scan;
  return scan;
}

/**
 * Walks `text` from `from` (where a walk from its start would stand: its start, or a separator) and
 * adds to `scan` what begins before `until` (the runs to outRuns); returns where the walk stopped, at
 * `until` or past it when something begun before it ends later.
 */
function walk(text: string, from: number, until: number, scan: TextScan): number {
  let runs = outRuns;
  let count = outCount;
  // Looked up once: a spliced scan walks once per blank.
  const firsts = (walkFirsts ??= firstLetters(MONTH, ORDINAL));
  const n = text.length;
  let i = from;
  while (i < until) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const kind = KIND[c];
      if (kind === OTHER) {
        i++;
        continue;
      }
      if (kind === LETTER) {
        // A run of cased letters: its ASCII letters walked here. It is stepped over when its first
        // two letters begin no month or ordinal word (scanWords); else, when it goes on outside
        // ASCII, read by readWord; else it is one by its length and first three letters (a finer
        // shape test than readWord's, as a table). No read goes past the end: NaN failed every test
        // below as -1 does, but deoptimised this walk the first time a text ended in a word. A letter
        // that ends the text is stepped over, as every branch below did with NaN after it.
        if (i + 1 >= n) {
          i++;
          continue;
        }
        const second = text.charCodeAt(i + 1);
        let end = i + 1;
        let d = second;
        // isLetterUnit as one unsigned compare: (d | 32) - 97 wraps below a to above z.
        while (((d | 32) - 97) >>> 0 <= 25) d = ++end < n ? text.charCodeAt(end) : -1;
        // A pair of first letters some word opens with has that word's first letter (one load, not two;
        // the pair table knows pairs of ASCII units only).
        if (second < 128 ? firsts.twoAscii[pairOf(c, second)] !== 1 : firsts.oneAscii[c | 32] !== 1)
          i = d >= 128 ? casedRunEnd(text, end) : end;
        else if (d >= 128) i = readWord(text, i, firsts, MONTH, ORDINAL, scan);
        else {
          const length = end - i;
          if (
            length >= 3 &&
            length <= 12 &&
            ((firsts.lengths[tripleOf(c, second, text.charCodeAt(i + 2))] ?? 0) >> length) & 1
          ) {
            const word = text.slice(i, end).toLowerCase();
            if (MONTH.has(word)) scan.months.push(i, end);
            if (ORDINAL.has(word)) scan.ordinal = true;
          }
          i = end;
        }
        continue;
      }
      if (kind === DIGIT) {
        const start = i;
        let d: number;
        do d = ++i < n ? text.charCodeAt(i) : -1;
        while ((d - 48) >>> 0 <= 9); // 0-9 as one unsigned compare (-1 and the rest wrap above 9)
        if (count + 2 > runs.length) runs = grown(runs, count);
        runs[count++] = start;
        runs[count++] = i;
        continue;
      }
      // A space, the most common, asks for the "a" of an "at" first.
      if (kind === SPACE) {
        if (i + 3 < n && (text.charCodeAt(i + 1) | 32) === 97 && atWordAfter(text, i)) scan.ats.push(i);
      } else if (kind === OPENER) scan.ats.push(i);
      else if (atWordAfter(text, i)) scan.ats.push(i);
      i++;
      continue;
    }
    const point = text.codePointAt(i) ?? c;
    if (isCasedPoint(point)) {
      i = readWord(text, i, firsts, MONTH, ORDINAL, scan);
      continue;
    }
    // Every point outside ASCII that is not a cased letter comes here (readWord and casedRunEnd
    // take cased letters alone), and no digit is one.
    if (!scan.otherDigits && isOtherDigitPoint(point)) scan.otherDigits = true;
    if (isSpaceCode(c) && atWordAfter(text, i)) scan.ats.push(i);
    i += point > 0xffff ? 2 : 1;
  }
  outRuns = runs;
  outCount = count;
  return i;
}

/**
 * The guard's text is the text redact just walked (its scan text) with each redacted value blanked
 * (redaction-note.ts: blankedFrom, which compares the two). Its scan is then the walked text's, moved,
 * except next to the blanks. The walk stands on every separator (an ASCII character that is no letter
 * and no digit), and what begins before one reads nothing past it: a word or a run of digits ends
 * there, and an "at" is read past its space only while the characters are "a" and "t", no separator.
 * So what the walk finds from one separator up to a later one depends on the characters between
 * them alone: in each stretch between two blanks, what begins from its first separator up to its last
 * is the walked text's, moved, and the rest (the ends of the stretches, and the blanks from their last
 * space) is walked again. Two flags are the whole text's, not kept by place: when the walked text had
 * an ordinal word or a digit outside ASCII, the text is walked whole.
 * tests/unit/privacy/text-scan-splice.property.test.ts compares the two.
 */
function splicedScan(text: string, baseText: string, base: TextScan): TextScan | undefined {
  if (base.ordinal || base.otherDigits) return undefined;
  const blanking = blankedFrom(text);
  if (!blanking || blanking.base !== baseText) return undefined;
  const { count, starts, ends, blanks } = blanking;
  // A blank costs about what walking 25 characters does (its stretch's ends found, what begins there
  // copied, two short walks): where the blanks are closer than that (a table's values, a comma apart),
  // the text is walked whole. Measured on the bench's 20,000-character requests: table (one blank in
  // 22 characters) 101 µs spliced, 82 walked; log (one in 26) 34 and 81; letter (34) 29 and 125.
  if (text.length < SPLICE_SPACING * count) return undefined;
  const scan: TextScan = { runs: spareBuffer, ats: [], months: [], ordinal: false, otherDigits: false };
  outRuns = spareBuffer;
  outCount = 0;
  const baseRuns = base.runs;
  const { months: baseMonths, ats: baseAts } = base;
  let r = 0; // the next of the base's runs (pairs), months (pairs) and ats
  let m = 0;
  let a = 0;
  let at = 0; // where the walk of `text` stands
  let shift = 0; // where the stretch's characters moved to in `text`
  const n = baseText.length;
  for (let edit = 0; edit <= count; edit++) {
    const from = edit === 0 ? 0 : (ends[edit - 1] as number);
    const to = edit === count ? n : (starts[edit] as number);
    // What begins in base[p, q) is taken as it is: from the text's start or the stretch's first
    // separator, to the text's end or the stretch's last separator.
    const p = edit === 0 ? 0 : firstSeparator(baseText, from, to);
    const q = edit === count ? n : lastSeparator(baseText, p, to - 1);
    if (p < q) {
      if (walk(text, at, p + shift, scan) !== p + shift) return undefined;
      while (r < baseRuns.length && (baseRuns[r] as number) < p) r += 2;
      for (; r < baseRuns.length && (baseRuns[r] as number) < q; r += 2)
        addRun((baseRuns[r] as number) + shift, (baseRuns[r + 1] as number) + shift);
      while (m < baseMonths.length && (baseMonths[m] as number) < p) m += 2;
      for (; m < baseMonths.length && (baseMonths[m] as number) < q; m += 2)
        scan.months.push((baseMonths[m] as number) + shift, (baseMonths[m + 1] as number) + shift);
      while (a < baseAts.length && (baseAts[a] as number) < p) a++;
      for (; a < baseAts.length && (baseAts[a] as number) < q; a++)
        scan.ats.push((baseAts[a] as number) + shift);
      at = q + shift;
    }
    if (edit < count) {
      // Walked to the blank, then from its last space: a blank is spaces, each a unit of its own that
      // finds nothing but an "at" read after it, which only the last one can be followed by. Where
      // nothing was taken before it (a table's values a comma apart), the walk goes on through it:
      // a walk per blank cost more than its spaces.
      const blank = to + shift;
      if (p < q) {
        if (walk(text, at, blank, scan) !== blank) return undefined;
        at = blank + (blanks[edit] as number) - 1;
      }
      shift += (blanks[edit] as number) - ((ends[edit] as number) - (starts[edit] as number));
    }
  }
  walk(text, at, text.length, scan);
  spareBuffer = runBuffer;
  runBuffer = outRuns;
  scan.runs = outRuns.subarray(0, outCount);
  return scan;
}

/** The characters per blank from which a scan is spliced rather than walked (see splicedScan). */
const SPLICE_SPACING = 24;

function addRun(start: number, end: number): void {
  if (outCount + 2 > outRuns.length) outRuns = grown(outRuns, outCount);
  outRuns[outCount++] = start;
  outRuns[outCount++] = end;
}

/** An ASCII character the walk stands on and reads nothing past: no letter and no digit. */
const isSeparator = (c: number): boolean => c < 128 && KIND[c] !== LETTER && KIND[c] !== DIGIT;

/** The first separator in text[from, to), or `to` when there is none. */
function firstSeparator(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isSeparator(text.charCodeAt(i))) return i;
  return to;
}

/** The last separator in text[from, to], or -1 when there is none. */
function lastSeparator(text: string, from: number, to: number): number {
  for (let i = to; i >= from; i--) if (isSeparator(text.charCodeAt(i))) return i;
  return -1;
}

/** [start, end, …] of each run of ASCII digits of `text`, found once per text (see TextScan.runs). */
export const digitRuns = (text: string): Int32Array => scanText(text).runs;

/** digitRuns(text) where the last scan made is `text`'s; undefined, and no scan made, otherwise. */
export const scannedDigitRuns = (text: string): Int32Array | undefined =>
  text === scannedText ? scanned.runs : undefined;
