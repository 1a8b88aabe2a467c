import { LATIN_LOOKALIKE } from './forms/lookalikes';
import {
  CHANGED,
  classOf,
  codeFlags,
  isTableCode,
  codePiece,
  COMBINING,
  FOLD_FOREIGN,
  FOREIGN,
  foldChar,
  LATIN,
  LETTER,
} from './scan-chars';
import { foldLookalikeWords } from './scan-lookalikes';
import { offsetsOf, oneToOneOffsets, widthAt } from './scan-offsets';

/**
 * The text the detectors scan, and where each of its characters came from. Invisible characters,
 * look-alike letters and other digits must not hide a value from the preview or from the guard, so
 * every detector reads this folded text and its spans are mapped back to the original offsets.
 */
export interface ScanText {
  readonly text: string;
  /** Original offset where scan character i starts; the last entry is the original length. */
  readonly starts: Readonly<ArrayLike<number>>;
  /** Original offset where scan character i ends (an expansion shares its source character). */
  readonly ends: Readonly<ArrayLike<number>>;
  /** The original text, when the scan text is the same string (the common, all-plain case). */
  readonly identity: boolean;
  /**
   * Where the scan text differs from the text, when scanTextOf read its changes off its characters
   * outside ASCII: the start of each changed code point, ascending, and what it reads as ('' where it
   * is dropped). The guard compares two texts' changes with these (redaction-note.ts: noteMasked).
   */
  readonly changes?: { readonly at: readonly number[]; readonly pieces: readonly string[] };
}

/**
 * Letters of a word written in Cyrillic, Greek and other scripts with Latin look-alikes are read as
 * Latin where the word mixes them with Latin letters ("Аisling" with a Cyrillic А), or where the whole
 * word is look-alikes inside a mostly Latin text or glued to a number. A text written in Russian or
 * Greek keeps its letters.
 */
function foldLookalikes(chars: string[], latinText: boolean): void {
  let i = 0;
  while (i < chars.length) {
    if (!(classOf(chars[i] ?? '') & LETTER)) {
      i++;
      continue;
    }
    let end = i;
    let latin = false;
    let lookalike = true;
    let foreign = false;
    for (; end < chars.length; end++) {
      const ch = chars[end] ?? '';
      if (ch === '') continue; // a removed character does not end the word
      const flags = classOf(ch);
      if (!(flags & LETTER)) break;
      if (flags & LATIN) latin = true;
      else if (flags & FOREIGN) {
        foreign = true;
        if (!LATIN_LOOKALIKE.has(ch)) lookalike = false;
      }
    }
    // Look-alikes glued to a number ("82К", "В12") are a unit or a code, which the forms read in Latin.
    const glued = /\d/.test(chars[i - 1] ?? '') || /\d/.test(chars[end] ?? '');
    if (foreign && (latin || (lookalike && (latinText || glued))))
      for (let k = i; k < end; k++) chars[k] = LATIN_LOOKALIKE.get(chars[k] ?? '') ?? chars[k] ?? '';
    i = end;
  }
}

// An identity scan has no offsets to map: one frozen empty array serves every such result (read-only
// by its type, and nothing writes it), instead of two fresh arrays per call on the all-plain path.
const NO_OFFSETS: readonly number[] = Object.freeze([]);
const identityScan = (text: string): ScanText => ({
  text,
  starts: NO_OFFSETS,
  ends: NO_OFFSETS,
  identity: true,
});

// Text that needs none of this: printable ASCII with ordinary white space.
const PLAIN = /^[\x20-\x7e\t\n\r]*$/;

/** The scan text of `text` (see ScanText). Linear in the text; plain ASCII is returned as it is. */
export function scanTextOf(text: string): ScanText {
  if (text === scannedFrom) return scanned;
  scanned = PLAIN.test(text) ? identityScan(text) : scanNonAscii(text);
  scannedFrom = text;
  return scanned;
}

/** The scan of `text` if it is the last text scanned (nothing is scanned to answer). */
export const lastScanOf = (text: string): ScanText | undefined =>
  text === scannedFrom ? scanned : undefined;

// The last text scanned: the guard and then the review scan the same outbound text (check-outbound.ts).
// A ScanText is never written to.
let scannedFrom: string | undefined;
let scanned: ScanText = identityScan('');

/**
 * scanTextFull's result read off the text's non-ASCII characters alone. ASCII characters are
 * themselves in the scan text, are no marks and no look-alikes, and a mark after one is dropped
 * when it is printable and not a space (what afterLatin says of it); so only non-ASCII code points
 * can change. Look-alike folding can change only a word holding a look-alike script's letter, and only
 * its non-ASCII letters: foldLookalikeWords visits those words alone. A text that only has curly quotes,
 * dashes or accented letters (most non-ASCII text) stays itself, and costs its non-ASCII characters,
 * not a string and an array entry for every character. tests/unit/privacy/scan-text.property.test.ts
 * compares this with scanTextFull.
 */
function scanNonAscii(text: string): ScanText {
  const at: number[] = []; // start of each non-ASCII code point whose piece differs from it
  const pieces: string[] = [];
  const foreignAt: number[] = [];
  let latinNonAscii = 0;
  let foreignNonAscii = 0;
  let afterLatin = false;
  let previousEnd = 0; // end of the last non-ASCII code point read
  let pairs = false; // whether a surrogate pair was read
  const length = text.length;
  for (let i = 0; i < length;) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      // A stretch of ASCII stepped over in a loop of its own: one read and one test a character.
      do c = ++i < length ? text.charCodeAt(i) : -1;
      while (c >= 0 && c < 0x80);
      if (c < 0) break;
    }
    let flags: number;
    let folded: string;
    let width = 1;
    if (isTableCode(c)) {
      flags = codeFlags(c);
      folded = flags & CHANGED ? codePiece(c) : '';
    } else {
      const ch = (text.codePointAt(i) ?? 0) > 0xffff ? text.slice(i, i + 2) : (text[i] ?? '');
      width = ch.length;
      if (width === 2) pairs = true;
      folded = foldChar(ch);
      flags = classOf(ch) | (folded !== ch ? CHANGED : 0) | (classOf(folded) & FOREIGN ? FOLD_FOREIGN : 0);
    }
    // The character before is ASCII: it decides, as the full pass's afterLatin would have.
    if (previousEnd !== i) {
      const before = text.charCodeAt(i - 1);
      afterLatin = before > 0x20 && before < 0x7f;
    }
    if (flags & LATIN) latinNonAscii++;
    else if (flags & FOREIGN) foreignNonAscii++;
    if (flags & COMBINING && afterLatin) {
      at.push(i);
      pieces.push('');
    } else {
      if (!(flags & COMBINING)) afterLatin = (flags & LATIN) !== 0;
      if (flags & CHANGED) {
        at.push(i);
        pieces.push(folded);
      }
      // A look-alike script's letter (as the fold reads it): its word may be read in Latin. A character
      // its fold keeps has its own class in `flags` (codeFlags' or classOf's bits), read without a slice.
      if (flags & FOLD_FOREIGN && (flags & CHANGED ? classOf(folded) : flags) & LETTER) foreignAt.push(i);
    }
    i += width;
    previousEnd = i;
  }
  if (foreignAt.length > 0)
    foldLookalikeWords(text, { at, pieces, foreignAt, latinNonAscii, foreignNonAscii });
  if (at.length === 0) return identityScan(text);
  // Joined, not appended: a rope would make every detector's character reads go through it. A loop,
  // not forEach's closure per change.
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < at.length; k++) {
    const i = at[k] ?? 0;
    out.push(text.slice(from, i), pieces[k] ?? '');
    from = i + widthAt(text, i);
  }
  out.push(text.slice(from));
  const scanned = out.join('');
  if (scanned === text) return identityScan(text);
  // Without a pair, every changed point is one unit; when each became one unit too (a no-break space
  // a space, a look-alike its Latin letter: most texts that change), scan offsets are original ones.
  const { starts, ends } =
    (!pairs && pieces.every((piece) => piece.length === 1) && oneToOneOffsets(scanned.length)) ||
    offsetsOf(text, scanned.length, at, pieces, pairs);
  return { text: scanned, starts, ends, identity: false, changes: { at, pieces } };
}

/**
 * The scan text character by character, as first written: the reference for scanTextOf, and its way
 * for texts where look-alike folding may change a word (a Cyrillic, Greek, Armenian or Cherokee letter).
 */
export function scanTextFull(text: string): ScanText {
  const folded: string[] = [];
  const offsets: number[] = [];
  let latinLetters = 0;
  let foreignLetters = 0;
  // Marks stacked on a Latin letter or a digit ("A\u0301isling", "8\u20e34") carry nothing a
  // comparison keeps (fold drops them), but they split words and patterns: drop them.
  let afterLatin = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = cp > 0xffff ? text.slice(i, i + 2) : (text[i] ?? '');
    const flags = classOf(ch);
    offsets.push(i);
    if (flags & COMBINING) folded.push(afterLatin ? '' : foldChar(ch));
    else {
      afterLatin = (flags & LATIN) !== 0 || (cp > 0x20 && cp < 0x7f);
      folded.push(cp < 0x80 ? ch : foldChar(ch));
    }
    if (flags & LATIN) latinLetters++;
    else if (flags & FOREIGN) foreignLetters++;
    i += ch.length;
  }
  foldLookalikes(folded, latinLetters > foreignLetters);
  const out = folded.join('');
  if (out === text) return identityScan(text);
  const starts: number[] = [];
  const ends: number[] = [];
  folded.forEach((piece, i) => {
    const start = offsets[i] ?? 0;
    const end = offsets[i + 1] ?? text.length;
    for (let k = 0; k < piece.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  });
  starts.push(text.length);
  // As scanTextOf gives them (typed arrays, which it writes by index).
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends), identity: false };
}

/**
 * The original range of scan range [start, end). It starts at the first character's source and
 * ends at the last one's, so invisible characters inside a value are inside its range and are
 * removed with it.
 */
export function originalRange(scan: ScanText, start: number, end: number): [number, number] {
  if (scan.identity) return [start, end];
  const from = scan.starts[start] ?? scan.starts[scan.starts.length - 1] ?? 0;
  const to = end > start ? (scan.ends[end - 1] ?? from) : from;
  return [from, to];
}

/** The scan form of a short value (a released or selected value, a stored value). */
export const scanFormOf = (value: string): string => scanTextOf(value).text;
