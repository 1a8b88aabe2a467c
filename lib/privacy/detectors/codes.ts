import { scannedDigitRuns } from '../forms/text-scan';
import { GroupedNumbers } from '../grouped-numbers';
import { inIsoTimestamp } from '../timestamps';
import { tokensOf, type Tokens } from '../normalize';
import type { Detector, Finding } from '../types';

// Numbers with a unit, ordinals, decades and common formats are ordinary: "5pm", "10kg", "2nd", "1990s",
// "mp3", "250ms" (a log's durations).
export const ORDINARY =
  /^(?:\d+(?:st|nd|rd|th|s|am|pm|k|m|b|kg|g|mg|ml|l|km|cm|mm|m2|gb|mb|kb|tb|hz|khz|mhz|ghz|px|pt|x|d|h|hr|hrs|min|mins|sec|secs|ms|us|µs|ns|yr|yrs|w|kw|kwh|v|p|fps|mp)|mp[34]|[a-z]\d|\d[a-z]|h26[45]|covid19)$/i;

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

// The words digitsByRuns found digits in, and how many each holds: buffers kept between calls.
let inWords = new Int32Array(256);
let digitsIn = new Int32Array(256);

/**
 * Each word (index into `tokens`) holding an ASCII digit, in order, with how many it holds: what
 * digitCount of its raw string says, read off the text's digit runs (`runs`: [start, end, …], from
 * the forms detector's scan of this text) instead of every character of every word. A run's digits
 * count for each word it overlaps, the part inside it (a raw string ends where its word does).
 * Valid until the next call.
 */
function digitsByRuns(
  tokens: Tokens,
  runs: Int32Array,
): { count: number; words: Int32Array; digits: Int32Array } {
  const { count, starts, ends } = tokens;
  if (inWords.length < count) {
    inWords = new Int32Array(count);
    digitsIn = new Int32Array(count);
  }
  let found = 0;
  let k = 0;
  for (let r = 0; r < runs.length && k < count; r += 2) {
    const start = runs[r] as number;
    const end = runs[r + 1] as number;
    while (k < count && (ends[k] as number) <= start) k++;
    // The words the run overlaps: from k on, while they start before its end.
    for (let j = k; j < count && (starts[j] as number) < end; j++) {
      const inside = Math.min(end, ends[j] as number) - Math.max(start, starts[j] as number);
      if (inside <= 0) continue;
      if (found > 0 && inWords[found - 1] === j)
        digitsIn[found - 1] = (digitsIn[found - 1] as number) + inside;
      else {
        inWords[found] = j;
        digitsIn[found] = inside;
        found++;
      }
    }
  }
  return { count: found, words: inWords, digits: digitsIn };
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
 * letters with 3+ digits ("PW127M"), runs of 6+ digits, and long numbers written in groups
 * (grouped-numbers.ts), where no phone number or card takes them.
 */
export const codesDetector: Detector = {
  id: 'codes',
  role: 'heuristic',
  detect: (text) => {
    const spans: Finding[] = [];
    const tokens = tokensOf(text);
    const { count, starts, ends, raws } = tokens;
    // The words with their digit counts, all of them or (where the text's digit runs are known) only
    // those holding a digit.
    const runs = scannedDigitRuns(text);
    const counted = runs ? digitsByRuns(tokens, runs) : undefined;
    const words = counted ? counted.count : count;
    const grouped = new GroupedNumbers(text, tokens, spans);
    for (let w = 0; w < words; w++) {
      const k = counted ? (counted.words[w] as number) : w;
      const raw = raws[k] as string;
      // A code or a long number needs 3+ digits, and re-cutting a word only splits its digits up:
      // most words are ruled out by counting, before any regex or re-cut.
      const digits = counted ? (counted.digits[w] as number) : digitCount(raw);
      if (digits > 0 && digits === raw.length) grouped.add(k, digits);
      if (digits < 3) continue;
      // A word of ASCII letters and digits only (most): no uncased letter to re-cut it at, all of it
      // letters and numbers, so only the counts and ORDINARY decide. ORDINARY needs a letter in every
      // alternative, so a number alone is never ordinary.
      if (isAsciiAlphanumeric(raw)) {
        const letters = raw.length - digits;
        const code = letters > 0;
        if (!(code || digits >= 6) || (code && ORDINARY.test(raw))) continue;
        // A piece of a timestamp ("11T03", "917Z" of "2026-06-11T03:16:31.917Z") is a time.
        if (code && inIsoTimestamp(text, starts[k] as number, ends[k] as number)) continue;
        spans.push(codeSpan(starts[k] as number, ends[k] as number, code));
        continue;
      }
      addCodeRuns(spans, raw, starts[k] as number);
    }
    grouped.end();
    return spans;
  },
};
