/**
 * Texts that hold the context's values mistyped, cut short, extended or with a digit changed, among
 * ordinary words: what the review's near-matches (lib/privacy/possibly-private.ts) are for. Seeded, so
 * every run writes the same texts; used by privacy-outputs.ts and the review's tests.
 */
const FILLER = [
  'please',
  'remind',
  'about',
  'the',
  'meeting',
  'with',
  'and',
  'invoice',
  'number',
  'tomorrow',
  'near',
  'station',
  'dynamics',
  'garden',
  'account',
  'reference',
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzéø';

/** One edit of `word` of the kinds a person makes: a letter dropped, added, changed or swapped, a cut, an ending. */
function mistype(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  const isDigits = /^\d+$/.test(word);
  const letter = isDigits
    ? String(Math.floor(random() * 10))
    : (LETTERS[Math.floor(random() * LETTERS.length)] as string);
  switch (Math.floor(random() * (isDigits ? 4 : 7))) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + letter + word.slice(at);
    case 2:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 3:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
    case 4:
      return word.slice(0, Math.max(2, Math.ceil(word.length / 2) + Math.floor(random() * 3)));
    case 5:
      return word + ['s', 'son', 'ing', 'er', 'ville'][Math.floor(random() * 5)];
    default:
      return word.slice(0, at) + letter + letter + word.slice(at + 2);
  }
}

/** `n` texts of about `words` words each, built from `values` (the context's) with some words mistyped. */
export function nearMissTexts(
  values: readonly string[],
  random: () => number,
  n: number,
  words = 40,
): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    while (parts.length < words) {
      if (values.length > 0 && random() < 0.4) {
        const value = pick(values).split(/\s+/);
        parts.push(...value.map((w) => (random() < 0.5 ? mistype(w, random) : w)));
      } else parts.push(random() < 0.2 ? String(Math.floor(random() * 1e7)) : pick(FILLER));
      if (random() < 0.15) parts.push(pick([',', '.', ';', '-']));
    }
    texts.push(parts.join(' ').replace(/ ([,.;])/g, '$1'));
  }
  return texts;
}
