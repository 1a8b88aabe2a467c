import { isCapitalised, type Tokens } from './normalize';
import type { KnownEntry, KnownIndex } from './types';
import { FILTER_BITS, filterBit } from './word-flags';

/**
 * The known values of an index as a tree of words, so that the values sharing their first words
 * (a context's facts often do: "booked …", "reading the …") are compared with the text once per word,
 * not once per value. Matching reads exactly what comparing each value in turn read (known-index.ts).
 */
interface WordNode {
  readonly next: Map<string, WordNode>;
  /** Values whose last word is this node's, with their place in their first word's list. */
  readonly ends: { entry: KnownEntry; order: number }[];
}

const node = (): WordNode => ({ next: new Map(), ends: [] });

/** An index as word trees, and its one-word values by their plural forms. */
export interface KnownTrie {
  /** The tree of each first word. */
  readonly roots: Map<string, WordNode>;
  /**
   * One-word values by the text word that is their plural ("reynoldses"): the word plus "s", then
   * plus "es" (the order comparing each stem's list in turn found them), where sameWord allows one.
   */
  readonly plurals: Map<string, KnownEntry[]>;
  /**
   * A bit (word-flags' filterBit) for every key of roots and plurals: a text word whose bit is clear
   * is neither, found from a few char codes instead of two hashed lookups (most words are neither).
   */
  readonly filter: Uint32Array;
}

/** Whether `word` may be a key of the trie's roots or plurals: false proves it is neither. */
export function mayStart(trie: KnownTrie, word: string): boolean {
  const bit = filterBit(word);
  return ((trie.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

const tries = new WeakMap<KnownIndex['byFirstWord'], KnownTrie>();

/** The trie of an index, built once per index (prepared contexts are cached). */
export function trieOf(byFirstWord: KnownIndex['byFirstWord']): KnownTrie {
  let trie = tries.get(byFirstWord);
  if (trie) return trie;
  trie = { roots: new Map(), plurals: new Map(), filter: new Uint32Array(FILTER_BITS / 32) };
  for (const [first, entries] of byFirstWord) {
    const root = node();
    trie.roots.set(first, root);
    entries.forEach((entry, order) => {
      let at = root;
      for (const word of entry.words.slice(1)) {
        let child = at.next.get(word);
        if (!child) at.next.set(word, (child = node()));
        at = child;
      }
      at.ends.push({ entry, order });
    });
  }
  for (const ending of ['s', 'es'])
    for (const [first, entries] of byFirstWord) {
      const singles = entries.filter((entry) => entry.words.length === 1);
      if (singles.length === 0 || !takesPlural(first)) continue;
      const key = first + ending;
      const list = trie.plurals.get(key);
      if (list) list.push(...singles);
      else trie.plurals.set(key, singles);
    }
  for (const key of [...trie.roots.keys(), ...trie.plurals.keys()]) {
    const bit = filterBit(key);
    trie.filter[bit >>> 5] = (trie.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  tries.set(byFirstWord, trie);
  return trie;
}

/** A value's last word may take a plural ending in the text ("Reynoldses"): the rule of sameWord. */
const takesPlural = (word: string): boolean => word.length >= 3 && /\p{L}$/u.test(word);

/** A match of the value `entry` from token `from` to token `last`, and its place among its first word's. */
export interface TrieHit {
  entry: KnownEntry;
  order: number;
  last: number;
}

/** Tokens from..last all capitalised; `capital` caches isCapitalised per token (0 unknown, 1 yes, 2 no). */
function capitalised(tokens: Tokens, from: number, last: number, capital: Int8Array): boolean {
  for (let k = from; k <= last; k++) {
    if (capital[k] === 0) capital[k] = isCapitalised(tokens.raws[k] as string) ? 1 : 2;
    if (capital[k] === 2) return false;
  }
  return true;
}

/** The values ending at `at`, matched from token `from` to token `last` (plural: with an ending). */
function take(
  hits: TrieHit[],
  at: WordNode,
  tokens: Tokens,
  from: number,
  last: number,
  plural: boolean,
  capital: Int8Array,
): void {
  for (const end of at.ends) {
    if (plural && !takesPlural(end.entry.words[end.entry.words.length - 1] ?? '')) continue;
    if (!end.entry.requireCapital || capitalised(tokens, from, last, capital))
      hits.push({ entry: end.entry, order: end.order, last });
  }
}

/**
 * Every value under `root` (tokens[from]'s first-word node) that the tokens from `from` on spell:
 * each word equal, the last one also with an "s" or "es" ending, every word capitalised when the
 * value requires it. No closures here: this runs for every word that starts a known value.
 */
export function trieHits(root: WordNode, tokens: Tokens, from: number, capital: Int8Array): TrieHit[] {
  const hits: TrieHit[] = [];
  let at: WordNode | undefined = root;
  for (let k = from; at; k++) {
    take(hits, at, tokens, from, k, false, capital);
    if (k + 1 >= tokens.count || at.next.size === 0) break;
    const norm = tokens.norms[k + 1] as string;
    if (norm.endsWith('s')) {
      const s = at.next.get(norm.slice(0, -1));
      if (s) take(hits, s, tokens, from, k + 1, true, capital);
      const es = norm.endsWith('es') ? at.next.get(norm.slice(0, -2)) : undefined;
      if (es) take(hits, es, tokens, from, k + 1, true, capital);
    }
    at = at.next.get(norm);
  }
  // In the order the values were listed, as comparing each in turn found them.
  return hits.length > 1 ? hits.sort(byOrder) : hits;
}

const byOrder = (a: TrieHit, b: TrieHit): number => a.order - b.order;
