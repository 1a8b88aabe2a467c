import {
  ABBREVIATIONS,
  CONNECTORS,
  GREETINGS,
  LEGAL_FORM_ABBREVIATIONS,
  NAMING_CUES,
  ORG_WORDS,
  PLACE_WORDS,
  REPORTING_VERBS,
  SAINTS,
} from './lexicon';
import type { Tokens } from './normalize';
import { carriedRuns } from './token-splice';
import { nameWords } from './words';

/**
 * What the name finder's word lists say of each word of a text, as bits, so that it asks one question
 * per token instead of one per list: this runs over every word of every request.
 */
export const WordFlags = {
  /** A name may follow it: a title, "to", "is", a greeting, a naming cue ("Hi", "called"). */
  CuesNext: 1,
  /** A name may precede it: a reporting verb, a legal form ("replied", "inc"). */
  CuesPrevious: 2,
  /** The lexicon knows it as a name, a place or an organisation (nameKindOf answers). */
  Named: 4,
  /** The shape test given to flagsOf holds (names.ts: capitalised or camel-case, no digit). */
  Shaped: 8,
  // The lexicon's lists the name finder asks of most words in a run, answered by the same lookup.
  /** In ORG_WORDS. */
  Org: 16,
  /** In PLACE_WORDS. */
  Place: 32,
  /** In CONNECTORS. */
  Connector: 64,
  /** In SAINTS. */
  Saint: 128,
} as const;

const CUES_NEXT = [...ABBREVIATIONS, 'to', 'is', ...GREETINGS, ...NAMING_CUES];
const CUES_PREVIOUS = [...REPORTING_VERBS, ...LEGAL_FORM_ABBREVIATIONS];

// Most words are in no list. A bit per hash of a word's length, first two and last characters, set
// for every listed word, rules most of them out from a few char codes and an 8 KB table, before the
// map lookup (a hash of the whole string and a probe into a large table). A clear bit proves the word
// is in no list: every listed word set its own bit. tests/unit/privacy/word-flags.test.ts checks it.
export const FILTER_BITS = 1 << 16;

/** The filter's bit for `word` (known-trie.ts files a context's words by it too). */
export function filterBit(word: string): number {
  const n = word.length;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ (word.charCodeAt(0) | 0), 0x85ebca6b);
  // A one-character word has no second character: 0, as NaN | 0 gave, without a NaN typing the read.
  h = Math.imul(h ^ (n > 1 ? word.charCodeAt(1) : 0), 0xc2b2ae35);
  h = Math.imul(h ^ (word.charCodeAt(n - 1) | 0), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
}

/**
 * A second bit, from other characters and another mix: about one word in seven of a table or a log
 * (numbers like "05", words like "status") shared a listed word's first bit, and each then paid the
 * map lookup. A word must have both bits set to be looked up; every listed word set both.
 */
function secondBit(word: string): number {
  const n = word.length;
  let h = Math.imul(n ^ 0x5bd1e995, 0x27d4eb2f);
  h = Math.imul(h ^ (word.charCodeAt(n >>> 1) | 0), 0x9e3779b1);
  h = Math.imul(h ^ (n > 2 ? word.charCodeAt(n - 2) : 0), 0x85ebca6b);
  h = Math.imul(h ^ (word.charCodeAt(0) | 0), 0xc2b2ae35);
  return (h ^ (h >>> 13)) & (FILTER_BITS - 1);
}

interface Lists {
  flags: Map<string, number>;
  filter: Uint32Array;
  /** The secondBit of every listed word. */
  second: Uint32Array;
}
let lists: Lists | undefined;

function build(): Lists {
  const flags = new Map<string, number>();
  const add = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
  for (const word of nameWords().keys()) add(word, WordFlags.Named);
  for (const word of CUES_NEXT) add(word, WordFlags.CuesNext);
  for (const word of CUES_PREVIOUS) add(word, WordFlags.CuesPrevious);
  for (const word of ORG_WORDS) add(word, WordFlags.Org);
  for (const word of PLACE_WORDS) add(word, WordFlags.Place);
  for (const word of CONNECTORS) add(word, WordFlags.Connector);
  for (const word of SAINTS) add(word, WordFlags.Saint);
  const filter = new Uint32Array(FILTER_BITS / 32);
  const second = new Uint32Array(FILTER_BITS / 32);
  for (const word of flags.keys()) {
    const bit = filterBit(word);
    filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    const other = secondBit(word);
    second[other >>> 5] = (second[other >>> 5] ?? 0) | (1 << (other & 31));
  }
  return { flags, filter, second };
}

/** The WordFlags of one (folded) word. */
export function wordFlagsOf(norm: string): number {
  const { flags, filter, second } = (lists ??= build());
  const bit = filterBit(norm);
  if (((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return 0;
  const other = secondBit(norm);
  if (((second[other >>> 5] ?? 0) & (1 << (other & 31))) === 0) return 0;
  return flags.get(norm) ?? 0;
}

// The bytes flagsOf writes into, kept between calls: a typed array of a text's length has its own
// backing store outside the heap (an allocation, zeroing and a GC registration per call). Two, used in
// turn: the last call's flags are read while the next call's are written (below).
let kept = new Uint8Array(1024);
let spare = new Uint8Array(1024);
/** The tokens and shape test whose flags `kept` holds, at its start. */
let keptFor: Tokens | undefined;
let keptShape: ((raw: string, norm: string) => boolean) | undefined;

/**
 * The WordFlags of each token, by index, with Shaped where `shape` holds: one pass that reads each
 * token once, since the name finder asks both of every token. The answer is a view of bytes kept
 * between calls, valid until the next call (the name finder reads it within one findNames).
 *
 * The review runs the name finder over the outbound text, whose words are mostly the redacted text's,
 * carried over by splicedTokens (token-splice.ts) with the same strings. A word's flags are a function
 * of its strings, so those words' flags are copied from the last call's, where that call was for the
 * tokens they came from; only the words scanned again are asked.
 */
export function flagsOf(tokens: Tokens, shape: (raw: string, norm: string) => boolean): Uint8Array {
  const { count, raws, norms } = tokens;
  const from = keptFor !== undefined && shape === keptShape ? carriedRuns(tokens, keptFor) : undefined;
  const last = kept;
  if (spare.length < count) spare = new Uint8Array(2 * count);
  kept = spare;
  spare = last;
  keptFor = tokens;
  keptShape = shape;
  // Every entry is written below, so nothing from an earlier call is read.
  const flags = kept.subarray(0, count);
  let i = 0;
  if (from)
    for (let r = 0; r < from.count; r++) {
      const to = from.runs[3 * r] as number;
      for (; i < to; i++) flags[i] = flagsOfWord(raws[i] as string, norms[i] as string, shape);
      const end = to + (from.runs[3 * r + 2] as number);
      for (let o = (from.runs[3 * r + 1] as number) - to; i < end; i++) flags[i] = last[i + o] as number;
    }
  for (; i < count; i++) flags[i] = flagsOfWord(raws[i] as string, norms[i] as string, shape);
  return flags;
}

const flagsOfWord = (raw: string, norm: string, shape: (raw: string, norm: string) => boolean): number =>
  wordFlagsOf(norm) | (shape(raw, norm) ? WordFlags.Shaped : 0);

/** The flags without the filter: the reference the test compares wordFlagsOf with. */
export function listedFlagsOf(norm: string): number {
  return (lists ??= build()).flags.get(norm) ?? 0;
}
