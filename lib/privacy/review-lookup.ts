import type { ContextData } from '../context/types';
import { isFunctionWord } from './function-words';
import { isDistinctive, isWord, NearWords } from './near-words';
import { normTokens } from './normalize';
import type { PossiblyPrivate } from './possibly-private';
import type { KnownValue, PreparedContext } from './types';
import { isWellKnown, stems } from './words';

/**
 * The user's context arranged once for the review (possibly-private.ts): its values by pairs of
 * words, its distinctive words for near-matches, the stems of its notes, and what the review said of
 * each word it met. Built per context and kept while the context is.
 */

export interface KnownWords {
  words: readonly string[];
  value: string;
  source: string;
}

/** Where a word stands in a known value. */
export interface Place {
  k: KnownWords;
  j: number;
}

/** What the review says of a word, wherever it stands (a Finding without its offsets). */
export type Verdict = Omit<Finding, 'start' | 'end'>;

/** The context, arranged once for doubting: its values by word, its distinctive words, its stems. */
export interface Lookup {
  /**
   * Each pair of words in a row in a known value → the values holding it, and where its first word
   * stands, in the order of the values. A run of the value's words is two at least, so a text's word
   * is looked up with the word after it: the values holding "the" alone are not walked at every "the".
   */
  byPair: Map<string, Map<string, Place[]>>;
  /** Distinctive words of known values (the ones a near-match is looked for), each once. */
  distinctive: { word: string; k: KnownWords }[];
  /** The same words, for finding the first one a word is near. */
  near: NearWords;
  /** Stems of the content words of facts → the fact each comes from. */
  context: Map<string, string>;
  /**
   * What verdictOf said of each word it met (null: nothing), for this context: a word's verdict
   * depends on its norm alone, and a text's words recur, in it and at each re-check while the user edits.
   */
  verdicts: Map<string, Verdict | null>;
}

/** Verdicts kept per context: past this many, the ones kept are let go (a long text's rare words). */
export const KEPT_VERDICTS = 4096;

// Previews run at every policy change; the context changes rarely (prepared.known is reused then).
const lookups = new WeakMap<readonly KnownValue[], Lookup>();

/** Sort key of a value's length for the value a near-match names: 2 words first, then longer, then 1. */
const rank = (n: number) => (n === 1 ? Infinity : n);

export function lookupOf(prepared: PreparedContext): Lookup {
  const cached = lookups.get(prepared.known);
  if (cached) return cached;
  const byWord = new Map<string, Place[]>();
  // Each distinctive word with the shortest value of two words or more holding it ("Kestrel Dynamics":
  // not a whole note, nor the lone word), the lone word when there is no such value.
  const distinctive = new Map<string, KnownWords>();
  const seenValues = new Set<string>();
  for (const known of prepared.known) {
    const words = normTokens(known.value);
    const key = words.join(' ');
    if (words.length === 0 || seenValues.has(key)) continue;
    seenValues.add(key);
    const k = { words, value: known.value, source: known.source };
    words.forEach((word, j) => {
      const list = byWord.get(word);
      if (list) list.push({ k, j });
      else byWord.set(word, [{ k, j }]);
      const held = distinctive.get(word);
      if (isDistinctive(word) && (!held || rank(held.words.length) > rank(words.length)))
        distinctive.set(word, k);
    });
  }
  const byPair: Lookup['byPair'] = new Map();
  for (const [word, places] of byWord) {
    const next = new Map<string, Place[]>();
    for (const place of places) {
      const after = place.k.words[place.j + 1];
      if (after === undefined) continue;
      const list = next.get(after);
      if (list) list.push(place);
      else next.set(after, [place]);
    }
    if (next.size > 0) byPair.set(word, next);
  }
  const listed = [...distinctive].map(([word, k]) => ({ word, k }));
  const lookup: Lookup = {
    byPair,
    distinctive: listed,
    near: new NearWords(listed.map(({ word }) => word)),
    context: contextStems(prepared.context),
    verdicts: new Map(),
  };
  lookups.set(prepared.known, lookup);
  return lookup;
}

/**
 * Content words of the user's own notes, by stem, with the fact each comes from. Profile fields are
 * left out (their distinctive parts are known values already; the rest, "senior data engineer", is
 * how everyone writes), and so are names everyone uses (months, languages).
 */
function contextStems(context: ContextData): Map<string, string> {
  const where = new Map<string, string>();
  context.facts.forEach((fact, i) => {
    for (const word of normTokens(fact.text))
      if (isWord(word) && word.length >= 4 && !isFunctionWord(word) && !isWellKnown(word))
        for (const stem of stems(word)) if (!where.has(stem)) where.set(stem, `fact ${i + 1}`);
  });
  return where;
}

/** `entry` names the context entry (or category) behind the doubt: neighbours from one entry merge. */
export type Finding = Omit<PossiblyPrivate, 'text'> & {
  entry: string;
  /** For a near-match: the words of the value it is close to. */
  words?: readonly string[];
};
