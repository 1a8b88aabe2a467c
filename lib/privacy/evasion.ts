import { LATIN_LOOKALIKE } from './forms/lookalikes';

/**
 * The text the detectors scan, and where each of its characters came from. Invisible characters,
 * look-alike letters and other digits must not hide a value from the preview or from the guard, so
 * every detector reads this folded text and its spans are mapped back to the original offsets.
 */
export interface ScanText {
  readonly text: string;
  /** Original offset where scan character i starts; the last entry is the original length. */
  readonly starts: readonly number[];
  /** Original offset where scan character i ends (an expansion shares its source character). */
  readonly ends: readonly number[];
  /** The original text, when the scan text is the same string (the common, all-plain case). */
  readonly identity: boolean;
}

// Characters that never carry meaning in a scanned value: format characters (zero-width space and
// joiners, soft hyphen, bidi controls, word joiner, BOM), variation selectors and other default
// ignorables that are not format characters.
const FORMAT = /\p{Cf}/u;
/** Default-ignorable code points outside Cf: grapheme joiner, Hangul fillers, variation selectors, tags. */
function isIgnorable(cp: number): boolean {
  return (
    cp === 0x034f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x3164 ||
    cp === 0xffa0 ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}
const SPACE = /[\p{Zs}\u2028\u2029]/u;
const DIGIT = /\p{Nd}/u;
const MARK = /\p{M}/u;
const LETTER_LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
// Text that needs none of this: printable ASCII with ordinary white space.
const PLAIN = /^[\x20-\x7e\t\n\r]*$/;

/** The ASCII digit of any decimal digit: Unicode assigns them in runs of ten, zero first. */
function asciiDigit(cp: number): string {
  let zero = cp;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

const foldCache = new Map<string, string>();

/** One character as the scanners should see it (without the look-alike step, which needs the word). */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (FORMAT.test(ch) || isIgnorable(ch.codePointAt(0) ?? 0)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (DIGIT.test(ch)) out = asciiDigit(ch.codePointAt(0) ?? 0x30);
  else {
    // Compatibility forms of letters and numbers (full-width, mathematical, ligatures, superscripts,
    // circled) to their plain letters. Symbols keep their shape ("™" is not the letters "TM" glued to
    // a name), and nothing turns into punctuation that would change how a pattern reads ("﹫").
    const nfkc = ch.normalize('NFKC');
    out = nfkc !== ch && /^[\p{L}\p{N}]$/u.test(ch) && /^[\p{L}\p{N}\p{M}]+$/u.test(nfkc) ? nfkc : ch;
    if (out.length === 1 && DIGIT.test(out) && out > '9') out = asciiDigit(out.codePointAt(0) ?? 0x30);
  }
  if (foldCache.size < 4096) foldCache.set(ch, out);
  return out;
}

// What the passes below ask of a character, worked out once per distinct character.
const LETTER = 1;
const LATIN = 2;
const FOREIGN = 4;
const COMBINING = 8;
const classes = new Map<string, number>();
function classOf(ch: string): number {
  if (ch.length === 1 && ch < '\x80') return /[A-Za-z]/.test(ch) ? LETTER | LATIN : 0;
  let flags = classes.get(ch);
  if (flags === undefined) {
    flags =
      (/\p{L}/u.test(ch) ? LETTER : 0) |
      (LETTER_LATIN.test(ch) ? LATIN : 0) |
      (LOOKALIKE_SCRIPT.test(ch) ? FOREIGN : 0) |
      (MARK.test(ch) ? COMBINING : 0);
    if (classes.size < 4096) classes.set(ch, flags);
  }
  return flags;
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

/** The scan text of `text` (see ScanText). Linear in the text; plain ASCII is returned as it is. */
export function scanTextOf(text: string): ScanText {
  if (PLAIN.test(text)) return { text, starts: [], ends: [], identity: true };
  return scanNonAscii(text) ?? scanTextFull(text);
}

// Everything from U+0080 on (ASCII, control characters included, is itself in the scan text).
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * scanTextFull's result read off the text's non-ASCII characters alone. ASCII characters are
 * themselves in the scan text, are no marks and no look-alikes, and a mark after one is dropped
 * when it is printable and not a space (what afterLatin says of it); so only non-ASCII code points
 * can change. Look-alike folding can change only a word holding a look-alike script's letter: where a
 * piece has one, this gives up (undefined) and the caller reads the text character by character.
 * A text that only has curly quotes, dashes or accented letters (most non-ASCII text) stays itself,
 * and costs its non-ASCII characters, not a string and an array entry for every character.
 */
function scanNonAscii(text: string): ScanText | undefined {
  const at: number[] = []; // start of each non-ASCII code point whose piece differs from it
  const pieces: string[] = [];
  let afterLatin = false;
  let previousEnd = 0; // end of the last non-ASCII code point read
  NON_ASCII.lastIndex = 0;
  for (let hit = NON_ASCII.exec(text); hit; hit = NON_ASCII.exec(text)) {
    const i = hit.index;
    const cp = text.codePointAt(i) ?? 0;
    const ch = cp > 0xffff ? text.slice(i, i + 2) : hit[0];
    NON_ASCII.lastIndex = i + ch.length;
    // The character before is ASCII: it decides, as the full pass's afterLatin would have.
    if (previousEnd !== i) {
      const before = text.charCodeAt(i - 1);
      afterLatin = before > 0x20 && before < 0x7f;
    }
    const flags = classOf(ch);
    let piece: string;
    if (flags & COMBINING) piece = afterLatin ? '' : foldChar(ch);
    else {
      afterLatin = (flags & LATIN) !== 0;
      piece = foldChar(ch);
    }
    if (classOf(piece) & FOREIGN) return undefined;
    if (piece !== ch) {
      at.push(i);
      pieces.push(piece);
    }
    previousEnd = i + ch.length;
  }
  if (at.length === 0) return { text, starts: [], ends: [], identity: true };
  const out: string[] = [];
  let from = 0;
  at.forEach((i, k) => {
    out.push(text.slice(from, i), pieces[k] ?? '');
    from = i + widthAt(text, i);
  });
  out.push(text.slice(from));
  const scanned = out.join('');
  if (scanned === text) return { text, starts: [], ends: [], identity: true };
  return { text: scanned, ...offsetsOf(text, scanned.length, at, pieces), identity: false };
}

/** Code units of the code point at `i` (a lone surrogate is one, as codePointAt reads it). */
const widthAt = (text: string, i: number): number => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Original offsets of each scan character: ASCII and unchanged characters map one to one. */
function offsetsOf(text: string, scanLength: number, at: readonly number[], pieces: readonly string[]) {
  // Written by index into arrays of their final length: pushing two entries per character was most
  // of the cost of a text that does change.
  const starts = new Array<number>(scanLength + 1);
  const ends = new Array<number>(scanLength);
  let out = 0;
  let from = 0;
  for (let k = 0; k <= at.length; k++) {
    // The unchanged stretch before the next changed code point: a code unit each, a surrogate pair's
    // two units both spanning the pair (never split: a pair is one code point, changed or not).
    const to = at[k] ?? text.length;
    for (let j = from; j < to; j++, out++) {
      const code = text.charCodeAt(j);
      if (code >= 0xd800 && code <= 0xdbff && widthAt(text, j) === 2) {
        starts[out] = j;
        ends[out] = j + 2;
        out++;
        starts[out] = j;
        ends[out] = j + 2;
        j++;
      } else {
        starts[out] = j;
        ends[out] = j + 1;
      }
    }
    if (k === at.length) break;
    const width = widthAt(text, to);
    for (let c = (pieces[k] ?? '').length; c > 0; c--, out++) {
      starts[out] = to;
      ends[out] = to + width;
    }
    from = to + width;
  }
  starts[out] = text.length;
  return { starts, ends };
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
  if (out === text) return { text, starts: [], ends: [], identity: true };
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
  return { text: out, starts, ends, identity: false };
}

/**
 * The original range of scan range [start, end). It starts at the first character's source and
 * ends at the last one's, so invisible characters inside a value are inside its range and are
 * removed with it.
 */
export function originalRange(scan: ScanText, start: number, end: number): [number, number] {
  if (scan.identity) return [start, end];
  const from = scan.starts[start] ?? scan.starts.at(-1) ?? 0;
  const to = end > start ? (scan.ends[end - 1] ?? from) : from;
  return [from, to];
}

/** The scan form of a short value (a released or selected value, a stored value). */
export const scanFormOf = (value: string): string => scanTextOf(value).text;
