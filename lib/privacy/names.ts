import { ABBREVIATIONS, HEAD_WORDS, HONORIFICS, PLACE_PREPOSITIONS, SCHOOL_HEADS } from './lexicon';
import { isAllCaps, type Token } from './normalize';
import type { PiiKind } from './types';
import { cuedNames } from './cued-names';
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

/** Two tokens belong to one name if only a space, hyphen, ampersand or an abbreviation's dot divides them. */
export function joins(text: string, a: Token, b: Token): boolean {
  // The gaps that join, read by character code instead of a slice and three regexes:
  // /^[ \t]{1,2}$|^[-&]$|^ ?& ?$/ joins, /^, ?$/ before a legal form, /^\. ?$/ after an abbreviation
  // (tests/unit/privacy/name-gaps.property.test.ts compares the two over generated gaps).
  const length = b.start - a.end;
  if (length < 1 || length > 3) return false;
  const c0 = text.charCodeAt(a.end);
  const c1 = length > 1 ? text.charCodeAt(a.end + 1) : -1;
  if (length === 3) return c0 === SPACE && c1 === AMPERSAND && text.charCodeAt(a.end + 2) === SPACE;
  if (length === 1) {
    if (c0 === SPACE || c0 === TAB || c0 === HYPHEN || c0 === AMPERSAND) return true;
  } else {
    const blank0 = c0 === SPACE || c0 === TAB;
    if (blank0 && (c1 === SPACE || c1 === TAB)) return true;
    if ((c0 === SPACE && c1 === AMPERSAND) || (c0 === AMPERSAND && c1 === SPACE)) return true;
    if (c1 !== SPACE) return false;
  }
  // A comma or a full stop, alone or before one space.
  if (c0 === COMMA) return LEGAL_FORMS.has(b.norm);
  if (c0 === PERIOD) return a.norm.length === 1 || ABBREVIATIONS.has(a.norm);
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
function runs(text: string, tokens: Token[], flags: Uint8Array): number {
  let count = 0;
  // nameLike, read from the flags (WordFlags.Shaped).
  const shaped = (k: number) => ((flags[k] ?? 0) & WordFlags.Shaped) !== 0;
  let i = 0;
  while (i < tokens.length) {
    if (!shaped(i) || !tokens[i]) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const cur = tokens[end];
      const next = tokens[end + 1];
      if (!cur || !next) break;
      if (shaped(end + 1) && joins(text, cur, next)) end++;
      else if (!shaped(end + 1) && isConnector(flags, end + 1) && joins(text, cur, next)) {
        const after = tokens[end + 2];
        if (after && shaped(end + 2) && joins(text, next, after)) end += 2;
        else break;
      } else break;
    }
    if (count + 2 > bounds.length) {
      const grown = new Int32Array(2 * bounds.length);
      grown.set(bounds);
      bounds = grown;
    }
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
function isWordName(token: Token, named: boolean, midSentence: boolean): boolean {
  return (
    midSentence &&
    named &&
    token.norm.length >= 3 &&
    !isWellKnown(token.norm) &&
    nameKindOf(token.norm) === 'PERSON'
  );
}

const FEAST = /^['’]s\s+(?:day|eve|feast|night)\b/iu;

/**
 * Of a word the lexicon knows as a name, place or organisation (WordFlags.Named, which rules out
 * almost every word first): in lower case and known only as that ("singapore", "google").
 * `shaped` is whether nameLike holds for it (WordFlags.Shaped).
 */
function isLowerName(token: Token, shaped: boolean): boolean {
  return token.norm.length >= 4 && !shaped && !isOrdinary(token.norm);
}

/**
 * The kind of the run whose `count` tokens are at run[0..count) (indices into `tokens`, in order),
 * `before` the token before it. `flags` are the tokens' WordFlags (Named: the lexicon knows the word).
 */
function classify(
  tokens: Token[],
  run: Int32Array,
  count: number,
  flags: Uint8Array,
  before: Token | undefined,
): PiiKind {
  // Loops over the run, not array methods with closures: this runs for every run of every text.
  let org = false;
  let place = false;
  for (let k = 0; k < count; k++) {
    const at = run[k] ?? -1;
    if (isOrgWord(flags, at)) org = true;
    if (has(flags, at, WordFlags.Place)) place = true;
  }
  if (org || SCHOOL_HEADS.has(count > 0 ? (tokens[run[count - 1] ?? -1] as Token).norm : '')) return 'ORG';
  // A person's name takes no article: "the Tamil Sangam", "the Kestrel" name a body or a place.
  if (before?.norm === 'the' && !place) return 'ORG';
  for (let k = 0; k < count; k++) {
    const at = run[k] ?? -1;
    const known = (flags[at] ?? 0) & WordFlags.Named ? nameKindOf((tokens[at] as Token).norm) : undefined;
    if (known) return known;
  }
  if (before && HONORIFICS.has(before.norm)) return 'PERSON';
  if (place || (before && PLACE_PREPOSITIONS.has(before.norm))) return 'LOCATION';
  if (count === 1 && isAllCaps((tokens[run[0] ?? -1] as Token).raw)) return 'ORG';
  return count <= 3 ? 'PERSON' : 'ORG';
}

// The token indices of the run findNames is looking at: one buffer for every run of every call (a
// table opens a run every few words), grown when a run is longer than any before.
let runAt = new Int32Array(64);

/** Names, organisations and places in `text`, found from capitalisation and the word lists. */
export function findNames(text: string, tokens: Token[], options: NameOptions): NameSpan[] {
  const spans: NameSpan[] = [];
  const flags = flagsOf(tokens, nameLike);
  const isNamed = (k: number) => ((flags[k] ?? 0) & WordFlags.Named) !== 0;
  const isShaped = (k: number) => ((flags[k] ?? 0) & WordFlags.Shaped) !== 0;
  const found = runs(text, tokens, flags);
  for (let r = 0; r + 1 < found; r += 2) {
    const from = bounds[r] ?? 0;
    let a = from;
    let b = bounds[r + 1] ?? from;
    // Whether the run opens a sentence, asked once: the name may start here or after its openers.
    const first = tokens[from];
    const fromStarts = !!first && startsSentence(text, tokens[from - 1], first);
    // Leading words that merely open a sentence or address someone stay outside the name. Where the
    // first word kept is unknown, the run has an unknown word (asked again below otherwise).
    let headUnknown = false;
    for (let t = tokens[a]; t && a < b; t = tokens[a]) {
      headUnknown = isUnknownWord(t);
      if (headUnknown || HEAD_WORDS.has(t.norm) || isOrgWord(flags, a)) break;
      const opener = a === from && fromStarts && isCommonWord(t.norm);
      if (!opener && !HONORIFICS.has(t.norm)) break;
      a++;
    }
    if (runAt.length <= b - a) runAt = new Int32Array(2 * (b - a + 1));
    const run = runAt;
    let count = 0;
    for (let k = a; k <= b; k++) {
      const t = tokens[k];
      if (t && (isShaped(k) || !isConnector(flags, k))) run[count++] = k;
    }
    const head = tokens[a];
    const last = tokens[b];
    if (!head || !last) continue;
    const midSentence = !(a === from ? fromStarts : startsSentence(text, tokens[a - 1], head));
    let hasUnknown = headUnknown && run[0] === a;
    for (let k = 0; k < count && !hasUnknown; k++) {
      const at = run[k] ?? -1;
      const t = tokens[at] as Token;
      hasUnknown = isUnknownWord(t) || isWordName(t, isNamed(at), k > 0 || midSentence);
    }
    let ordinaryName = false;
    if (options.midSentenceWords && midSentence)
      for (let k = 0; k < count && !ordinaryName; k++) {
        const norm = (tokens[run[k] ?? -1] as Token).norm;
        ordinaryName = !isWellKnown(norm) && norm.length > 1;
      }
    // An all-ordinary title-case phrase ending in an organisation word, inside a sentence: "the Solid
    // Rock Care Trust". A sentence opener ("Customer Service Team:") is left alone.
    const orgPhrase =
      count >= 2 &&
      ((midSentence && isOrgWord(flags, b) && !isWellKnown(head.norm)) || LEGAL_FORMS.has(last.norm));
    if (!hasUnknown && !ordinaryName && !orgPhrase) continue;
    // A saint's name before "'s day" names a feast ("St. Clarissa's day"), not a church or a town.
    if (has(flags, a, WordFlags.Saint) && FEAST.test(text.slice(last.end))) continue;
    while (b > a && tokens[b] && isConnector(flags, b)) b--;
    const end = tokens[b]?.end ?? last.end;
    let kind = classify(tokens, run, count, flags, tokens[a - 1]);
    // One word after a name and a comma is where it is, as in an address: "Holy Trinity Church, Ikoyi".
    const previous = spans.at(-1);
    if (kind === 'PERSON' && count === 1 && previous && isCommaGap(text, previous.end, head.start))
      if (previous.kind === 'ORG' || previous.kind === 'LOCATION') kind = 'LOCATION';
    spans.push({ start: head.start, end, kind });
  }
  spans.push(...cuedNames(text, tokens, flags, spans));
  for (let i = 0; i < tokens.length; i++) {
    // Most words are not in the lexicon at all: the flag is asked first.
    if (!isNamed(i)) continue;
    const token = tokens[i];
    // A saint's name names a day, a church or a town, not someone ("st patrick's day").
    if (!token || !isLowerName(token, isShaped(i)) || has(flags, i - 1, WordFlags.Saint)) continue;
    const kind = nameKindOf(token.norm) ?? 'PRIVATE';
    const before = spans.at(-1);
    // A first name and a surname typed in lower case are one person ("joseph conrad"): one placeholder.
    if (before?.kind === kind && token.start === before.end + 1 && text.charCodeAt(before.end) === SPACE)
      before.end = token.end;
    else spans.push({ start: token.start, end: token.end, kind });
  }
  return spans;
}

/** /^, ?$/ of the text from `from` to `to`: a comma, alone or before one space. */
function isCommaGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === COMMA;
  return to - from === 2 && text.charCodeAt(from) === COMMA && text.charCodeAt(from + 1) === SPACE;
}
