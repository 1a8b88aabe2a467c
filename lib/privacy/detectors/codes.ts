import { tokensOf } from '../normalize';
import type { Detector, Finding } from '../types';

// Numbers with a unit, ordinals, decades and common formats are ordinary: "5pm", "10kg", "2nd", "1990s", "mp3".
export const ORDINARY =
  /^(?:\d+(?:st|nd|rd|th|s|am|pm|k|m|b|kg|g|mg|ml|l|km|cm|mm|m2|gb|mb|kb|tb|hz|khz|mhz|ghz|px|pt|x|d|h|hr|hrs|min|mins|sec|yr|yrs|w|kw|kwh|v|p|fps|mp)|mp[34]|[a-z]\d|\d[a-z]|h26[45]|covid19)$/i;

// Letters of a script without case (Han, kana, Thai) glued to digits are the words around a number
// ("1990に休みを取りたい"), not part of a code: a code is read from the cased letters and digits.
const UNCASED = /[^\p{LC}\p{N}\p{M}'’]/u;
const CASED_RUN = /[\p{LC}\p{N}\p{M}]+/gu;

/** How many ASCII digits `raw` holds (what /\d/ counts). */
function digitCount(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * The codes and long numbers among the cased runs of a word `raw` at `start` that is not all ASCII
 * letters and digits, added to `spans`.
 */
function addCodeRuns(spans: Finding[], raw: string, start: number): void {
  if (!UNCASED.test(raw)) return addCodeRun(spans, raw, start);
  // An exec loop on the one global regex: matchAll copies it on every call. CASED_RUN never matches
  // empty (a + run), so lastIndex always moves on.
  CASED_RUN.lastIndex = 0;
  for (let m = CASED_RUN.exec(raw); m; m = CASED_RUN.exec(raw)) addCodeRun(spans, m[0], start + m.index);
}

/** A cased run `run` at `start`: a span where it is a code or a long number. */
function addCodeRun(spans: Finding[], run: string, start: number): void {
  const digits = digitCount(run);
  const letters = run.length - digits;
  if (ORDINARY.test(run)) return;
  const code = letters > 0 && digits >= 3 && /^[\p{L}\p{N}]+$/u.test(run);
  const longNumber = letters === 0 && digits >= 6;
  if (code || longNumber) spans.push(codeSpan(start, start + run.length, code));
}

/** Only A-Z, a-z and 0-9 in `raw`. */
function isAsciiAlphanumeric(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

const codeSpan = (start: number, end: number, code: boolean): Finding => ({
  start,
  end,
  kind: code ? 'ID' : 'NUMBER',
  source: code ? 'looks like a code' : 'long number',
});

/**
 * Codes and long numbers that identify an account, an order, a product of the user's: tokens that mix
 * letters with 3+ digits ("PW127M"), and runs of 6+ digits not already a phone number or a card.
 */
export const codesDetector: Detector = {
  id: 'codes',
  role: 'heuristic',
  detect: (text) => {
    const spans: Finding[] = [];
    const { count, starts, ends, raws } = tokensOf(text);
    for (let k = 0; k < count; k++) {
      const raw = raws[k] as string;
      // A code or a long number needs 3+ digits, and re-cutting a word only splits its digits up:
      // most words are ruled out by counting, before any regex or re-cut.
      const digits = digitCount(raw);
      if (digits < 3) continue;
      // A word of ASCII letters and digits only (most): no uncased letter to re-cut it at, all of it
      // letters and numbers, so only the counts and ORDINARY decide. ORDINARY needs a letter in every
      // alternative, so a number alone is never ordinary.
      if (isAsciiAlphanumeric(raw)) {
        const letters = raw.length - digits;
        const code = letters > 0;
        if (!(code || digits >= 6) || (code && ORDINARY.test(raw))) continue;
        spans.push(codeSpan(starts[k] as number, ends[k] as number, code));
        continue;
      }
      addCodeRuns(spans, raw, starts[k] as number);
    }
    return spans;
  },
};
