import { isCasedPoint, isSpaceCode } from './chars';
import { casedRunEnd, firstLetters, pairOf, readWord, type WordScan } from './date-scan';
import { MONTH, ORDINAL } from './month-words';

/**
 * One walk over a text for all the forms readers, instead of one each: its runs of ASCII digits
 * (amounts, dates, phones and codes walk them), its month and ordinal words (worded dates, as
 * scanWords reads them) and the places an e-mail "at" may start (emails.ts).
 */
export interface TextScan extends WordScan {
  /** [start, end, …] of each run of ASCII digits. */
  runs: number[];
  /**
   * Where /[@([{<]|\s[aA][tT](?=\s)/g matches, left to right: each "@" and opening bracket, and each
   * \s before an "at" and a \s (its a and t are letters, so no two matches overlap).
   */
  ats: number[];
}

// "at" and a \s after the \s at i (a lone \s is one code unit: no \s lies outside the BMP).
const atWordAfter = (text: string, i: number) =>
  (text.charCodeAt(i + 1) | 32) === 97 &&
  (text.charCodeAt(i + 2) | 32) === 116 &&
  isSpaceCode(text.charCodeAt(i + 3));

// An ASCII letter (as isAsciiLetter), told by one range: | 32 maps A-Z, and only them, onto a-z.
const isLetterUnit = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

// The last text's scan: the readers of one text each ask for it.
let scannedText: string | undefined;
let scanned: TextScan = { runs: [], ats: [], months: [], ordinal: false };

/** The scan of `text`, walked once per text. */
export function scanText(text: string): TextScan {
  if (text === scannedText) return scanned;
  const scan: TextScan = { runs: [], ats: [], months: [], ordinal: false };
  const firsts = firstLetters(MONTH, ORDINAL);
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isLetterUnit(c)) {
        // A run of cased letters: its ASCII letters walked here. It is stepped over when its first
        // two letters begin no month or ordinal word (scanWords); else, when it goes on outside
        // ASCII, read by readWord; else it is one by its shape (readWord's test, as a table).
        const second = text.charCodeAt(i + 1);
        let end = i + 1;
        let d = second;
        while (isLetterUnit(d)) d = text.charCodeAt(++end);
        if (firsts.oneAscii[c | 32] !== 1 || (second < 128 && firsts.twoAscii[pairOf(c, second)] !== 1))
          i = d >= 128 ? casedRunEnd(text, end) : end;
        else if (d >= 128) i = readWord(text, i, firsts, MONTH, ORDINAL, scan);
        else {
          const length = end - i;
          if (length >= 3 && length <= 12 && ((firsts.lengths[pairOf(c, second)] ?? 0) >> length) & 1) {
            const word = text.slice(i, end).toLowerCase();
            if (MONTH.has(word)) scan.months.push(i, end);
            if (ORDINAL.has(word)) scan.ordinal = true;
          }
          i = end;
        }
        continue;
      }
      if (c >= 48 && c <= 57) {
        const start = i;
        let d: number;
        do d = text.charCodeAt(++i);
        while (d >= 48 && d <= 57);
        scan.runs.push(start, i);
        continue;
      }
      // A space, the most common, asks for the "a" of an "at" first.
      if (c === 32) {
        if ((text.charCodeAt(i + 1) | 32) === 97 && atWordAfter(text, i)) scan.ats.push(i);
      } else if (c === 64 || c === 40 || c === 91 || c === 123 || c === 60) scan.ats.push(i);
      else if (c >= 9 && c <= 13 && atWordAfter(text, i)) scan.ats.push(i);
      i++;
      continue;
    }
    const point = text.codePointAt(i) ?? c;
    if (isCasedPoint(point)) {
      i = readWord(text, i, firsts, MONTH, ORDINAL, scan);
      continue;
    }
    if (isSpaceCode(c) && atWordAfter(text, i)) scan.ats.push(i);
    i += point > 0xffff ? 2 : 1;
  }
  scannedText = text;
  scanned = scan;
  return scan;
}

/** [start, end, …] of each run of ASCII digits of `text`, found once per text. */
export const digitRuns = (text: string): readonly number[] => scanText(text).runs;
