/** How the scan text (evasion.ts) reads one character: its fold and its classes. */

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

/** The ASCII digit of any decimal digit: Unicode assigns them in runs of ten, zero first. */
function asciiDigit(cp: number): string {
  let zero = cp;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

const foldCache = new Map<string, string>();

/** One character as the scanners should see it (without the look-alike step, which needs the word). */
export function foldChar(ch: string): string {
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
export const LETTER = 1;
export const LATIN = 2;
export const FOREIGN = 4;
export const COMBINING = 8;
const classes = new Map<string, number>();
export function classOf(ch: string): number {
  if (ch.length === 1 && ch < '\x80') {
    // [A-Za-z], from the char code.
    const lower = ch.charCodeAt(0) | 0x20;
    return lower >= 97 && lower <= 122 ? LETTER | LATIN : 0;
  }
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

/** Code units below this have a place in codePieceTable and in scan-lookalikes.ts' table (none is a surrogate). */
export const CODE_LIMIT = 0x3000;
/** Set in codeFlags: the character's fold differs from it. */
export const CHANGED = 16;
/** Set in codeFlags: the character's fold is (or holds) a look-alike script's letter. */
export const FOLD_FOREIGN = 32;
const KNOWN = 64;
/** codeFlags by code unit, for every unit that is no surrogate (those are read by code point). */
const codeFlagTable = new Uint8Array(0x10000);
/** foldChar's piece of each code unit below CODE_LIMIT asked (an array: curly quotes, dashes and
 * no-break spaces are changed in most prose), and of the units above it that it changes. */
const codePieceTable: string[] = [];
const codePieceAbove = new Map<number, string>();
/** Whether codeFlags reads `c`: a code unit that is no surrogate. */
export const isTableCode = (c: number): boolean => c < 0xd800 || c > 0xdfff;

/**
 * classOf and foldChar of char code `c` (isTableCode), filled from them the first time: the scan asks
 * this of every non-ASCII character, and an array index costs less than a string-keyed map (text in
 * Chinese or Japanese, above U+3000, paid a string and two map lookups a character: a fifth of the
 * privacy stage on it).
 */
export function codeFlags(c: number): number {
  const known = codeFlagTable[c] ?? 0;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const piece = foldChar(ch);
  if (c < CODE_LIMIT) codePieceTable[c] = piece;
  else if (piece !== ch) codePieceAbove.set(c, piece);
  const flags =
    KNOWN | classOf(ch) | (piece !== ch ? CHANGED : 0) | (classOf(piece) & FOREIGN ? FOLD_FOREIGN : 0);
  codeFlagTable[c] = flags;
  return flags;
}

/** foldChar of char code `c`; codeFlags(c) must have been asked first. */
export const codePiece = (c: number): string =>
  (c < CODE_LIMIT ? codePieceTable[c] : codePieceAbove.get(c)) ?? String.fromCharCode(c);
