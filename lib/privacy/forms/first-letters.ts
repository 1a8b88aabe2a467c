/**
 * The first letters of the month and ordinal words (dates.ts), as sets and tables that scanWords and
 * scanText (date-scan.ts, text-scan.ts) ask of each word before they fold it.
 */

// The first letter, and the first two letters, of each word (folded: ASCII lower case).
export const pairOf = (first: number, second: number) => ((first | 32) << 7) | (second | 32);
export const shapeOf = (first: number, second: number, length: number) => pairOf(first, second) * 16 + length;
/** The first letters of a set of words, as scanWords reads them. */
export interface Firsts {
  one: ReadonlySet<number>;
  two: ReadonlySet<number>;
  shaped: ReadonlySet<number>;
  // `one` and `two` below 128 and 128 * 128 as tables (1 = in the set), read per word.
  oneAscii: Uint8Array;
  twoAscii: Uint8Array;
  /**
   * Per three first letters (tripleOf), bit n set when an a-z word of n letters (n ≤ 15) opens with
   * them: a finer shaped (which knows two), so that "about" or "there" is told from "abril" or
   * "third" by one array load.
   */
  lengths: Uint16Array;
}

/** Three ASCII letters, in any case, as an index below 26³. */
export const tripleOf = (a: number, b: number, c: number): number =>
  ((a | 32) - 97) * 676 + ((b | 32) - 97) * 26 + ((c | 32) - 97);
const FIRSTS = new WeakMap<ReadonlyMap<string, number>, Firsts>();
export function firstLetters(
  months: ReadonlyMap<string, number>,
  ordinals: ReadonlyMap<string, number>,
): Firsts {
  let firsts = FIRSTS.get(months);
  if (!firsts) {
    const words = [...months.keys(), ...ordinals.keys()];
    const one = new Set(words.map((w) => w.charCodeAt(0)));
    const two = new Set(words.map((w) => pairOf(w.charCodeAt(0), w.charCodeAt(1))));
    const oneAscii = new Uint8Array(128);
    for (const c of one) if (c < 128) oneAscii[c] = 1;
    const twoAscii = new Uint8Array(128 * 128);
    for (const p of two) if (p < 128 * 128) twoAscii[p] = 1;
    const asciiWords = words.filter((w) => /^[a-z]+$/.test(w));
    const lengths = new Uint16Array(26 * 26 * 26);
    for (const w of asciiWords) {
      const t = tripleOf(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
      if (w.length >= 3 && w.length <= 15) lengths[t] = (lengths[t] ?? 0) | (1 << w.length);
    }
    firsts = {
      one,
      two,
      oneAscii,
      twoAscii,
      lengths,
      shaped: new Set(asciiWords.map((w) => shapeOf(w.charCodeAt(0), w.charCodeAt(1), w.length))),
    };
    FIRSTS.set(months, firsts);
  }
  return firsts;
}

/**
 * Whether a word starting with these two letters may fold to one of the words; ASCII letters fold to
 * their lower case.
 */
export function mayBegin(
  firsts: { one: ReadonlySet<number>; two: ReadonlySet<number> },
  first: number,
  second: number,
) {
  if (first >= 128) return true;
  if (!firsts.one.has(first | 32)) return false;
  return second >= 128 || firsts.two.has(pairOf(first, second));
}
