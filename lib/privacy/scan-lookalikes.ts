import { LATIN_LOOKALIKE } from './forms/lookalikes';
import { CHANGED, classOf, CODE_LIMIT, codeFlags, COMBINING, FOREIGN, LATIN, LETTER } from './scan-chars';

/**
 * What scanTextFull's foldLookalikes does, done only to the words that hold a look-alike script's
 * letter, for scanNonAscii (evasion.ts). A word there is a run of code points whose pieces are letters
 * or removed (''), starting with a letter; only such a word can change, and only its non-ASCII pieces
 * (every look-alike is above ASCII). So each word is found from one of its look-alike letters by walking
 * to its edges, and ASCII text elsewhere is never visited one character at a time.
 */
export interface Changes {
  /** Starts of the non-ASCII code points whose piece differs from them, ascending (the rest are themselves). */
  readonly at: number[];
  /** Their pieces. */
  readonly pieces: string[];
  /** Code point starts whose piece is a letter with a look-alike script's class, ascending. */
  readonly foreignAt: readonly number[];
  /** Latin-script and look-alike-script code points among the non-ASCII ones (the text's letters). */
  readonly latinNonAscii: number;
  readonly foreignNonAscii: number;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Index of `q` in the ascending `at`, or -1. */
function find(at: readonly number[], q: number): number {
  let lo = 0;
  let hi = at.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = at[mid] ?? 0;
    if (v === q) return mid;
    if (v < q) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

// Look-alike letters by char code, for the words walked here (Greek or Cyrillic names, mostly), and
// the Latin letter each passes for. A look-alike at or above CODE_LIMIT (none today) is never read from
// the table: tableClass sends every such character to the string path.
let lookalikeCodes: string[] | undefined;
function lookalikeTable(): string[] {
  const table = new Array<string>(CODE_LIMIT).fill('');
  for (const [ch, latin] of LATIN_LOOKALIKE)
    if (ch.length === 1 && ch.charCodeAt(0) < CODE_LIMIT) table[ch.charCodeAt(0)] = latin;
  return table;
}

/**
 * The class of the piece at `q` (classOf's LETTER, LATIN, FOREIGN) and LOOKALIKE where the piece is a
 * look-alike, or -1 where it must be read as a string (pieceAt). A character below CODE_LIMIT that
 * is no mark and that foldChar keeps (most Greek and Cyrillic letters) is its own piece: scanNonAscii
 * listed no change for it, and its codeFlags hold its class.
 */
function tableClass(text: string, q: number, lookalikes: readonly string[]): number {
  const c = text.charCodeAt(q);
  if (c < 0x80 || c >= CODE_LIMIT) return -1;
  const flags = codeFlags(c);
  if (flags & (CHANGED | COMBINING)) return -1;
  return (flags & (LETTER | LATIN | FOREIGN)) | (lookalikes[c] !== '' ? LOOKALIKE : 0);
}
const LOOKALIKE = 256;

/** Whether an ASCII character passes for a Latin letter of its own: none does today (the pairs above). */
const ASCII_LOOKALIKE = [...LATIN_LOOKALIKE.keys()].some((ch) => ch.length === 1 && ch < '\x80');

/** Code units of the code point at `q` (a lone surrogate is one, as codePointAt reads it). */
function width(text: string, q: number): number {
  const c = text.charCodeAt(q);
  if (c < 0xd800 || c > 0xdbff || q + 1 >= text.length) return 1;
  return isLow(text.charCodeAt(q + 1)) ? 2 : 1;
}

/** Where the code point before `q` starts: a pair's low half is never a start after its high half. */
const previous = (text: string, q: number): number =>
  q >= 2 && isLow(text.charCodeAt(q - 1)) && isHigh(text.charCodeAt(q - 2)) ? q - 2 : q - 1;

/** The piece of the code point at `q`: its change (at, pieces) if listed, else the code point itself. */
function pieceAt(text: string, q: number, changes: Changes): string {
  if (q < 0 || q >= text.length) return '';
  const c = text.charCodeAt(q);
  if (c < 0x80) return text[q] ?? '';
  const k = find(changes.at, q);
  return k >= 0 ? (changes.pieces[k] ?? '') : text.slice(q, q + width(text, q));
}

/** An ASCII character is its own piece: a letter ([A-Za-z], Latin) or a word's end, read from its code. */
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** Whether the piece at `q` belongs to a word: a letter, or a removed character. */
function inWord(text: string, q: number, changes: Changes, lookalikes: readonly string[]): boolean {
  const c = text.charCodeAt(q);
  if (c < 0x80) return isAsciiLetter(c);
  const known = tableClass(text, q, lookalikes);
  if (known >= 0) return (known & LETTER) !== 0;
  const piece = pieceAt(text, q, changes);
  return piece === '' || (classOf(piece) & LETTER) !== 0;
}

/** Whether the piece at `q` is removed (''): an ASCII character or one the table reads is its own. */
function removedAt(text: string, q: number, changes: Changes, lookalikes: readonly string[]): boolean {
  if (text.charCodeAt(q) < 0x80 || tableClass(text, q, lookalikes) >= 0) return false;
  return pieceAt(text, q, changes) === '';
}

/** Look-alikes glued to a number ("82К", "В12") are a unit or a code, which the forms read in Latin. */
const glued = (text: string, start: number, end: number, changes: Changes): boolean =>
  /\d/.test(start > 0 ? pieceAt(text, previous(text, start), changes) : '') ||
  /\d/.test(pieceAt(text, end, changes));

/** The Latin letter the piece at `q` passes for, or undefined. */
function latinFormAt(
  text: string,
  q: number,
  changes: Changes,
  lookalikes: readonly string[],
): string | undefined {
  const c = text.charCodeAt(q);
  if (c < 0x80) return ASCII_LOOKALIKE ? LATIN_LOOKALIKE.get(text[q] ?? '') : undefined;
  if (tableClass(text, q, lookalikes) >= 0) return lookalikes[c] || undefined;
  return LATIN_LOOKALIKE.get(pieceAt(text, q, changes));
}

/**
 * Applies look-alike folding to `changes` (at and pieces, kept ascending) for the words it touches.
 * It runs on every text with a Greek or Cyrillic letter: its helpers are module functions, not six
 * closures made per call and one per word, and each character is read from its code and the tables
 * wherever they answer (a slice, a binary search and a map lookup per character only elsewhere).
 */
export function foldLookalikeWords(text: string, changes: Changes): void {
  // Look-alikes folded to Latin, ascending: merged into at and pieces at the end.
  const foldedAt: number[] = [];
  const foldedPieces: string[] = [];
  const length = text.length;
  const lookalikes = (lookalikeCodes ??= lookalikeTable());
  const foreignAt = changes.foreignAt;
  let latinText: boolean | undefined;
  let done = 0; // where the last word handled ends
  for (let n = 0; n < foreignAt.length; n++) {
    const f = foreignAt[n] as number;
    if (f < done) continue;
    let start = f;
    while (start > 0 && inWord(text, previous(text, start), changes, lookalikes))
      start = previous(text, start);
    // The run may open with removed characters: the word starts at its first letter.
    while (removedAt(text, start, changes, lookalikes)) start += width(text, start);
    let end = start;
    let latin = false;
    let lookalike = true;
    let foreign = false;
    for (; end < length; end += width(text, end)) {
      const c = text.charCodeAt(end);
      if (c < 0x80) {
        if (!isAsciiLetter(c)) break;
        latin = true;
        continue;
      }
      let flags = tableClass(text, end, lookalikes);
      if (flags < 0) {
        const piece = pieceAt(text, end, changes);
        if (piece === '') continue;
        flags = classOf(piece) | (LATIN_LOOKALIKE.has(piece) ? LOOKALIKE : 0);
      }
      if (!(flags & LETTER)) break;
      if (flags & LATIN) latin = true;
      else if (flags & FOREIGN) {
        foreign = true;
        if (!(flags & LOOKALIKE)) lookalike = false;
      }
    }
    done = end;
    if (!foreign) continue;
    if (!latin && !lookalike) continue;
    if (!latin && !(latinText ??= isLatinText(text, changes)) && !glued(text, start, end, changes)) continue;
    for (let q = start; q < end; q += width(text, q)) {
      const latinForm = latinFormAt(text, q, changes, lookalikes);
      if (latinForm !== undefined) {
        foldedAt.push(q);
        foldedPieces.push(latinForm);
      }
    }
  }
  if (foldedAt.length > 0) merge(changes, foldedAt, foldedPieces);
}

/** `changes` with the folded pieces put in (replacing a piece at the same start), still ascending. */
function merge(changes: Changes, foldedAt: readonly number[], foldedPieces: readonly string[]): void {
  const at = changes.at.slice();
  const pieces = changes.pieces.slice();
  changes.at.length = 0;
  changes.pieces.length = 0;
  let i = 0;
  let j = 0;
  while (i < at.length || j < foldedAt.length) {
    const a = at[i] ?? Infinity;
    const b = foldedAt[j] ?? Infinity;
    if (b <= a) {
      changes.at.push(b);
      changes.pieces.push(foldedPieces[j] ?? '');
      j++;
      if (a === b) i++;
    } else {
      changes.at.push(a);
      changes.pieces.push(pieces[i] ?? '');
      i++;
    }
  }
}

/** More Latin-script code points than look-alike-script ones in the whole text (ASCII letters count). */
function isLatinText(text: string, changes: Changes): boolean {
  let latin = changes.latinNonAscii;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) latin++;
  }
  return latin > changes.foreignNonAscii;
}
