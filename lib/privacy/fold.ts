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
  // Other words recur (names, places, a language's own small words): decomposing each again was most
  // of tokenising prose typed outside ASCII. Bounded, and only for word-sized strings.
  const cached = foldedWords.get(text);
  if (cached !== undefined) return cached;
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  if (text.length <= 40) {
    if (foldedWords.size >= 4096) foldedWords.clear();
    foldedWords.set(text, folded);
  }
  return folded;
}

const foldedWords = new Map<string, string>();
