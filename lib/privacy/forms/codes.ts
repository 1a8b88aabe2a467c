import { ORDINARY } from '../detectors/codes';
import {
  asciiOpeners,
  firstOpening,
  isAlnum,
  keptPoint,
  MAX_GROUPS,
  NO_OPENING,
  opensWithTwo,
  reachStart,
  runPoint,
  type StoredCodes,
  UNTOLD,
  uncasedPoint,
} from './code-reach';
import { digitRuns } from './text-scan';

export { firstDigits, lettersBeforeDigit, type StoredCodes } from './code-reach';

/**
 * Codes and identifiers (plates, member and policy numbers, booking references, ID numbers) compared
 * in compact form: letters and digits only, upper case. "YK21 XRV", "yk21xrv" and "yk-21 xrv" are
 * one code, as are "川A7K3M9" and "川a 7k 3m 9".
 */
export const compactCode = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();

/**
 * A compact form that can be a code: letters and digits both and not a unit or a model ("10mg",
 * "mp3"), or a long run of digits (national ID numbers), which no amount or phone number reaches.
 */
export const isCodeLike = (compact: string): boolean =>
  (compact.length >= 4 && /\p{L}/u.test(compact) && /\d/.test(compact) && !ORDINARY.test(compact)) ||
  /^\d{16,}$/.test(compact);

// A word of cased letters and digits, with hyphen-, slash- or dot-joined groups ("KA-40417").
const WORD = /[\p{LC}\p{N}]+(?:[-/.][\p{LC}\p{N}]+)*/gu;
// Capital groups spaced like a plate or a postcode ("YK21 XRV", "SW1A 1AA").
const SPACED = /(?<![\p{L}\p{N}])[A-Z0-9]{2,5}(?: [A-Z0-9]{2,5}){1,3}(?![\p{L}\p{N}])/gu;
// A short prefix of capitals or of an uncased script before a long number ("KA 40417", "ทค 640215");
// five digits or more, so that no year makes a code of the word before it.
const PREFIXED = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,3}|\p{Lo}{1,3})[\s-]?\d{5,}(?!\p{N})/gu;
const UNCASED = /\p{Lo}/u;

/** Codes of a stored text, compact. */
export function readStoredCodes(text: string): string[] {
  const codes: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const compact = compactCode(m[0]);
    if (!isCodeLike(compact)) continue;
    codes.push(compact);
    // In a script without spaces the code may begin with the characters before it ("车牌川A7K3M9"):
    // keep the versions with one and two of them, and let the typed text decide.
    const before = [...text.slice(Math.max(0, m.index - 4), m.index)];
    for (let n = 1; n <= 2 && n <= before.length && before.slice(-n).every((ch) => UNCASED.test(ch)); n++)
      codes.push(compactCode(before.slice(-n).join('') + m[0]));
  }
  for (const re of [SPACED, PREFIXED])
    for (const m of text.matchAll(re)) {
      const compact = compactCode(m[0]);
      if (isCodeLike(compact)) codes.push(compact);
    }
  return codes;
}

// A typed group: a run of cased letters, digits and marks, or one character of a script without
// spaces: /[\p{LC}\p{N}\p{M}]+|\p{Lo}/gu, read by forEachGroup as a scan (ASCII by charCode).
const inRun = (cp: number) => (cp < 128 ? isAlnum(cp) : runPoint(cp));

// The group nextGroup found last (two numbers, not an object per group).
let groupStart = 0;
let groupEnd = 0;

/** Where a run of the group class that goes on at `i` ends. */
function runGoesOnTo(text: string, i: number): number {
  for (;;) {
    // The text's end ends the run, as the NaN read there did (charCodeAt past the end deoptimised
    // matchCodes, its caller, the first time a run of digits ended a text).
    if (i >= text.length) return i;
    const d = text.charCodeAt(i);
    if (d < 128) {
      if (!isAlnum(d)) return i;
      i++;
      continue;
    }
    const next = text.codePointAt(i);
    if (next === undefined || !inRun(next)) return i;
    i += next > 0xffff ? 2 : 1;
  }
}

/**
 * The first group at or after `from` (a place the scan of the whole text also reaches: the start or
 * a group's end), into groupStart and groupEnd; false when there is none. matchAll of the group
 * pattern steps the same way: a run of class characters, else one \p{Lo}, else the next code point.
 */
function nextGroup(text: string, from: number): boolean {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // ASCII punctuation and spaces, the most of what lies between groups, by charCode alone.
    if (c < 128 && !isAlnum(c)) {
      i++;
      continue;
    }
    const cp = c < 128 ? c : (text.codePointAt(i) ?? c);
    const width = cp > 0xffff ? 2 : 1;
    if (inRun(cp)) {
      groupStart = i;
      groupEnd = runGoesOnTo(text, i + width);
      return true;
    }
    if (cp >= 128 && uncasedPoint(cp)) {
      groupStart = i;
      groupEnd = i + width;
      return true;
    }
    i += width;
  }
  return false;
}

/** Groups typed as one code are joined by at most this much: a space, a hyphen, a dot, a slash. */
const JOIN = /^[\s\-./_]{0,2}$/;

/**
 * Whether a code may start with the group at [start, end): its compact form's first character is
 * the first character of a stored code. Told from the group's first character when it is ASCII
 * (a letter or digit, which compactCode keeps and upper-cases to one character); otherwise the
 * whole group is compacted.
 */
function mayOpen(text: string, start: number, end: number, codes: StoredCodes, openers: Uint8Array): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) {
    if (openers[c] !== 1) return false;
    // Two ASCII characters open the compact form too: its first two must be a stored prefix.
    const next = start + 1 < end ? text.charCodeAt(start + 1) : 128;
    return next >= 128 || opensWithTwo(codes, c, next);
  }
  // A letter or digit outside ASCII is kept by compactCode and upper-cased on its own (upper case
  // has no context), so the compact form's first unit is that of its own upper case. A group that
  // opens with a mark, which compactCode drops, is compacted whole.
  const cp = text.codePointAt(start) ?? c;
  if (keptPoint(cp)) return codes.hasPrefix(upperFirstUnit(cp));
  const compact = compactCode(text.slice(start, end));
  return compact.length > 0 && codes.hasPrefix(compact.slice(0, 1));
}

const UPPER_FIRST = new Map<number, string>();
function upperFirstUnit(cp: number): string {
  let unit = UPPER_FIRST.get(cp);
  if (unit === undefined) {
    unit = String.fromCodePoint(cp).toUpperCase().slice(0, 1);
    UPPER_FIRST.set(cp, unit);
  }
  return unit;
}

/** Typed runs of groups that spell a stored code; the longest from each start, left to right. */
export function matchCodes(
  text: string,
  codes: StoredCodes,
): { start: number; end: number; compact: string }[] {
  if (!/\d/.test(text)) return [];
  const most = codes.lettersBeforeDigit ?? Infinity;
  // Looked up once per text, not once per group.
  const openers = asciiOpeners(codes);
  const firsts = codes.firstDigits;
  const hits = [];
  const runs = digitRuns(text);
  let r = 0;
  let reached = -1;
  let at = 0;
  for (;;) {
    // No code is read off without a digit in reach: skip to where one may open (firstOpening, or
    // reachStart where that cannot tell), read back once per digit run (its answer for a later
    // `from` is that `from` or the same place).
    while (r < runs.length && (runs[r + 1] ?? 0) <= at) r += 2;
    if (r >= runs.length) break;
    if (r !== reached) {
      reached = r;
      const digit = Math.max(runs[r] ?? 0, at);
      // A code opening in [at, digit] holds an ASCII digit (they all do), the first of which is this
      // one (none lies before it there, and compactCode makes none of a letter): it must open a
      // stored code's digits, or none opens there.
      if (firsts && firsts[text.charCodeAt(digit)] !== 1) {
        // Then `at` goes to the end of the digit's group (below), and so for each run after it whose
        // first digit opens none either: the walk to a group's end is made once, from the last such
        // run. A run inside the group of one before it ends in that group, so the same end is found
        // from its end; before a run that may open one, the loop above skips it if that group holds it.
        let last = r;
        while (last + 2 < runs.length && firsts[text.charCodeAt(runs[last + 2] ?? 0)] !== 1) last += 2;
        at = runGoesOnTo(text, runs[last + 1] ?? digit);
        r = last;
        continue;
      }
      const open = firstOpening(text, at, digit, most, codes, openers);
      if (open === NO_OPENING) {
        // No group up to the digit's own opens a code: go on after that group, which holds the
        // digit's run and goes on from its end.
        at = runGoesOnTo(text, runs[r + 1] ?? digit);
        continue;
      }
      at = open === UNTOLD ? reachStart(text, at, digit, most) : open;
    }
    if (!nextGroup(text, at)) break;
    const start = groupStart;
    at = groupEnd;
    // Every code begins with its first character, a one-character prefix: most groups stop here.
    if (!mayOpen(text, start, groupEnd, codes, openers)) continue;
    let compact = '';
    let best: { start: number; end: number; compact: string } | undefined;
    let end = start;
    for (let j = 0; j < MAX_GROUPS && nextGroup(text, end); j++) {
      if (j > 0 && !JOIN.test(text.slice(end, groupStart))) break;
      compact += compactCode(text.slice(groupStart, groupEnd));
      end = groupEnd;
      if (!codes.hasPrefix(compact)) break;
      if (codes.has(compact)) best = { start, end, compact };
    }
    if (best) {
      hits.push(best);
      // The next start is the first group not inside this code.
      at = best.end;
    }
  }
  return hits;
}
