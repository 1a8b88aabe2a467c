/**
 * Which of a list of words a word may be near (near-words.ts' nearWord: a typo, a cut or an
 * ending away), without comparing it with all of them. The review compared every distinctive word of a
 * text with every distinctive word of the context: a 20,000-character table against a few hundred
 * context words took 5-10 ms in edit distances alone. Here each word is looked up by a few hashes, and
 * only the words found are compared.
 *
 * What a near word must share with the word it is near, whichever way it is near:
 * - Within an edit distance of `d` (a letter dropped, added, changed, or two neighbours swapped; the
 *   optimal string alignment distance), the two words become one string when at most `d` letters are
 *   deleted from each: a change deletes the letter on both sides, an addition on one side, a swap the
 *   same one of the two letters on both sides, and no two edits touch the same letters. So every
 *   string made by deleting up to `d` letters of each list word is indexed (by its hash), and a word
 *   asks for the strings made from it the same way.
 * - Cut short or extended (one starts with the other, both at least four letters): their first four
 *   letters are the same, and each list word is indexed by them too.
 * A hash found is a candidate, not an answer: nearWord decides for each, so a collision costs a
 * comparison and never a wrong answer. The first list word that is near is the answer, as in a walk
 * down the list.
 */
import { unitTable, unitsOutside, type UnitTable } from './code-units';

/** A list word: itself, and the most letters its near words may differ by (1 or 2). */
export interface IndexedWord {
  word: string;
  maxEdits: number;
}

export interface NearIndex {
  /** Hash of a string up to `maxEdits` deletions from a list word → the list positions, ascending. */
  readonly byDeletion: Map<number, number[]>;
  /** Hash of a list word's first four letters (words of four or more) → the list positions. */
  readonly byPrefix: Map<number, number[]>;
  /**
   * A bit per key of byDeletion (a key's low bits): a word asks for a dozen strings or more and finds
   * few, and a bit read says "none" for most of them before the map is asked.
   */
  readonly bits: Uint32Array;
  /** Per list position, the number of the last lookup that compared it (see firstNear). */
  readonly asked: Int32Array;
  /** The longest list word's length: no string made from a list word is longer. */
  readonly longest: number;
  /** Per UTF-16 code unit, 1 if some list word holds it: no string made from a list word holds another. */
  readonly units: UnitTable;
  /** The number of the last lookup. */
  stamp: number;
}

/** A number no list position has been marked with (they are all cleared when the count wraps). */
function nextStamp(index: NearIndex): number {
  if (index.stamp === 0x7fffffff) {
    index.asked.fill(0);
    index.stamp = 0;
  }
  return ++index.stamp;
}

// Polynomial hashes over UTF-16 code units in 32 bits, kept to 30 bits as keys: a key that is a small
// integer is looked up without a heap number.
const BASE = 0x01000193;
const KEY_MASK = 0x3fffffff;
const PREFIX = 4;

// Prefix hashes and powers of the word being hashed, in buffers kept between words.
let prefix = new Int32Array(64);
let power = new Int32Array(64);
power[0] = 1;
for (let k = 1; k < power.length; k++) power[k] = Math.imul(power[k - 1] as number, BASE);

/** Fills `prefix` for `word`: prefix[k] is the hash of its first k code units. */
function hashPrefixes(word: string): void {
  const n = word.length;
  if (n + 1 > prefix.length) {
    prefix = new Int32Array(2 * (n + 1));
    const more = new Int32Array(2 * (n + 1));
    more[0] = 1;
    for (let k = 1; k < more.length; k++) more[k] = Math.imul(more[k - 1] as number, BASE);
    power = more;
  }
  for (let k = 0; k < n; k++) prefix[k + 1] = (Math.imul(prefix[k] as number, BASE) + word.charCodeAt(k)) | 0;
}

/** Hash of the word's code units [a, b) (after hashPrefixes). */
const part = (a: number, b: number): number =>
  ((prefix[b] as number) - Math.imul(prefix[a] as number, power[b - a] as number)) | 0;
/** Hash of a string hashed `left` followed by one of `length` code units hashed `right`. */
const joined = (left: number, right: number, length: number): number =>
  (Math.imul(left, power[length] as number) + right) | 0;

/**
 * Calls `visit` with the hash key of the word (after hashPrefixes, `n` code units long) and of every
 * string made by deleting one, or (`edits` 2) two, of its code units. A string made twice (a double
 * letter) is visited twice.
 */
function forEachDeletion(n: number, edits: number, visit: (key: number) => void): void {
  visit((prefix[n] as number) & KEY_MASK);
  for (let i = 0; i < n; i++) {
    const before = part(0, i);
    visit(joined(before, part(i + 1, n), n - i - 1) & KEY_MASK);
    if (edits < 2) continue;
    for (let j = i + 1; j < n; j++)
      visit(joined(joined(before, part(i + 1, j), j - i - 1), part(j + 1, n), n - j - 1) & KEY_MASK);
  }
}

function add(map: Map<number, number[]>, key: number, at: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/** The index of `words`, in their order. */
export function nearIndex(words: readonly IndexedWord[]): NearIndex {
  const byDeletion = new Map<number, number[]>();
  const byPrefix = new Map<number, number[]>();
  words.forEach(({ word, maxEdits }, at) => {
    hashPrefixes(word);
    forEachDeletion(word.length, maxEdits, (key) => add(byDeletion, key, at));
    if (word.length >= PREFIX) add(byPrefix, (prefix[PREFIX] as number) & KEY_MASK, at);
  });
  // Eight bits or more a key (one in eight or fewer of the absent keys read as maybe there), a
  // power of two from 4 KB to 1 MB.
  let size = 1 << 15;
  while (size < 8 * byDeletion.size && size < 1 << 23) size <<= 1;
  const bits = new Uint32Array(size >>> 5);
  for (const key of byDeletion.keys()) {
    const bit = key & (size - 1);
    bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }
  const longest = words.reduce((most, { word }) => Math.max(most, word.length), 0);
  const units = unitTable(words.map(({ word }) => word));
  return { byDeletion, byPrefix, bits, asked: new Int32Array(words.length), stamp: 0, longest, units };
}

/** The list positions under `key`, or undefined, the bits asked first. */
function deletionList(index: NearIndex, key: number): number[] | undefined {
  const bit = key & ((index.bits.length << 5) - 1);
  if (((index.bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return undefined;
  return index.byDeletion.get(key);
}

/** What firstNear asks of each list position it finds: whether the word asked about is near its word. */
export interface NearJudge {
  isNear(at: number): boolean;
}

// The lookup firstNear is making, where its two helpers read it. They were closures made at each call,
// two allocations per word asked about, and a table asks about each of its numbers: they made most of
// what the review allocated there (9 of 60 bytes a character of a table, with the judge's own closure).
let looking: NearIndex | undefined;
let judge: NearJudge | undefined;
let stamp = 0;
let best = -1;

/** Compares the word asked about with the list words of `list` not compared yet in this lookup. */
function consider(list: number[] | undefined): void {
  if (!list) return;
  // Read into locals once: a module binding is checked for initialisation at each read.
  const asked = (looking as NearIndex).asked;
  const mark = stamp;
  const found = best;
  // Ascending: past the best so far, nothing in this list is earlier.
  for (const at of list) {
    if (found >= 0 && at >= found) return;
    if (asked[at] === mark) continue;
    asked[at] = mark;
    if ((judge as NearJudge).isNear(at)) {
      best = at;
      return;
    }
  }
}

/**
 * How many strings made from words asked about have been looked up (what lookups cost), modulo 2^30:
 * read as the difference of two readings.
 */
let stringsAsked = 0;
export const nearStringsAsked = (): number => stringsAsked;

const considerKey = (key: number): void => {
  // Kept a small integer (it wraps past 2^30): a long-lived host asks billions of strings, and a count
  // past the small integers would be a heap number, rewritten here at every string.
  stringsAsked = (stringsAsked + 1) & 0x3fffffff;
  consider(deletionList(looking as NearIndex, key));
};

/**
 * The first list position whose word `judge` says `word` is near, or -1. `edits` is the most letters
 * `word` may differ by from any list word it could be near (the largest maxEdits among list words
 * whose length allows it); `prefixes` says whether it may be one's cut or extension. Not re-entrant:
 * `judge` must not look anything up itself.
 */
export function firstNear(
  index: NearIndex,
  word: string,
  edits: number,
  prefixes: boolean,
  nearJudge: NearJudge,
): number {
  // The strings made from a word of n letters are at least n - edits long. Past the longest list word
  // none can be a list word's, so it is asked by its first letters alone (as a list word's extension):
  // the same answer, as a hash that matched there anyway is a list word that the judge says is near
  // only as one the word extends, which its first letters find. Asked by its deletions, a word of n
  // letters made n² strings: a paste of 20,000 letters without a space took seconds.
  // A word with more units no list word holds than its edits keeps one in every string made from it,
  // and no list word's string holds one: one pass over its letters, not a dozen hashes (Cyrillic prose
  // against a Latin context was a tenth of the review).
  const byDeletions = word.length - edits <= index.longest && !unitsOutside(index.units, word, edits);
  hashPrefixes(byDeletions ? word : word.slice(0, PREFIX));
  looking = index;
  judge = nearJudge;
  best = -1;
  // A list word is found under several of its strings: each is compared once per word asked about.
  stamp = nextStamp(index);
  if (byDeletions) forEachDeletion(word.length, edits, considerKey);
  if (prefixes && word.length >= PREFIX) consider(index.byPrefix.get((prefix[PREFIX] as number) & KEY_MASK));
  looking = undefined;
  judge = undefined;
  return best;
}
