import { pointClass } from './chars';
import { digitRuns } from './text-scan';
import type { FormsIndex, StoredPhone } from './types';

/** The digits that identify a number: a local number has seven; shorter tails are not compared. */
export const TAIL = 7;
/** Leading digits a typed number may carry that the stored one lacks: "+44", "0044", a trunk "0". */
const PREFIX_DIGITS = 4;

const isDigit = (c: number) => c >= 48 && c <= 57;
// The separators people group phone numbers with: \s ( ) . - /
const isSpace = pointClass(/\s/);
const isSeparator = (c: number) =>
  c === 40 ||
  c === 41 ||
  c === 46 ||
  c === 45 ||
  c === 47 ||
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 128 && isSpace(c));

/**
 * Each match of /\+?\(?\d(?:[\s().\-/]{0,3}\d)*\/g (digits with the separators people group phone
 * numbers with; one digit per step, so linear), written as a scan: `each` gets its start, its end
 * and its first digit; only runs of TAIL digits or more are reported.
 */
function forEachRun(text: string, each: (start: number, end: number, first: number) => void): void {
  const runs = digitRuns(text);
  let from = 0;
  for (let r = 0; r < runs.length; r += 2) {
    // A match ends before a character that is no digit, so the next one starts at a run's start.
    const d = runs[r] ?? 0;
    if (d < from) continue;
    // The earliest start at or after `from` whose match reaches this digit: "+(", "+" or "(" before it.
    let start = d;
    if (d - 1 >= from && (text.charCodeAt(d - 1) === 40 || text.charCodeAt(d - 1) === 43)) {
      start = d - 1;
      if (text.charCodeAt(d - 1) === 40 && d - 2 >= from && text.charCodeAt(d - 2) === 43) start = d - 2;
    }
    // Whole digit runs at a time: the next run joins when only one to three separators lie between.
    let end = runs[r + 1] ?? d + 1;
    let count = end - d;
    while (r + 2 < runs.length && joins(text, end, runs[r + 2] ?? 0)) {
      r += 2;
      count += (runs[r + 1] ?? 0) - (runs[r] ?? 0);
      end = runs[r + 1] ?? end;
    }
    if (count >= TAIL) each(start, end, d);
    from = end;
  }
}

/** Whether one to three separators, and nothing else, lie between a run's end and the next run. */
function joins(text: string, end: number, next: number): boolean {
  if (next - end > 3) return false;
  for (let i = end; i < next; i++) if (!isSeparator(text.charCodeAt(i))) return false;
  return true;
}

/** Runs of digits in `text` long enough to be a phone number, with their digits. */
export function readPhoneRuns(text: string): { start: number; end: number; digits: string; at: number[] }[] {
  const runs: { start: number; end: number; digits: string; at: number[] }[] = [];
  forEachRun(text, (start, end, first) => {
    const at = positionsOf(text, first, end);
    runs.push({ start, end, digits: digitsAt(text, at), at });
  });
  return runs;
}

/** Where the digits of a run are (its separators are never digits). */
function positionsOf(text: string, first: number, end: number): number[] {
  const at: number[] = [];
  for (let i = first; i < end; i++) if (isDigit(text.charCodeAt(i))) at.push(i);
  return at;
}

function digitsAt(text: string, at: readonly number[]): string {
  let digits = '';
  for (const i of at) digits += text[i] ?? '';
  return digits;
}

/**
 * Stored phones inside typed runs of digits, however grouped and with or without the country code
 * or trunk 0: the stored number's last seven digits, extended to the left while the digits agree.
 * The match must end where the typed number ends (or at a separator), so "5550134" inside
 * "55501345" is a different number.
 */
export function matchPhones(
  text: string,
  phones: FormsIndex['phones'],
): { start: number; end: number; phone: StoredPhone }[] {
  if (phones.size === 0) return [];
  const tails = tailsOf(phones);
  const buckets = bucketsOf(tails);
  const hits: { start: number; end: number; phone: StoredPhone }[] = [];
  forEachRun(text, (runStart, runEnd, firstDigit) => {
    // Each seven digits of the run as a number, rolled along the text: only a stored tail makes
    // the run's digits and their places be noted.
    let window = 0;
    let seen = 0;
    let at: number[] | undefined;
    let digits = '';
    for (let p = firstDigit; p < runEnd; p++) {
      const c = text.charCodeAt(p);
      if (!isDigit(c)) continue;
      window = (window % 1_000_000) * 10 + (c - 48);
      if (
        ++seen < TAIL ||
        ((buckets[(window >>> 5) & 31] ?? 0) & (1 << (window & 31))) === 0 ||
        !tails.has(window)
      )
        continue;
      const i = seen - TAIL;
      if (!at) {
        at = positionsOf(text, firstDigit, runEnd);
        digits = digitsAt(text, at);
      }
      const stored = phones.get(digits.slice(i, i + TAIL));
      if (!stored) continue;
      const endDigit = i + TAIL - 1;
      const endAt = at[endDigit] ?? 0;
      if (endDigit + 1 < digits.length && (at[endDigit + 1] ?? 0) === endAt + 1) continue;
      for (const phone of stored) {
        let first = i;
        let k = phone.digits.length - TAIL - 1;
        while (first > 0 && k >= 0 && digits[first - 1] === phone.digits[k]) {
          first--;
          k--;
        }
        const glued = first > 0 && (at[first - 1] ?? 0) === (at[first] ?? 0) - 1;
        // Unmatched leading digits: a short prefix is the country code or trunk 0 and goes with it;
        // a longer one glued to the match makes it another number.
        if (first > PREFIX_DIGITS && glued) continue;
        const start = first <= PREFIX_DIGITS ? runStart : (at[first] ?? runStart);
        hits.push({ start, end: endAt + 1, phone });
        break;
      }
    }
  });
  return hits;
}

// Per tails set: which buckets (tail & 1023, one bit each) hold one, so most windows stop at one load.
// 1,024 bits are 128 bytes, two cache lines: a table of 2^16 bytes was read at a random place per
// window (about one per seven characters of a table, log or letter), a cache miss each in the middle
// of the stage. A stored tail's bit is set, so the bits turn away only windows that are no stored tail.
const BUCKETS = new WeakMap<ReadonlySet<number>, Uint32Array>();
function bucketsOf(tails: ReadonlySet<number>): Uint32Array {
  let buckets = BUCKETS.get(tails);
  if (!buckets) {
    buckets = new Uint32Array(32);
    for (const tail of tails)
      buckets[(tail >>> 5) & 31] = (buckets[(tail >>> 5) & 31] ?? 0) | (1 << (tail & 31));
    BUCKETS.set(tails, buckets);
  }
  return buckets;
}

// The stored tails as numbers (seven digits each, so the number says the same), per phones table.
const TAILS = new WeakMap<FormsIndex['phones'], ReadonlySet<number>>();
function tailsOf(phones: FormsIndex['phones']): ReadonlySet<number> {
  let tails = TAILS.get(phones);
  if (!tails) {
    tails = new Set([...phones.keys()].map(Number));
    TAILS.set(phones, tails);
  }
  return tails;
}
