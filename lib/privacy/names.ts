import { ABBREVIATIONS, HEAD_WORDS, HONORIFICS, PLACE_PREPOSITIONS, SCHOOL_HEADS } from './lexicon';
import { isAllCaps, type Tokens } from './normalize';
import type { PiiKind } from './types';
import { cuedNames } from './cued-names';
import { grown } from './grown';
import { isUnknownWord, nameLike, startsSentence } from './name-shape';
import { flagsOf, WordFlags } from './word-flags';
import { isCommonWord, isOrdinary, isWellKnown, nameKindOf } from './words';

// Part of this module's interface since before they had their own module.
export { isUnknownWord, ORDINARY_ENDING, startsSentence } from './name-shape';

export interface NameSpan {
  start: number;
  end: number;
  kind: PiiKind;
}

export interface NameOptions {
  /**
   * Treat a capitalised ordinary word in mid-sentence as a name ("volunteers at Homes for Humanity").
   * Right for the user's own notes, too eager for instructions, where titles are often capitalised.
   */
  midSentenceWords: boolean;
}

/** Legal forms: whatever precedes them is a company's name, even ordinary words ("Earth Movers, Inc."). */
const LEGAL_FORMS = new Set([
  'inc',
  'ltd',
  'llc',
  'corp',
  'corporation',
  'company',
  'co',
  'gmbh',
  'plc',
  'limited',
]);

/**
 * Words a and b (indices into `tokens`, a before b) belong to one name if only a space, hyphen,
 * ampersand or an abbreviation's dot divides them.
 */
export function joins(text: string, tokens: Tokens, a: number, b: number): boolean {
  // The gaps that join, read by character code instead of a slice and three regexes:
  // /^[ \t]{1,2}$|^[-&]$|^ ?& ?$/ joins, /^, ?$/ before a legal form, /^\. ?$/ after an abbreviation
  // (tests/unit/privacy/name-gaps.property.test.ts compares the two over generated gaps).
  const end = tokens.ends[a] as number;
  const length = (tokens.starts[b] as number) - end;
  if (length < 1 || length > 3) return false;
  const c0 = text.charCodeAt(end);
  const c1 = length > 1 ? text.charCodeAt(end + 1) : -1;
  if (length === 3) return c0 === SPACE && c1 === AMPERSAND && text.charCodeAt(end + 2) === SPACE;
  if (length === 1) {
    if (c0 === SPACE || c0 === TAB || c0 === HYPHEN || c0 === AMPERSAND) return true;
  } else {
    const blank0 = c0 === SPACE || c0 === TAB;
    if (blank0 && (c1 === SPACE || c1 === TAB)) return true;
    if ((c0 === SPACE && c1 === AMPERSAND) || (c0 === AMPERSAND && c1 === SPACE)) return true;
    if (c1 !== SPACE) return false;
  }
  // A comma or a full stop, alone or before one space.
  if (c0 === COMMA) return LEGAL_FORMS.has(tokens.norms[b] as string);
  const norm = tokens.norms[a] as string;
  if (c0 === PERIOD) return norm.length === 1 || ABBREVIATIONS.has(norm);
  return false;
}

const [SPACE, TAB, HYPHEN, AMPERSAND, COMMA, PERIOD] = [32, 9, 45, 38, 44, 46];

// The lexicon's lists the runs ask of their words, read from the word flags (one lookup per word in
// flagsOf) instead of a hashed lookup per list and per question.
const has = (flags: Uint8Array, k: number, flag: number): boolean => ((flags[k] ?? 0) & flag) !== 0;
const isConnector = (flags: Uint8Array, k: number): boolean => has(flags, k, WordFlags.Connector);
const isOrgWord = (flags: Uint8Array, k: number): boolean => has(flags, k, WordFlags.Org);

// The runs' bounds, kept between calls like runAt below (a table opens a run every few words, and a
// growing array of them was copied at each growth): valid until the next call of runs().
let bounds = new Int32Array(256);

/**
 * Maximal runs of name-like tokens, allowing lower-case connectors between two of them: each run's
 * first and last token index, one after the other, in bounds[0, the count returned).
 */
function runs(text: string, tokens: Tokens, flags: Uint8Array): number {
  let count = 0;
  // nameLike, read from the flags (WordFlags.Shaped).
  const shaped = (k: number) => ((flags[k] ?? 0) & WordFlags.Shaped) !== 0;
  const words = tokens.count;
  let i = 0;
  while (i < words) {
    if (!shaped(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < words) {
      if (shaped(end + 1) && joins(text, tokens, end, end + 1)) end++;
      else if (!shaped(end + 1) && isConnector(flags, end + 1) && joins(text, tokens, end, end + 1)) {
        if (end + 2 < words && shaped(end + 2) && joins(text, tokens, end + 1, end + 2)) end += 2;
        else break;
      } else break;
    }
    if (count + 2 > bounds.length) bounds = grown(bounds);
    bounds[count++] = i;
    bounds[count++] = end;
    i = end + 1;
  }
  return count;
}

/**
 * A first name that is also a word ("Jack", "Grant"): a name when capitalised inside a sentence.
 * `named` is whether the lexicon knows the word at all (WordFlags.Named).
 */
function isWordName(norm: string, named: boolean, midSentence: boolean): boolean {
  return midSentence && named && norm.length >= 3 && !isWellKnown(norm) && nameKindOf(norm) === 'PERSON';
}

const FEAST = /^['’]s\s+(?:day|eve|feast|night)\b/iu;

/**
 * Of a word the lexicon knows as a name, place or organisation (WordFlags.Named, which rules out
 * almost every word first): in lower case and known only as that ("singapore", "google").
 * `shaped` is whether nameLike holds for it (WordFlags.Shaped).
 */
function isLowerName(norm: string, shaped: boolean): boolean {
  return norm.length >= 4 && !shaped && !isOrdinary(norm);
}

/**
 * The kind of the run whose `count` tokens are at run[0..count) (indices into `tokens`, in order),
 * `before` the token before it. `flags` are the tokens' WordFlags (Named: the lexicon knows the word).
 */
function classify(
  tokens: Tokens,
  run: Int32Array,
  count: number,
  flags: Uint8Array,
  before: string | undefined,
): PiiKind {
  const norms = tokens.norms;
  // Loops over the run, not array methods with closures: this runs for every run of every text.
  let org = false;
  let place = false;
  for (let k = 0; k < count; k++) {
    const at = run[k] ?? -1;
    if (isOrgWord(flags, at)) org = true;
    if (has(flags, at, WordFlags.Place)) place = true;
  }
  if (org || SCHOOL_HEADS.has(count > 0 ? (norms[run[count - 1] ?? -1] as string) : '')) return 'ORG';
  // A person's name takes no article: "the Tamil Sangam", "the Kestrel" name a body or a place.
  if (before === 'the' && !place) return 'ORG';
  for (let k = 0; k < count; k++) {
    const at = run[k] ?? -1;
    const known = (flags[at] ?? 0) & WordFlags.Named ? nameKindOf(norms[at] as string) : undefined;
    if (known) return known;
  }
  if (before !== undefined && HONORIFICS.has(before)) return 'PERSON';
  if (place || (before !== undefined && PLACE_PREPOSITIONS.has(before))) return 'LOCATION';
  if (count === 1 && isAllCaps(tokens.raws[run[0] ?? -1] as string)) return 'ORG';
  return count <= 3 ? 'PERSON' : 'ORG';
}

// The token indices of the run findNames is looking at: one buffer for every run of every call (a
// table opens a run every few words), grown when a run is longer than any before.
let runAt = new Int32Array(64);

/** Names, organisations and places in `text`, found from capitalisation and the word lists. */
export function findNames(text: string, tokens: Tokens, options: NameOptions): NameSpan[] {
  const spans: NameSpan[] = [];
  const { starts, ends, raws, norms } = tokens;
  const flags = flagsOf(tokens, nameLike);
  const isNamed = (k: number) => ((flags[k] ?? 0) & WordFlags.Named) !== 0;
  const isShaped = (k: number) => ((flags[k] ?? 0) & WordFlags.Shaped) !== 0;
  const unknownAt = (k: number) => isUnknownWord(raws[k] as string, norms[k] as string);
  const found = runs(text, tokens, flags);
  for (let r = 0; r + 1 < found; r += 2) {
    // A run's bounds are words of the text: a <= b < tokens.count.
    const from = bounds[r] ?? 0;
    let a = from;
    let b = bounds[r + 1] ?? from;
    // Whether the run opens a sentence, asked once: the name may start here or after its openers.
    const fromStarts = startsSentence(text, tokens, from);
    // Leading words that merely open a sentence or address someone stay outside the name. Where the
    // first word kept is unknown, the run has an unknown word (asked again below otherwise).
    let headUnknown = false;
    for (; a < b; a++) {
      const norm = norms[a] as string;
      headUnknown = unknownAt(a);
      if (headUnknown || HEAD_WORDS.has(norm) || isOrgWord(flags, a)) break;
      const opener = a === from && fromStarts && isCommonWord(norm);
      if (!opener && !HONORIFICS.has(norm)) break;
    }
    if (runAt.length <= b - a) runAt = new Int32Array(2 * (b - a + 1));
    const run = runAt;
    let count = 0;
    for (let k = a; k <= b; k++) if (isShaped(k) || !isConnector(flags, k)) run[count++] = k;
    const headNorm = norms[a] as string;
    const lastNorm = norms[b] as string;
    const midSentence = !(a === from ? fromStarts : startsSentence(text, tokens, a));
    let hasUnknown = headUnknown && run[0] === a;
    for (let k = 0; k < count && !hasUnknown; k++) {
      const at = run[k] ?? -1;
      hasUnknown = unknownAt(at) || isWordName(norms[at] as string, isNamed(at), k > 0 || midSentence);
    }
    let ordinaryName = false;
    if (options.midSentenceWords && midSentence)
      for (let k = 0; k < count && !ordinaryName; k++) {
        const norm = norms[run[k] ?? -1] as string;
        ordinaryName = !isWellKnown(norm) && norm.length > 1;
      }
    // An all-ordinary title-case phrase ending in an organisation word, inside a sentence: "the Solid
    // Rock Care Trust". A sentence opener ("Customer Service Team:") is left alone.
    const orgPhrase =
      count >= 2 &&
      ((midSentence && isOrgWord(flags, b) && !isWellKnown(headNorm)) || LEGAL_FORMS.has(lastNorm));
    if (!hasUnknown && !ordinaryName && !orgPhrase) continue;
    const lastEnd = ends[b] as number;
    // A saint's name before "'s day" names a feast ("St. Clarissa's day"), not a church or a town.
    if (has(flags, a, WordFlags.Saint) && FEAST.test(text.slice(lastEnd))) continue;
    while (b > a && isConnector(flags, b)) b--;
    const end = ends[b] as number;
    let kind = classify(tokens, run, count, flags, a > 0 ? norms[a - 1] : undefined);
    // One word after a name and a comma is where it is, as in an address: "Holy Trinity Church, Ikoyi".
    const start = starts[a] as number;
    const previous = spans.at(-1);
    if (kind === 'PERSON' && count === 1 && previous && isCommaGap(text, previous.end, start))
      if (previous.kind === 'ORG' || previous.kind === 'LOCATION') kind = 'LOCATION';
    spans.push({ start, end, kind });
  }
  spans.push(...cuedNames(text, tokens, flags, spans));
  for (let i = 0; i < tokens.count; i++) {
    // Most words are not in the lexicon at all: the flag is asked first.
    if (!isNamed(i)) continue;
    const norm = norms[i] as string;
    // A saint's name names a day, a church or a town, not someone ("st patrick's day").
    if (!isLowerName(norm, isShaped(i)) || has(flags, i - 1, WordFlags.Saint)) continue;
    const kind = nameKindOf(norm) ?? 'PRIVATE';
    const start = starts[i] as number;
    const before = spans.at(-1);
    // A first name and a surname typed in lower case are one person ("joseph conrad"): one placeholder.
    if (before?.kind === kind && start === before.end + 1 && text.charCodeAt(before.end) === SPACE)
      before.end = ends[i] as number;
    else spans.push({ start, end: ends[i] as number, kind });
  }
  return spans;
}

/** /^, ?$/ of the text from `from` to `to`: a comma, alone or before one space. */
function isCommaGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === COMMA;
  return to - from === 2 && text.charCodeAt(from) === COMMA && text.charCodeAt(from + 1) === SPACE;
}
