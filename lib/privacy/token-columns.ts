/** A word of the scanned text: offsets into the original, and its comparison form. */
export interface Token {
  start: number;
  end: number;
  /** The original characters (possessive 's excluded). */
  raw: string;
  /** Folded, apostrophes removed: what known values are compared on. */
  norm: string;
}

/**
 * The words of a text as columns: word k is text[starts[k], ends[k]), with its raw and norm strings
 * (Token's fields). One object per word made the words of a long request the largest part of what a
 * young-generation GC copied: the offsets here live in two typed arrays outside the heap, and the
 * strings in two arrays (the same string, often, and a kept one for words seen before: normalize.ts).
 * Callers must not write into a Tokens they did not build: tokensOf gives the same one to every caller.
 */
export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly raws: readonly string[];
  readonly norms: readonly string[];
}

// The columns being built (beginTokens … endTokens): offsets into buffers kept between texts (a typed
// array per text would be an allocation outside the heap and its registration for each), copied out
// at the end at their exact length; the strings into arrays of their own.
let startsAt = new Int32Array(1024);
let endsAt = new Int32Array(1024);
let raws: string[] = [];
let norms: string[] = [];
let count = 0;
let shift = 0;

/** Starts a new Tokens: the words added next are its first ones. */
export function beginTokens(): void {
  count = 0;
  shift = 0;
  raws = [];
  norms = [];
}

/** The offsets of words added from now on are moved by `offset` (words of a text's tail). */
export function shiftTokens(offset: number): void {
  shift = offset;
}

/** Appends the word text[start, end) (before the shift) with its raw and norm strings. */
export function addToken(start: number, end: number, raw: string, norm: string): void {
  if (count === startsAt.length) {
    const starts = new Int32Array(2 * count);
    const ends = new Int32Array(2 * count);
    starts.set(startsAt);
    ends.set(endsAt);
    startsAt = starts;
    endsAt = ends;
  }
  startsAt[count] = start + shift;
  endsAt[count] = end + shift;
  raws.push(raw);
  norms.push(norm);
  count++;
}

/** The Tokens built since beginTokens. */
export function endTokens(): Tokens {
  return { count, starts: startsAt.slice(0, count), ends: endsAt.slice(0, count), raws, norms };
}

/** The words as one object each: for callers that read few texts, and tests. */
export function tokenList(tokens: Tokens): Token[] {
  const list: Token[] = [];
  for (let k = 0; k < tokens.count; k++)
    list.push({
      start: tokens.starts[k] as number,
      end: tokens.ends[k] as number,
      raw: tokens.raws[k] as string,
      norm: tokens.norms[k] as string,
    });
  return list;
}
