import { isAsciiLetter, isDigitCode, isSpaceCode, pointClass } from './chars';

/**
 * Where a typed code may open, read back from a digit (forms/codes.ts matchCodes): every stored code
 * holds an ASCII digit, so every typed one does, and the groups before its first digit are few.
 */

export const isAlnum = (c: number): boolean => isDigitCode(c) || isAsciiLetter(c);
export const MAX_GROUPS = 10;
// The group pattern's classes outside ASCII: a run of these, or one \p{Lo}.
export const runPoint = pointClass(/^[\p{LC}\p{N}\p{M}]$/u);
export const uncasedPoint = pointClass(/^\p{Lo}$/u);

/**
 * A code unit outside ASCII read back: 1 when it is a character of no group and no join (a stop),
 * 2 a join's (\s), 0 when it may be a group's (or is half of a surrogate pair: not told here).
 */
function outsideKind(c: number): 0 | 1 | 2 {
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  if (runPoint(c) || uncasedPoint(c)) return 0;
  return isSpaceCode(c) ? 2 : 1;
}

/** The stored codes, compact; every leading part of one is a prefix (so the prefixes are closed). */
export interface StoredCodes {
  has(compact: string): boolean;
  hasPrefix(compact: string): boolean;
  /**
   * The most characters any stored code has before its first ASCII digit, when known: a typed code
   * has as many ASCII letters before its first digit, so a group further back opens none.
   */
  lettersBeforeDigit?: number;
  /**
   * When known: 1 at each ASCII digit that is the first ASCII digit of a stored code (firstDigits).
   * A typed code's first ASCII digit is the first the text has at or after its start.
   */
  firstDigits?: Uint8Array;
}

/** StoredCodes.firstDigits of `codes`; a code without an ASCII digit (build.ts keeps none) allows all. */
export function firstDigits(codes: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128);
  for (const code of codes) {
    const first = code.search(/[0-9]/);
    if (first >= 0) table[code.charCodeAt(first)] = 1;
    else table.fill(1, 48, 58);
  }
  return table;
}

/** What StoredCodes.lettersBeforeDigit says of `codes` (each holds an ASCII digit, build.ts). */
export function lettersBeforeDigit(codes: Iterable<string>): number {
  let most = 0;
  for (const code of codes) {
    const first = code.search(/[0-9]/);
    most = Math.max(most, first < 0 ? code.length : first);
  }
  return most;
}

// Per stored codes, which ASCII characters open one (upper-cased as compactCode does).
const OPENERS = new WeakMap<StoredCodes, Uint8Array>();
export function asciiOpeners(codes: StoredCodes): Uint8Array {
  let openers = OPENERS.get(codes);
  if (!openers) {
    openers = new Uint8Array(128);
    for (let c = 0; c < 128; c++)
      if (isAlnum(c) && codes.hasPrefix(String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c)))
        openers[c] = 1;
    OPENERS.set(codes, openers);
  }
  return openers;
}

// Per stored codes, which two ASCII characters open one: 0 not yet asked, 1 yes, 2 no.
const PAIRS = new WeakMap<StoredCodes, Uint8Array>();
const upper = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c);
export function opensWithTwo(codes: StoredCodes, first: number, second: number): boolean {
  let pairs = PAIRS.get(codes);
  if (!pairs) {
    pairs = new Uint8Array(128 * 128);
    PAIRS.set(codes, pairs);
  }
  const key = first * 128 + second;
  if (pairs[key] === 0)
    pairs[key] = codes.hasPrefix(String.fromCharCode(upper(first), upper(second))) ? 1 : 2;
  return pairs[key] === 1;
}

// The ASCII characters a join between groups may hold (JOIN's class, ASCII part).
export const isJoinCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 46 || c === 47 || c === 95;

/**
 * A place from which matchCodes may go on: no group that starts in [from, result) reaches the digit
 * at `digit` within one typed code. Every stored code holds an ASCII digit (isCodeLike; build.ts
 * keeps no other), and so does any typed form of one (compactCode keeps digits as they are). A code
 * spans at most MAX_GROUPS groups joined by JOIN, so it crosses no character that is neither a
 * group's nor a join's, no three join characters in a row, and no MAX_GROUPS whole groups. Read back
 * from the digit over runs of the group class (outside ASCII too) and joins; a one-point group
 * (\p{Lo}) or half of a surrogate pair stops the reading (no skip). The result is a place the group
 * scan reaches: `from`, a group's end, or just after a character of no group.
 *
 * [from, digit) holds no ASCII digit, so a code opening there holds as many compact characters
 * before its first digit as there are letters and digits (\p{L}\p{N}, one unit at least each once
 * upper-cased; marks none) between its start and the digit: one opening at a group with more than
 * `most` of them has more than any stored code (lettersBeforeDigit).
 */
export function reachStart(text: string, from: number, digit: number, most: number): number {
  // The digit's own group.
  let p = runBack(text, from, digit - 1);
  let letters = backLetters;
  if (letters > most) return p < from ? from : isSurrogate(text.charCodeAt(p)) ? from : p + 1;
  let groups = 0;
  let gap = 0;
  while (p >= from) {
    const c = text.charCodeAt(p);
    if (isSurrogate(c)) return from;
    if (c < 128 ? !isAlnum(c) : !runPoint(c)) {
      if (c >= 128 && uncasedPoint(c)) return from;
      if (!(c < 128 ? isJoinCode(c) : isSpaceCode(c)) || ++gap > 2) return p + 1;
      p--;
      continue;
    }
    // A whole group ends at p + 1; with MAX_GROUPS of them between, or more than `most` letters
    // from its start, no group up to it reaches the digit.
    const end = p + 1;
    if (++groups >= MAX_GROUPS) return end;
    p = runBack(text, from, p);
    letters += backLetters;
    if (letters > most) return end;
    gap = 0;
  }
  return from;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
export const keptPoint = pointClass(/^[\p{L}\p{N}]$/u);

// The letters and digits runBack passed last.
let backLetters = 0;

/**
 * Walks back from `p` over a run of the group class (ASCII letters and digits, and BMP points of
 * \p{LC}\p{N}\p{M} outside ASCII), no further than `from`; returns the place before it and counts its
 * letters and digits into backLetters.
 */
function runBack(text: string, from: number, p: number): number {
  let letters = 0;
  while (p >= from) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if (!isAlnum(c)) break;
      letters++;
    } else {
      if (isSurrogate(c) || !runPoint(c)) break;
      if (keptPoint(c)) letters++;
    }
    p--;
  }
  backLetters = letters;
  return p;
}

export const NO_OPENING = -1;
export const UNTOLD = -2;

/**
 * The first group start in [from, digit] at which a stored code may open, read back from the digit
 * at `digit` (nothing in [from, digit) is an ASCII digit; `from` is a place the group scan reaches):
 * NO_OPENING when none may, UNTOLD when a character outside ASCII that may be a group's is in the
 * way (reachStart then); one that is no group's is a stop or, a space, a join, as in ASCII.
 * A code opening at a group before the digit holds it (it holds an ASCII digit, and none is nearer),
 * so its compact form opens with the ASCII letters between, upper-cased, then the digit: a stored
 * prefix (opensBefore). Groups read back as reachStart reads them: no stop character, no three join
 * characters in a row, no MAX_GROUPS whole groups, no more than `most` letters.
 */
export function firstOpening(
  text: string,
  from: number,
  digit: number,
  most: number,
  codes: StoredCodes,
  openers: Uint8Array,
): number {
  let first = NO_OPENING;
  let p = digit - 1;
  let letters = 0;
  let groups = 0;
  // The digit's own group.
  while (p >= from && isAlnum(text.charCodeAt(p))) {
    p--;
    letters++;
  }
  for (;;) {
    // More letters than a code has before its digit: neither the group they are in nor any before.
    if (letters > most) return first;
    // A group starts at p + 1, unless the character before it, outside ASCII, may be one of its own.
    if (p >= from && text.charCodeAt(p) >= 128 && outsideKind(text.charCodeAt(p)) === 0) return UNTOLD;
    if (opensBefore(text, p + 1, digit, codes, openers)) first = p + 1;
    if (p < from) return first;
    // The joins before it, then the group they follow.
    let gap = 0;
    for (let c = text.charCodeAt(p); !isAlnum(c); c = text.charCodeAt(p)) {
      const kind = c < 128 ? (isJoinCode(c) ? 2 : 1) : outsideKind(c);
      if (kind === 0) return UNTOLD;
      if (kind === 1 || ++gap > 2) return first;
      if (--p < from) return first;
    }
    if (++groups >= MAX_GROUPS) return first;
    while (p >= from && isAlnum(text.charCodeAt(p))) {
      p--;
      letters++;
    }
  }
}

/** Whether the ASCII letters of [start, digit), upper-cased, then the digit, begin a stored code. */
function opensBefore(
  text: string,
  start: number,
  digit: number,
  codes: StoredCodes,
  openers: Uint8Array,
): boolean {
  let first = -1;
  let second = -1;
  let count = 0;
  for (let i = start; i < digit; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) continue;
    if (count === 0) first = c;
    else if (count === 1) second = c;
    count++;
  }
  const d = text.charCodeAt(digit);
  if (count === 0) return openers[d] === 1;
  if (openers[first] !== 1) return false;
  if (count === 1) return opensWithTwo(codes, first, d);
  if (!opensWithTwo(codes, first, second)) return false;
  let prefix = '';
  for (let i = start; i < digit; i++) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) prefix += String.fromCharCode(upper(c));
  }
  return codes.hasPrefix(prefix + String.fromCharCode(d));
}
