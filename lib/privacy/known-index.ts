import { digitsOf, isCapitalised, normTokens, type Tokens } from './normalize';
import { digitRuns } from './forms/text-scan';
import { mayStart, trieHits, trieOf } from './known-trie';
import { spacelessEntries } from './spaceless';
import type { KnownEntry, KnownIndex, KnownValue, PiiKind, Finding } from './types';

/** Shortest phone tail compared: long enough to be specific, short enough to ignore country codes. */
const PHONE_TAIL = 8;

export function buildIndex(values: readonly KnownValue[]): KnownIndex {
  const byFirstWord = new Map<string, KnownEntry[]>();
  const phones: { digits: string; kind: PiiKind; source: string }[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    if (value.kind === 'PHONE') {
      const digits = digitsOf(value.value);
      if (digits.length >= 7) phones.push({ digits, kind: value.kind, source: value.source });
    }
    const words = normTokens(value.value);
    const first = words[0];
    if (!first || (words.length === 1 && first.length < 2)) continue;
    const key = `${words.join(' ')}|${value.requireCapital ? 1 : 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = { words, kind: value.kind, source: value.source, requireCapital: !!value.requireCapital };
    const list = byFirstWord.get(first);
    if (list) list.push(entry);
    else byFirstWord.set(first, [entry]);
  }
  return { byFirstWord, phones, spaceless: spacelessEntries(values) };
}

/**
 * Every occurrence of every known value: one pass over the words, values looked up by their first
 * word and followed word by word (known-trie.ts), one-word values also by their plural.
 */
export function matchKnown(tokens: Tokens, index: KnownIndex): Finding[] {
  const spans: Finding[] = [];
  const trie = trieOf(index.byFirstWord);
  const { roots, plurals } = trie;
  // isCapitalised per token, asked only of tokens in a match: made at the first word that starts one.
  let capital: Int8Array | undefined;
  const { count, starts, ends, norms } = tokens;
  for (let i = 0; i < count; i++) {
    const norm = norms[i] as string;
    // Most words start no value and are no value's plural: the filter says so from a few char codes.
    if (!mayStart(trie, norm)) continue;
    const start = starts[i] as number;
    const root = roots.get(norm);
    if (root)
      for (const hit of trieHits(root, tokens, i, (capital ??= new Int8Array(count))))
        spans.push({ start, end: ends[hit.last] as number, kind: hit.entry.kind, source: hit.entry.source });
    // A one-word value may end in a plural here ("Reynoldses").
    const singles = norm.endsWith('s') ? plurals.get(norm) : undefined;
    if (singles)
      for (const entry of singles)
        if (!entry.requireCapital || isCapitalised(tokens.raws[i] as string))
          spans.push({ start, end: ends[i] as number, kind: entry.kind, source: entry.source });
  }
  return spans;
}

// Runs of digits with the separators people put in phone numbers.
const PHONE_LIKE = /\+?\(?\d[\d\s().\-/]{5,}\d/g;

type KnownPhone = KnownIndex['phones'][number];

const TAIL_RANGE = 10 ** PHONE_TAIL;

/**
 * Where known phones are filed: their last PHONE_TAIL digits, or all of a shorter one, as a number
 * (`count` digits in all, the tail's value in `tail`). Tails of different lengths get different keys:
 * a full-length tail is below 10^PHONE_TAIL, a shorter one is put above it by its length.
 */
const tailKey = (tail: number, count: number): number =>
  count >= PHONE_TAIL ? tail : tail + TAIL_RANGE * (PHONE_TAIL - count);

/** tailKey of a string of digits. */
const tailKeyOf = (digits: string): number =>
  tailKey(Number(digits.length > PHONE_TAIL ? digits.slice(-PHONE_TAIL) : digits), digits.length);

// Known phones by tailKey, built once per index. samePhone holds only for numbers with the same key:
// equal numbers have it, and otherwise both are at least PHONE_TAIL long and end in the same
// PHONE_TAIL digits. Each list keeps the index's order, so its first match is the one the whole
// list's would be.
const phonesByTail = new WeakMap<readonly KnownPhone[], Map<number, KnownPhone[]>>();
function phoneTails(phones: readonly KnownPhone[]): Map<number, KnownPhone[]> {
  let byTail = phonesByTail.get(phones);
  if (!byTail) {
    byTail = new Map();
    for (const phone of phones) {
      const key = tailKeyOf(phone.digits);
      const list = byTail.get(key);
      if (list) list.push(phone);
      else byTail.set(key, [phone]);
    }
    phonesByTail.set(phones, byTail);
  }
  return byTail;
}

/** The digits a trace holds: the last seven of a known phone (every one has seven at least). */
const TRACE = 7;

// The traces of an index as numbers (seven digits each, so the number says the same), and which
// buckets (a trace & 1023, one bit each) hold one, so most windows of digits stop at one load.
interface Traces {
  values: ReadonlySet<number>;
  buckets: Uint32Array;
}
const tracesBy = new WeakMap<readonly KnownPhone[], Traces>();
function tracesOf(phones: readonly KnownPhone[]): Traces {
  let traces = tracesBy.get(phones);
  if (!traces) {
    const values = new Set(phones.map((phone) => Number(phone.digits.slice(-TRACE))));
    const buckets = new Uint32Array(32);
    for (const value of values)
      buckets[(value >>> 5) & 31] = (buckets[(value >>> 5) & 31] ?? 0) | (1 << (value & 31));
    traces = { values, buckets };
    tracesBy.set(phones, traces);
  }
  return traces;
}

/**
 * Whether a text may hold a known phone at all: a run filed with one ends in its last 7 digits (every
 * tailKey holds them), with only PHONE_LIKE's gaps between them, since a run is digits and gaps after
 * its "+". Asked before the run loop: most texts hold no known phone, and the loop runs the
 * phone-like regex over every number of a table.
 *
 * This is what a regex of each phone's last seven digits with [\s().\-/]* between them says
 * (known-match.property.test.ts compares the two), read off the text's ASCII digit runs (the forms
 * detector's scan, made once per text): a trace's digits are seven in a row of a chain of runs with
 * only gaps between them, so each chain's digits are rolled along as one number of seven. The regex,
 * tried at every character, cost 2.4 to 3.7 ns a character of a long text, by redact and the guard.
 */
export function holdsTrace(text: string, phones: readonly KnownPhone[]): boolean {
  const { values, buckets } = tracesOf(phones);
  const runs = digitRuns(text);
  let window = 0;
  let seen = 0;
  let last = -1;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    const end = runs[r + 1] as number;
    if (last < 0 || !gapsOnly(text, last, start)) seen = 0;
    for (let p = start; p < end; p++) {
      window = (window % 1_000_000) * 10 + (text.charCodeAt(p) - 48);
      if (++seen < TRACE || ((buckets[(window >>> 5) & 31] as number) & (1 << (window & 31))) === 0) continue;
      if (values.has(window)) return true;
    }
    last = end;
  }
  return false;
}

/** Whether text[from, to) is all gaps: a chain of digit runs goes on over it. */
function gapsOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPhoneGap(text.charCodeAt(i))) return false;
  return true;
}

/** Known phone numbers however they are written: compared on digits only. */
export function matchPhones(text: string, index: KnownIndex): Finding[] {
  if (index.phones.length === 0 || !holdsTrace(text, index.phones)) return [];
  const spans: Finding[] = [];
  const tails = phoneTails(index.phones);
  // A test loop on the one global regex: exec built a match array for each of a table's many number
  // runs, and only a run filed with a known phone needs its start. PHONE_LIKE never matches empty
  // (a digit at each end), so lastIndex always moves on.
  PHONE_LIKE.lastIndex = 0;
  for (let from = 0; PHONE_LIKE.test(text); from = PHONE_LIKE.lastIndex) {
    const end = PHONE_LIKE.lastIndex;
    // Its digits' count and tailKey read from char codes, walking back from its end over digits and
    // gaps (past its first digit only onto gaps: a digit there would have started the match, so the
    // walk reads the match's digits and no other). No string: the digits are needed only for the few
    // runs filed with a known phone.
    let count = 0;
    let tail = 0;
    let scale = 1;
    for (let i = end - 1; i >= from; i--) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) {
        if (isPhoneGap(code)) continue;
        break;
      }
      if (count < PHONE_TAIL) {
        tail += (code - 48) * scale;
        scale *= 10;
      }
      count++;
    }
    if (count < 7) continue;
    const candidates = tails.get(tailKey(tail, count));
    if (!candidates) continue;
    // The same match again from the same place, for its start (lastIndex ends where it was).
    PHONE_LIKE.lastIndex = from;
    const start = PHONE_LIKE.exec(text)?.index ?? from;
    const digits = digitsOf(text.slice(start, end));
    const hit = candidates.find((phone) => samePhone(phone.digits, digits));
    if (hit) spans.push({ start, end, kind: hit.kind, source: hit.source });
  }
  return spans;
}

/**
 * A character of PHONE_LIKE's run class [\d\s().\-/] other than a digit: the punctuation, and what \s
 * matches (tests/unit/privacy/known-match.property.test.ts compares the two on every code unit).
 */
export function isPhoneGap(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 40 || c === 41 || (c >= 45 && c <= 47);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function samePhone(a: string, b: string): boolean {
  if (a === b) return true;
  const tail = Math.min(a.length, b.length);
  if (tail < PHONE_TAIL) return false;
  // Same number with or without the country code or the trunk 0: the shorter is the longer's tail.
  return a.endsWith(b.slice(-tail)) && b.endsWith(a.slice(-tail)) && Math.abs(a.length - b.length) <= 3;
}

/**
 * One placeholder per value: parts of one known value typed next to each other ("sangam tamil",
 * "Okafor Hannah") become one span of the value's kind, not one placeholder per word. Only a space or
 * a hyphen may divide them (a comma divides two people); the parts' own spans stay, and the longest
 * wins later (compose.ts).
 */
export function joinParts<S extends Finding>(text: string, spans: readonly S[]): S[] {
  // A part joins only a part that starts one or two characters after it ends: most texts have none,
  // and then nothing below can join anything.
  const starts = new Set<number>();
  for (const span of spans) starts.add(span.start);
  let adjacent = false;
  for (const span of spans) if (starts.has(span.end + 1) || starts.has(span.end + 2)) adjacent = true;
  if (!adjacent) return spans.slice();
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  // Where each start's spans begin in `sorted`: the first of a value there is its longest part, so the
  // next part is looked up, not searched.
  const firstAt = new Map<number, number>();
  for (let i = sorted.length - 1; i >= 0; i--) firstAt.set((sorted[i] as S).start, i);
  const joined: S[] = [];
  for (const a of sorted) {
    let { end, kind } = a;
    for (;;) {
      const next = nextPart(text, sorted, firstAt, end, a.source);
      if (!next) break;
      end = next.end;
      // A value's name kind wins over the generic one of a part ("Tamil" alone is only PRIVATE).
      if (kind === 'PRIVATE') kind = next.kind;
    }
    if (end > a.end) joined.push({ ...a, end, kind });
  }
  return [...spans, ...joined];
}

/** The longest part of `source` starting one or two characters after `end`, past /^[ \t-]{1,2}$/. */
function nextPart<S extends Finding>(
  text: string,
  sorted: readonly S[],
  firstAt: ReadonlyMap<number, number>,
  end: number,
  source: string,
): S | undefined {
  for (let start = end + 1; start <= end + 2; start++) {
    const first = firstAt.get(start);
    if (first === undefined || !isJoinGap(text, end, start)) continue;
    for (let i = first; i < sorted.length && (sorted[i] as S).start === start; i++)
      if ((sorted[i] as S).source === source) return sorted[i];
  }
  return undefined;
}

/** Each character of text[from, to) a space, a tab or a hyphen. */
function isJoinGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45) return false;
  }
  return true;
}
