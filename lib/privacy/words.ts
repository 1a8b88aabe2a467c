import { unitTable, unitsOutside, type UnitTable } from './code-units';
import { COMMON_WORDS } from './data/common-words';
import { WELL_KNOWN as WELL_KNOWN_WORDS } from './data/well-known';
import { NAME_WORDS } from './data/name-words';
import { OTHER_LANGUAGES } from './data/other-languages';
import { WORD_FREQUENCY_BANDS } from './data/word-frequency';
import { ZIPF_FLOOR, ZIPF_STEP } from './data/zipf';

/** Candidate stems of an inflected English word: the word itself first. */
export function stems(word: string): string[] {
  const out = [word];
  const add = (stem: string) => {
    if (stem.length >= 2) out.push(stem);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && takesEs(word.slice(0, -2))) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ed')) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3));
    add(`${word.slice(0, -3)}e`);
  }
  if (word.endsWith('ly')) add(word.slice(0, -2));
  if (word.endsWith('ily')) add(`${word.slice(0, -3)}y`);
  return out;
}

/**
 * Whether English writes `stem`'s plural (or third person) with "es": after a sibilant or an "o"
 * ("boxes", "churches", "wishes", "buses", "goes"). Any other stem takes a bare "s", so "-es" read
 * off "James", "Hayes", "Barnes" or "Ines" made them "jam", "hay", "barn" and "in" plus an ending:
 * common words, and no name in them.
 */
const takesEs = (stem: string): boolean => /(?:[sxzo]|[cs]h)$/.test(stem);

/** A stem of two letters or more that `set` holds. */
const hasStem = (stem: string, set: ReadonlySet<string>) => stem.length >= 2 && set.has(stem);

/**
 * Whether one of stems(word) is in `set`, without making the list (nor a closure over `set`): a word
 * asked here is mostly new (an id, a name, a word of a table) and has no English ending, so only the
 * word itself is looked up. The endings are stems()'s, written again as tests: words-units.test.ts
 * checks the answers against stems() on listed words with every ending (change both together).
 */
function hasStemIn(word: string, set: ReadonlySet<string>): boolean {
  if (set.has(word)) return true;
  switch (word.charCodeAt(word.length - 1)) {
    case 0x73: // s: -ies, -es, -s (not -ss)
      return (
        (word.endsWith('ies') && hasStem(`${word.slice(0, -3)}y`, set)) ||
        (word.endsWith('es') && takesEs(word.slice(0, -2)) && hasStem(word.slice(0, -2), set)) ||
        (!word.endsWith('ss') && hasStem(word.slice(0, -1), set))
      );
    case 0x64: // d: -ed
      return word.endsWith('ed') && (hasStem(word.slice(0, -2), set) || hasStem(word.slice(0, -1), set));
    case 0x67: // g: -ing
      return (
        word.endsWith('ing') && (hasStem(word.slice(0, -3), set) || hasStem(`${word.slice(0, -3)}e`, set))
      );
    case 0x79: // y: -ly, -ily
      return (
        (word.endsWith('ly') && hasStem(word.slice(0, -2), set)) ||
        (word.endsWith('ily') && hasStem(`${word.slice(0, -3)}y`, set))
      );
    default:
      return false;
  }
}

// Built lazily on first use, once per process (a few ms), so importing the module costs nothing.
let common: Set<string> | undefined;
let wellKnown: Set<string> | undefined;

// The privacy stage asks about the same words at every scan (a logit draft is re-scanned per token),
// and the name finder asks both questions below of each word of a run: both answers are remembered
// together (bounded), so isOrdinary is one lookup, and a plural is not cut again at each ask.
const COMMON = 1;
const WELL_KNOWN = 2;
const memo = new Map<string, number>();
const MEMO_LIMIT = 50_000;

/**
 * The units the common and well-known lists hold. A stem keeps every unit of its word but an English
 * ending's, so a word with a unit the lists do not hold is in neither (both are ASCII: a word in
 * Cyrillic or Chinese is answered by one pass, not by its stems, two sets and a memo entry a word;
 * prose outside ASCII is mostly words met once).
 */
let listUnits: UnitTable | undefined;

function answersOf(lower: string): number {
  const known = memo.get(lower);
  if (known !== undefined) return known;
  // After the memo: most words asked are asked again, and a hit needs no pass.
  if (unitsOutside((listUnits ??= unitTable([COMMON_WORDS, WELL_KNOWN_WORDS])), lower, 0)) return 0;
  common ??= new Set(COMMON_WORDS.split(' '));
  wellKnown ??= new Set(WELL_KNOWN_WORDS.split(' '));
  const answer =
    (hasStemIn(lower, common) ? COMMON : 0) |
    (wellKnown.has(lower) || (lower.endsWith('s') && wellKnown.has(lower.slice(0, -1))) ? WELL_KNOWN : 0);
  // Only an ordinary word is remembered: most words asked again are ordinary ones, while a word that
  // is neither is mostly met once (an id, a name, a word of a table), and answered as fast as kept.
  if (answer === 0) return 0;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(lower, answer);
  return answer;
}

/** An ordinary English word (given lower-case), possibly inflected: "Revolution", "Formulas". */
export function isCommonWord(lower: string): boolean {
  return (answersOf(lower) & COMMON) !== 0;
}

/** A proper noun everyone uses and that says nothing about the user: months, languages, big products. */
export function isWellKnown(lower: string): boolean {
  return (answersOf(lower) & WELL_KNOWN) !== 0;
}

/** An ordinary English word or a well-known name: says nothing about the user on its own. */
export function isOrdinary(lower: string): boolean {
  return answersOf(lower) !== 0;
}

export type NameKind = 'PERSON' | 'LOCATION' | 'ORG';
let names: Map<string, NameKind> | undefined;

/** Every word the lexicon knows as a name, a place or an organisation, with what it usually names. */
export function nameWords(): ReadonlyMap<string, NameKind> {
  if (!names) {
    names = new Map();
    for (const [kind, words] of Object.entries(NAME_WORDS) as [keyof typeof NAME_WORDS, string][])
      for (const word of words.split(' ')) if (!names.has(word)) names.set(word, kind);
  }
  return names;
}

/** What a word usually names, if the lexicon knows it as a name, a place or an organisation. */
export function nameKindOf(lower: string): NameKind | undefined {
  return (names ?? nameWords()).get(lower);
}

let frequency: Map<string, { zipf: number; capital: boolean }> | undefined;

function frequencyOf(lower: string): { zipf: number; capital: boolean } | undefined {
  if (!frequency) {
    frequency = new Map();
    WORD_FREQUENCY_BANDS.forEach((band, i) => {
      const zipf = ZIPF_FLOOR + i * ZIPF_STEP;
      for (const word of band.split(' '))
        if (word) frequency?.set(word.toLowerCase(), { zipf, capital: word !== word.toLowerCase() });
    });
  }
  return frequency.get(lower);
}

/** Below the list's floor: rarer than about one word in a million of everyday (subtitle) English. */
export const RARE_ZIPF = ZIPF_FLOOR - ZIPF_STEP;

/**
 * How common a word (given lower-case) is in everyday English, as Zipf (log10 of occurrences per
 * billion words); a word rarer than one in a million is given RARE_ZIPF.
 */
export function zipfOf(lower: string): number {
  return frequencyOf(lower)?.zipf ?? RARE_ZIPF;
}

/**
 * A word people write in lower case as an ordinary word, so that a name spelled like it ("Rose",
 * "Will") is only that name when capitalised. Exact entries only: a stemmer would call "aisling" an
 * inflection of "aisle".
 */
export function isEverydayWord(lower: string): boolean {
  common ??= new Set(COMMON_WORDS.split(' '));
  if (common.has(lower)) return true;
  const seen = frequencyOf(lower);
  return !!seen && !seen.capital;
}

let otherLanguages: Set<string> | undefined;

/**
 * Among the most common words of another language our users write (Spanish, Portuguese, French,
 * German, Italian, Polish, Chinese, Japanese, Thai): "luz", "caridade", "北京" are words there, not names.
 * Latin-script words are given folded.
 */
export function isCommonElsewhere(word: string): boolean {
  otherLanguages ??= new Set(Object.values(OTHER_LANGUAGES).flatMap((list) => list.split(' ')));
  return otherLanguages.has(word);
}
