/**
 * The continental street addresses of street-europe-shapes.ts, found in a text. Each shape holds a house number, so the shapes are tried only around the text's runs of ASCII digits
 * (forms/text-scan.ts' scan, made once per text) whose neighbours can be a street's: a run of one to
 * four digits after a word that ends as a street type, after a capitalised word (the type may stand a
 * few words before it), or before a French type. Run over the whole text behind gates that kept them
 * off most texts, the shapes made the privacy stage 32 % slower on letters and 11 to 14 % on e-mails
 * and code (bench:privacy-ab); tried here, 2 to 6 %.
 * tests/unit/privacy/street-europe.property.test.ts compares what is found with each shape's matchAll.
 */
import { isAsciiLetter, isNumberPoint, isSpaceCode, pointBefore, pointClass } from './forms/chars';
import { digitRuns } from './forms/text-scan';
import {
  AFTER_WORDS,
  BEFORE_VARIANTS,
  EUROPEAN_STREETS,
  FRENCH_WORDS,
  SUFFIX_WORDS,
  TYPE_FIRST_REACH,
} from './street-europe-shapes';

const STICKY = EUROPEAN_STREETS.map((re) => new RegExp(re.source, 'uy'));
// The first two characters of each type written before the name, as the type-first candidates read
// them, and their first characters (all ASCII), looked up before anything is sliced; a character
// outside ASCII is looked up by its low bits, which only lets the opening's own test decide.
const BEFORE_OPENINGS = new Set(BEFORE_VARIANTS.map((w) => w.slice(0, 2)));
const BEFORE_FIRSTS = new Uint8Array(128);
for (const opening of BEFORE_OPENINGS) BEFORE_FIRSTS[opening.charCodeAt(0)] = 1;

const letterPoint = pointClass(/\p{L}/u);
const upperPoint = pointClass(/\p{Lu}/u);
/** What [^\S\r\n] matches: white space other than a line feed or a carriage return. */
const isHorizontalSpace = (c: number) => c !== 10 && c !== 13 && isSpaceCode(c);
/** Whether the code unit at `i` is (part of) a letter: a surrogate reads as its pair's point. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  if (c < 0xd800 || c > 0xdfff) return letterPoint(c);
  const point = c >= 0xdc00 ? pointBefore(text, i + 1) : (text.codePointAt(i) ?? c);
  return letterPoint(point);
}
/** \p{Lu} read at `i`, as a regex reads the point that starts there. */
const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : upperPoint(text.codePointAt(i) ?? c);
};
/** What (?<![\p{L}\p{N}]) refuses at `i`: a letter or a number just before. */
const isDigitOrLetterBefore = (text: string, i: number): boolean => {
  const point = pointBefore(text, i);
  return point >= 0 && (isNumberPoint(point) || (point < 128 ? isAsciiLetter(point) : letterPoint(point)));
};
/** Whether the run of letters, hyphens and apostrophes that ends at `end` holds a capital. */
function capitalBefore(text: string, end: number): boolean {
  for (let q = end - 1; q >= 0; q--) {
    const c = text.charCodeAt(q);
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
      if (!((c >= 97 && c <= 122) || c === 45 || c === 39)) return false;
    } else if (c !== 0x2019) {
      if (isUpperAt(text, q)) return true;
      if (!isLetterAt(text, q)) return false;
    }
  }
  return false;
}
/** Where the run of letters, hyphens and apostrophes that ends at `end` begins. */
function wordStart(text: string, end: number): number {
  let i = end;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c !== 45 && c !== 39 && c !== 0x2019 && !isLetterAt(text, i - 1)) break;
  }
  return i;
}
/** Capitals in text[from, to) where a match may open (nothing alphanumeric before), left to right. */
function openings(text: string, from: number, to: number, out: number[]): void {
  for (let q = from; q < to; q++) if (isUpperAt(text, q) && !isDigitOrLetterBefore(text, q)) out.push(q);
}

// The glued and after-the-name types by their last character: the word before most numbers ends in none
// of them, and is then read no further.
const TYPES_BY_LAST: (string[] | undefined)[] = [];
for (const type of [...SUFFIX_WORDS, ...AFTER_WORDS]) {
  const last = type.charCodeAt(type.length - 1);
  TYPES_BY_LAST[last] = [...(TYPES_BY_LAST[last] ?? []), type];
}
// What an ASCII character before a number says: it may end a glued or after-the-name type (one of
// their last letters), it is white space on one line, or it may stand before the spaces ahead of a
// type-first street's number (a name's last letter or hyphen, a comma, more spaces, a numero's "o" or
// full stop).
const TYPE_END = 1;
const SPACE = 2;
const BEFORE_GAP = 4;
const ASCII_KIND = new Uint8Array(128);
for (const type of [...SUFFIX_WORDS, ...AFTER_WORDS]) {
  const last = type.charCodeAt(type.length - 1);
  if (last !== 46) ASCII_KIND[last] = (ASCII_KIND[last] ?? 0) | TYPE_END;
}
for (const ch of ' \t\v\f')
  ASCII_KIND[ch.charCodeAt(0)] = (ASCII_KIND[ch.charCodeAt(0)] ?? 0) | SPACE | BEFORE_GAP;
for (let c = 0; c < 128; c++)
  if ((c | 32) >= 97 && (c | 32) <= 122) ASCII_KIND[c] = (ASCII_KIND[c] ?? 0) | BEFORE_GAP;
for (const ch of ',-.') ASCII_KIND[ch.charCodeAt(0)] = (ASCII_KIND[ch.charCodeAt(0)] ?? 0) | BEFORE_GAP;
const endsWithAt = (text: string, end: number, word: string) =>
  end >= word.length && text.startsWith(word, end - word.length);

/** Where GLUED can start for the number at `s`: the word before it ends as a street type. */
function gluedStarts(text: string, s: number, out: number[]): void {
  let end = s;
  if (isHorizontalSpace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  const types = last < 128 ? TYPES_BY_LAST[last] : undefined;
  if (types === undefined) return;
  let start = -1;
  for (const type of types) {
    if (!endsWithAt(text, end, type)) continue;
    start = start < 0 ? wordStart(text, text.charCodeAt(end - 1) === 46 ? end - 1 : end) : start;
    if (SUFFIX_WORDS.includes(type)) openings(text, start, end, out);
    else {
      // The name before the type: in the same word before a hyphen, or the word before the spaces.
      const at = end - type.length;
      if (text.charCodeAt(at - 1) === 45) openings(text, start, at - 1, out);
      let gap = at;
      while (gap > 0 && isHorizontalSpace(text.charCodeAt(gap - 1))) gap--;
      if (gap < at) openings(text, wordStart(text, gap), gap, out);
    }
  }
}

/** Where TYPE_FIRST can start for the number at `s`: a type within reach before a capitalised word. */
function typeFirstStarts(text: string, s: number, out: number[]): void {
  let end = s;
  let k = s;
  while (k > 0 && isHorizontalSpace(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k - 1);
  // "n.º", "nº", "no." between the name and the number: an "n" shortly before.
  if ((c === 0xba || c === 0xb0 || c === 111 || c === 46) && nBefore(text, k)) {
    const numero = NUMERO.exec(text.slice(Math.max(0, s - 9), s));
    if (numero?.[1]) end -= numero[1].length;
  }
  let gap = end;
  while (gap > 0 && isHorizontalSpace(text.charCodeAt(gap - 1))) gap--;
  if (gap === end) return;
  if (text.charCodeAt(gap - 1) === 44) gap--;
  if (!capitalBefore(text, gap)) return;
  // The type stands where a word opens, in the stretch of what such a street is written with that
  // ends at the number, within reach: read back to there, not searched with a regex (a letter's
  // numbers after capitalised words cost more than all its other candidates).
  const from = Math.max(0, s - TYPE_FIRST_REACH);
  for (let q = s - 1; q >= from && inStreet(text, q); q--)
    if (
      BEFORE_FIRSTS[text.charCodeAt(q) & 127] === 1 &&
      BEFORE_OPENINGS.has(text.slice(q, q + 2)) &&
      !isDigitOrLetterBefore(text, q)
    )
      out.push(q);
}
// What a type-first street is written with, in ASCII: letters, white space on one line, , . / - '.
const STREET_ASCII = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \t\v\f,./-'")
  STREET_ASCII[ch.charCodeAt(0)] = 1;
function inStreet(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return STREET_ASCII[c] === 1;
  return c === 0x2019 || c === 0xba || c === 0xb0 || isHorizontalSpace(c) || isLetterAt(text, i);
}
/**
 * Whether the character at `i`, just before a numero's last "o" or full stop with no space after it, can
 * be part of the numero (n\.?[^\S\r\n]?[º°o]\.?): before the "o", an "n", a full stop or a space;
 * before the full stop, the "o" or its signs.
 */
function numeroEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 110 || c === 111 || c === 0xba || c === 0xb0 || c === 46 || isHorizontalSpace(c);
}
/** Whether one of the five characters before `k` is an "n" (lastIndexOf would search the whole text). */
function nBefore(text: string, k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 5; i--) if (text.charCodeAt(i) === 110) return true;
  return false;
}
const NUMERO = /(?:^|[^\p{L}\p{N}])(n\.?[^\S\r\n]?[º°o]\.?[^\S\r\n]{0,3})$/u;

/** "bis" or "ter" at `i`. */
function isSuffixAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 98 && text.startsWith('bis', i)) || (c === 116 && text.startsWith('ter', i));
}

/** Whether a French type can follow the number that ends at `e`: "12 rue", "3 bis, Avenue". */
function frenchAfter(text: string, e: number): boolean {
  let i = e;
  const next = text.charCodeAt(i);
  // A space, a comma, "bis" or "ter": what the number may be followed by.
  if (!(next === 44 || next === 98 || next === 116 || isSpaceCode(next))) return false;
  if (isSuffixAt(text, i)) i += 3;
  else if (isSpaceCode(next) && isSuffixAt(text, i + 1)) i += 4;
  if (text.charCodeAt(i) === 44) i++;
  const gap = i;
  while (i < text.length && isHorizontalSpace(text.charCodeAt(i))) i++;
  if (i === gap) return false;
  // The first letters of FRENCH_WORDS, in either case.
  return FRENCH_FIRSTS[(text.charCodeAt(i) | 32) & 127] === 1;
}
const FRENCH_FIRSTS = new Uint8Array(128);
for (const word of FRENCH_WORDS) FRENCH_FIRSTS[word.charCodeAt(0)] = 1;

/**
 * What `[...text.matchAll(shape)]` gives for each of EUROPEAN_STREETS, in that order, the shapes tried
 * only at the candidates their numbers give (see the file's comment).
 */
export function europeanStreets(text: string): RegExpExecArray[][] {
  const runs = digitRuns(text);
  let starts: number[][] | undefined;
  for (let r = 0; r < runs.length; r += 2) {
    const s = runs[r] as number;
    const e = runs[r + 1] as number;
    if (e - s > 4) continue;
    // Most numbers of a table or a log are told apart by the character before them and the one after:
    // a type's last letter or the full stop of "str.", or a space after a letter or a numero, before
    // (glued and type-first streets); a space, a comma, "bis" or "ter" after (French).
    if (s > 0) {
      let b = text.charCodeAt(s - 1);
      let spaced = false;
      if (b < 128 ? (ASCII_KIND[b] as number) & SPACE : isHorizontalSpace(b)) {
        spaced = true;
        b = s > 1 ? text.charCodeAt(s - 2) : -1;
      }
      if (b >= 128) {
        gluedStarts(text, s, (starts ??= [[], [], []])[0] as number[]);
        typeFirstStarts(text, s, (starts ??= [[], [], []])[1] as number[]);
      } else if (b >= 0) {
        const kind = ASCII_KIND[b] as number;
        if (kind & TYPE_END || (b === 46 && (text.charCodeAt(s - (spaced ? 3 : 2)) | 32) === 114))
          gluedStarts(text, s, (starts ??= [[], [], []])[0] as number[]);
        if (spaced ? kind & BEFORE_GAP : (b === 46 || b === 111) && numeroEnd(text, s - 2))
          typeFirstStarts(text, s, (starts ??= [[], [], []])[1] as number[]);
      }
    }
    const after = e < text.length ? text.charCodeAt(e) : -1;
    if (
      (after === 44
        ? isHorizontalSpace(text.charCodeAt(e + 1))
        : after === 98 || after === 116 || isSpaceCode(after)) &&
      frenchAfter(text, e) &&
      !isDigitOrLetterBefore(text, s)
    )
      ((starts ??= [[], [], []])[2] as number[]).push(s);
  }
  const found: RegExpExecArray[][] = [[], [], []];
  starts?.forEach((candidates, k) => {
    if (candidates.length === 0) return;
    const sticky = STICKY[k] as RegExp;
    const sorted = [...new Set(candidates)].sort((a, b) => a - b);
    let next = 0;
    for (const at of sorted) {
      if (at < next) continue;
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match === null) continue;
      (found[k] as RegExpExecArray[]).push(match);
      next = at + match[0].length;
    }
    sticky.lastIndex = 0;
  });
  return found;
}
