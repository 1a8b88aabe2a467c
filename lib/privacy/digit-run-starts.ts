/**
 * matchAll of a number pattern, tried only where a match can start: at the ASCII digit runs scanText
 * already found (forms/text-scan.ts, one walk per text shared with the forms readers). On a table or
 * a log, where every other character is a digit, a global scan tries the pattern at each digit; the
 * candidates here are the few runs whose neighbours can make a match (a card needs 13 digits, an
 * IPv4 address four dotted numbers, an IBAN two capitals before its check digits; an SSN, a NINO, a
 * US ZIP and a UK postcode each their own run lengths and letters).
 *
 * Exactness: every position where the pattern matches is a candidate, and candidates are tried in
 * the text's order with the pattern made sticky, skipping those before the end of the last match.
 * A global scan takes the leftmost match at or after that end: the first candidate there that
 * matches, with the same match (the same pattern tried at the same position). So the matches are
 * matchAll's. tests/unit/privacy/digit-run-starts.property.test.ts compares the two.
 */
import { isSpaceCode } from './forms/chars';
import { digitRuns } from './forms/text-scan';

/**
 * Writes the candidate starts for a text's digit runs (`runs`: [start, end, …]) into `out`, in
 * ascending order, at most one per run, and returns how many.
 */
export type RunStarts = (text: string, runs: Int32Array, out: Int32Array) => number;

// The candidates of the text being matched, kept between calls (one per run at most).
let starts = new Int32Array(256);

/**
 * What `[...text.matchAll(global)]` gives, for a pattern that never matches the empty string and
 * whose every match starts at a position `runStarts` gives. `sticky` is the pattern with the y flag.
 */
export function matchesAtRuns(text: string, sticky: RegExp, runStarts: RunStarts): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const runs = digitRuns(text);
  if (starts.length < runs.length >> 1) starts = new Int32Array(runs.length);
  const count = runStarts(text, runs, starts);
  let next = 0; // where a global scan's next search would begin
  for (let k = 0; k < count; k++) {
    const at = starts[k] as number;
    if (at < next) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match === null) continue;
    matches.push(match);
    next = at + match[0].length;
  }
  sticky.lastIndex = 0;
  return matches;
}

const SPACE = 32;
const HYPHEN = 45;
const PERIOD = 46;

/** Whether the runs at k and k + 2 (of `runs`) are one character apart, and that character is `a` or `b`. */
function joined(text: string, runs: Int32Array, k: number, a: number, b: number): boolean {
  const end = runs[k + 1] as number;
  if ((runs[k + 2] as number) !== end + 1) return false;
  const c = text.charCodeAt(end);
  return c === a || c === b;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** A \w character without the u flag (an ASCII letter, digit or "_"): \b lies between one and a non-one. */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** \b before `at`, where the character at `at` is a word character. */
const boundaryBefore = (text: string, at: number): boolean =>
  at === 0 || !isWordCode(text.charCodeAt(at - 1));
/** Two capitals right before `at`, after \b: how IBAN, NINO and US_ZIP begin. */
const capitalPairBefore = (text: string, at: number): boolean =>
  at >= 2 &&
  isCapital(text.charCodeAt(at - 1)) &&
  isCapital(text.charCodeAt(at - 2)) &&
  boundaryBefore(text, at - 2);

/**
 * Where CARD (`\b\d(?:[ -]?\d){12,18}\b`) can start: after \b, at a run from which the runs joined by
 * single spaces or hyphens hold at least 13 digits. A card's digits are one after another or one space
 * or hyphen apart, so it lies in one such chain; it starts at a digit after \b, so not after a digit:
 * at a run's start. From there to the chain's end it holds its own digits.
 */
export const cardStarts: RunStarts = (text, runs, out) => {
  let count = 0;
  for (let first = 0; first < runs.length;) {
    // The chain from run `first` to run `last` (indices of starts in `runs`), and its digits.
    let last = first;
    let digits = (runs[first + 1] as number) - (runs[first] as number);
    while (last + 2 < runs.length && joined(text, runs, last, SPACE, HYPHEN)) {
      last += 2;
      digits += (runs[last + 1] as number) - (runs[last] as number);
    }
    for (let k = first; k <= last && digits >= 13; k += 2) {
      const start = runs[k] as number;
      if (boundaryBefore(text, start)) out[count++] = start;
      digits -= (runs[k + 1] as number) - start;
    }
    first = last + 2;
  }
  return count;
};

/**
 * Where IPV4 can start: runs of at most three digits followed by three more runs, each one full stop
 * after the last. Its octets are one to three digits; the first follows no digit (its
 * lookbehind) and each but the last is followed by "." (and the last by no digit): each octet is a
 * whole run, and the four runs are joined by single full stops.
 */
export const ipv4Starts: RunStarts = (text, runs, out) => {
  let count = 0;
  // Each chain of runs joined by single full stops is found once, from its first run.
  for (let first = 0; first < runs.length;) {
    let last = first;
    while (last + 2 < runs.length && joined(text, runs, last, PERIOD, PERIOD)) last += 2;
    // Runs first..last, (last - first) / 2 + 1 of them; a quad starts at k when three follow it.
    for (let k = first; k + 6 <= last; k += 2)
      if ((runs[k + 1] as number) - (runs[k] as number) <= 3) out[count++] = runs[k] as number;
    first = last + 2;
  }
  return count;
};

/**
 * Where IBAN (`\b[A-Z]{2}\d{2}…`) can start: two characters before each run of at least two digits
 * that two capitals precede, after \b. Its check digits follow its two letters, so they open a run.
 */
export const ibanStarts: RunStarts = (text, runs, out) => {
  let count = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] as number;
    if ((runs[k + 1] as number) - start >= 2 && capitalPairBefore(text, start)) out[count++] = start - 2;
  }
  return count;
};

/**
 * Where SSN (`\b(?!…)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}\b`) can start: a run of three digits (a
 * separator follows) or nine (none does), after \b.
 */
export const ssnStarts: RunStarts = (text, runs, out) => {
  let count = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] as number;
    const length = (runs[k + 1] as number) - start;
    if ((length === 3 || length === 9) && boundaryBefore(text, start)) out[count++] = start;
  }
  return count;
};

/**
 * Where NINO (`\b(?!…)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b`) can
 * start: after \b, two capitals right before a run of two, four or six digits (its six digits in
 * pairs, each pair but the first after an optional space), or two capitals and a space. Its first
 * digits follow a letter or a space, so they open a run.
 */
export const ninoStarts: RunStarts = (text, runs, out) => {
  let count = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] as number;
    const length = (runs[k + 1] as number) - start;
    if (length !== 2 && length !== 4 && length !== 6) continue;
    const at = text.charCodeAt(start - 1) === SPACE ? start - 1 : start;
    if (capitalPairBefore(text, at)) out[count++] = at - 2;
  }
  return count;
};

/**
 * Where US_ZIP (`\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b`) can start: after \b, two capitals and white space
 * before a run of exactly five digits (a sixth digit leaves neither "-" nor \b after the fifth).
 */
export const zipStarts: RunStarts = (text, runs, out) => {
  let count = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] as number;
    if ((runs[k + 1] as number) - start !== 5) continue;
    let at = start;
    while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
    if (at < start && capitalPairBefore(text, at)) out[count++] = at - 2;
  }
  return count;
};

/**
 * Where UK_POSTCODE (`\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b`) can start: after \b, one or two
 * capitals before a run of one or two digits (its first digit follows a letter, so it opens a run,
 * and white space follows its second character at most).
 */
export const ukPostcodeStarts: RunStarts = (text, runs, out) => {
  let count = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] as number;
    if ((runs[k + 1] as number) - start > 2 || start < 1 || !isCapital(text.charCodeAt(start - 1))) continue;
    if (start >= 2 && isCapital(text.charCodeAt(start - 2))) {
      if (boundaryBefore(text, start - 2)) out[count++] = start - 2;
    } else if (boundaryBefore(text, start - 1)) out[count++] = start - 1;
  }
  return count;
};
