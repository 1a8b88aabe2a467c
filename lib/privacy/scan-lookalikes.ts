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

// Look-alike letters by char code, for the words walked here (Greek or Cyrillic names, mostly). A
// look-alike at or above CODE_LIMIT (none today) is never read from the table: tableClass sends every
// such character to the string path.
let lookalikeCodes: Uint8Array | undefined;
function lookalikeTable(): Uint8Array {
  const table = new Uint8Array(CODE_LIMIT);
  for (const ch of LATIN_LOOKALIKE.keys())
    if (ch.length === 1 && ch.charCodeAt(0) < CODE_LIMIT) table[ch.charCodeAt(0)] = 1;
  return table;
}

/**
 * The class of the piece at `q` (classOf's LETTER, LATIN, FOREIGN) and LOOKALIKE where the piece is a
 * look-alike, or -1 where it must be read as a string (pieceAt). A character below CODE_LIMIT that
 * is no mark and that foldChar keeps (most Greek and Cyrillic letters) is its own piece: scanNonAscii
 * listed no change for it, and its codeFlags hold its class.
 */
function tableClass(text: string, q: number, lookalikes: Uint8Array): number {
  const c = text.charCodeAt(q);
  if (c < 0x80 || c >= CODE_LIMIT) return -1;
  const flags = codeFlags(c);
  if (flags & (CHANGED | COMBINING)) return -1;
  return (flags & (LETTER | LATIN | FOREIGN)) | (lookalikes[c] ? LOOKALIKE : 0);
}
const LOOKALIKE = 256;

/** Applies look-alike folding to `changes` (at and pieces, kept ascending) for the words it touches. */
export function foldLookalikeWords(text: string, changes: Changes): void {
  const { at, pieces } = changes;
  // Look-alikes folded to Latin, ascending: merged into at and pieces at the end.
  const foldedAt: number[] = [];
  const foldedPieces: string[] = [];
  const length = text.length;
  const width = (q: number): number => ((text.codePointAt(q) ?? 0) > 0xffff ? 2 : 1);
  // A pair's low half is never a code point start after its high half: step back over both.
  const previous = (q: number): number =>
    q >= 2 && isLow(text.charCodeAt(q - 1)) && isHigh(text.charCodeAt(q - 2)) ? q - 2 : q - 1;
  const pieceAt = (q: number): string => {
    if (q < 0 || q >= length) return '';
    const c = text.charCodeAt(q);
    if (c < 0x80) return text[q] ?? '';
    const k = find(at, q);
    return k >= 0 ? (pieces[k] ?? '') : text.slice(q, q + width(q));
  };
  // An ASCII character is its own piece: a letter ([A-Za-z], Latin) or a word's end, read from its code.
  const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;
  const lookalikes = (lookalikeCodes ??= lookalikeTable());
  const inWord = (q: number): boolean => {
    const c = text.charCodeAt(q);
    if (c < 0x80) return isAsciiLetter(c);
    const known = tableClass(text, q, lookalikes);
    if (known >= 0) return (known & LETTER) !== 0;
    const piece = pieceAt(q);
    return piece === '' || (classOf(piece) & LETTER) !== 0;
  };
  let latinText: boolean | undefined;
  let done = 0; // where the last word handled ends
  for (const f of changes.foreignAt) {
    if (f < done) continue;
    let start = f;
    while (start > 0 && inWord(previous(start))) start = previous(start);
    // The run may open with removed characters: the word starts at its first letter.
    while (pieceAt(start) === '') start += width(start);
    let end = start;
    let latin = false;
    let lookalike = true;
    let foreign = false;
    for (; end < length; end += width(end)) {
      const c = text.charCodeAt(end);
      if (c < 0x80) {
        if (!isAsciiLetter(c)) break;
        latin = true;
        continue;
      }
      let flags = tableClass(text, end, lookalikes);
      if (flags < 0) {
        const piece = pieceAt(end);
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
    // Look-alikes glued to a number ("82К", "В12") are a unit or a code, which the forms read in Latin.
    const glued = () => /\d/.test(start > 0 ? pieceAt(previous(start)) : '') || /\d/.test(pieceAt(end));
    if (!latin && !lookalike) continue;
    if (!latin && !(latinText ??= isLatinText(text, changes)) && !glued()) continue;
    for (let q = start; q < end; q += width(q)) {
      const latinForm = LATIN_LOOKALIKE.get(pieceAt(q));
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
