// The comparison form of words and values (tokenize's norm, known values' keys).

/** Case-folded, diacritic-free form used for comparisons. */
export function fold(text: string): string {
  // Printable ASCII needs no decomposition, only lower case (what the ASCII regex tested, read from
  // char codes; a word with no capital is its own fold).
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return foldOther(text);
    if (c <= 90 && c >= 65) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

/** fold() of a text with a character outside printable ASCII. */
function foldOther(text: string): string {
  // Word- and value-sized texts are read a character at a time where that gives the same (a long
  // text is decomposed whole: a string grown a piece at a time would be a chain of them). The
  // others recur (names, places, a language's own small words): their folds are kept. Bounded, and
  // only for word-sized strings.
  if (text.length <= 40) {
    const folded = foldByCharacter(text);
    if (folded !== undefined) return folded;
  }
  const cached = foldedWords.get(text);
  if (cached !== undefined) return cached;
  const whole = foldWhole(text);
  if (text.length <= 40) {
    if (foldedWords.size >= 4096) foldedWords.clear();
    foldedWords.set(text, whole);
  }
  return whole;
}

const foldedWords = new Map<string, string>();

/** What fold() does to a text that is not printable ASCII, as one string operation after another. */
export const foldWhole = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/**
 * foldWhole(text) one character at a time, where each character folds to one: or undefined. Decomposing,
 * dropping marks and lower-casing all work character by character (a decomposition never composes, and
 * reordering moves only marks, which go), except lower-casing Σ, which becomes ς or σ by what surrounds
 * it: a character whose decomposition holds one, a character that folds to none or to several (a mark,
 * a ligature) and every surrogate take the whole text's way. A value outside ASCII (an amount with
 * no-break spaces, an accented name) took NFKD, a regex and toLowerCase for a few characters: about
 * twice what reading its characters from a table costs, the string made included.
 * tests/unit/privacy/fold.property.test.ts compares the two.
 */
function foldByCharacter(text: string): string | undefined {
  const length = text.length;
  const table = (single ??= new Int32Array(SURROGATES));
  const codes = (codesOf[length] ??= new Array<number>(length).fill(0));
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= SURROGATES) return undefined;
    let entry = table[c] as number;
    if (entry === UNKNOWN) entry = table[c] = singleOf(c);
    if (entry === NOT_ONE) return undefined;
    codes[i] = entry - 1;
  }
  return String.fromCharCode.apply(null, codes);
}

const SURROGATES = 0xd800;
const UNKNOWN = 0;
const NOT_ONE = -1;
// 1 + the one character each character below the surrogates folds to, found the first time it is met;
// NOT_ONE where the whole text must be folded at once, UNKNOWN (a fresh array's zero) before. Made at
// the first such fold: a page that never folds a text outside ASCII does not hold its 216 KB.
let single: Int32Array | undefined;
// The codes of the text being folded, as String.fromCharCode takes them: an array of each length (at
// most 40), written over. One array whose length was set at every call trimmed or grew its store, about
// a fifth of folding a value.
const codesOf: number[][] = [];

function singleOf(c: number): number {
  const decomposed = String.fromCharCode(c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  if (decomposed.includes('\u03a3')) return NOT_ONE;
  const folded = decomposed.toLowerCase();
  return folded.length === 1 ? folded.charCodeAt(0) + 1 : NOT_ONE;
}
