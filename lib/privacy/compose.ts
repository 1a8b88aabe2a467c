import { parsePlaceholder, PLACEHOLDER, placeholder as makePlaceholder } from './placeholder';
import { rankSpans } from './rank-spans';
import { isPiiKind, type Redaction, type RedactionResult, type Span, type Vault } from './types';
import { growableVault } from './vault';
import { addVaultValue, fileLast, placeholderOf, releaseValues, resetValues } from './value-table';

/**
 * Longest span wins; among equal lengths the higher priority, then the earlier one. Ranking is a sort
 * (rank-spans.ts); then each span is checked against the kept ones at its two ends only. That is
 * enough because spans come longest first: a kept span that overlaps this one but covers neither of
 * its ends lies strictly inside it, so it is shorter, so it was ranked later and is not kept yet.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  const ranked = rankSpans(spans);
  let length = 0;
  for (const span of ranked) if (span.end > length) length = span.end;
  const { takenBy, keptAt, starts, stamp } = marksFor(length);
  // takenBy[at] === stamp: a kept span covers `at`; keptAt[start] is 1 + the rank of the one kept there;
  // bit (start & 31) of starts[start >> 5] is set where a kept span starts.
  let kept = 0;
  for (let i = 0; i < ranked.length; i++) {
    const span = ranked[i] as Span;
    if (takenBy[span.start] === stamp || takenBy[span.end - 1] === stamp) continue;
    // A loop, not fill(): spans are a few characters long, shorter than a builtin call's cost.
    for (let at = span.start; at < span.end; at++) takenBy[at] = stamp;
    keptAt[span.start] = i + 1;
    starts[span.start >> 5] = (starts[span.start >> 5] as number) | (1 << (span.start & 31));
    kept++;
  }
  // Kept spans are disjoint, so each starts at its own offset: reading order is the set bits in
  // order, read a word of 32 offsets at a time (walking every offset cost the text's length). Each
  // word read is cleared, and all `kept` bits are read, so the bitmap is all clear for the next call.
  const out = new Array<Span>(kept);
  for (let word = 0, found = 0; found < kept; word++) {
    let bits = starts[word] as number;
    if (bits === 0) continue;
    starts[word] = 0;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const start = (word << 5) + 31 - Math.clz32(low);
      out[found++] = ranked[(keptAt[start] as number) - 1] as Span;
    }
  }
  return out;
}

// The marks resolveOverlaps writes, kept between calls: two arrays the length of the text, allocated
// and zeroed at every call, cost about as much as choosing among the spans. A mark counts only if it
// holds the call's own stamp, so nothing needs clearing between calls; texts past KEPT_MARKS get
// arrays of their own, so a huge paste does not stay in memory.
const KEPT_MARKS = 1 << 17;
interface Marks {
  takenBy: Int32Array;
  keptAt: Int32Array;
  starts: Int32Array;
  stamp: number;
}
const marksOf = (size: number, stamp: number): Marks => ({
  takenBy: new Int32Array(size),
  keptAt: new Int32Array(size),
  starts: new Int32Array((size >> 5) + 1),
  stamp,
});
let marks = marksOf(0, 0);
function marksFor(length: number): Marks {
  if (length > KEPT_MARKS) return marksOf(length, 1);
  if (marks.takenBy.length < length || marks.stamp >= 0x7fffffff) {
    marks = marksOf(Math.min(KEPT_MARKS, Math.max(length, 2 * marks.takenBy.length, 1024)), 0);
  }
  marks.stamp++;
  return marks;
}

// A job's vault is read again at every call (the logit view calls once per generated token): each
// placeholder is parsed once. Bounded, since placeholders come from many jobs over a session.
const parsedKeys = new Map<string, { kind: string; n: number } | undefined>();
const PARSED_KEPT = 4096;
function parsedPlaceholder(key: string): { kind: string; n: number } | undefined {
  if (parsedKeys.has(key)) return parsedKeys.get(key);
  if (parsedKeys.size >= PARSED_KEPT) parsedKeys.clear();
  const parsed = parsePlaceholder(key);
  parsedKeys.set(key, parsed);
  return parsed;
}

/** Numbers past which a typed placeholder is not counted: ours never reach them. */
const TYPED_LIMIT = 100_000;

/**
 * Placeholders the text holds that are not the vault's ("[PERSON_1]" typed by the user or pasted):
 * numbering goes on after them, so that the cloud never reads one placeholder for two things and a
 * reply's "[PERSON_1]" is not restored to our value where the user meant their own.
 */
function countTyped(text: string, counters: Map<string, number>): void {
  for (const m of text.matchAll(PLACEHOLDER)) {
    const kind = (m[1] ?? '').toUpperCase();
    const n = Number(m[2]);
    if (isPiiKind(kind) && n < TYPED_LIMIT) counters.set(kind, Math.max(counters.get(kind) ?? 0, n));
  }
}

/**
 * Replaces spans right to left with typed placeholders. The same value (case/diacritics folded) gets
 * the same placeholder within a job; `vault` carries earlier assignments so numbering stays stable.
 */
export function applySpans(text: string, spans: Span[], vault: Vault = {}): RedactionResult {
  const nextVault = growableVault(vault);
  // Nothing to replace (a short text mostly): the text as it is, and no table of the vault to build.
  if (spans.length === 0) return { outbound: text, redactions: [], vault: nextVault };
  const resolved = resolveOverlaps(spans);
  const earlier = Object.entries(nextVault);
  // Placeholders by value (folded): value-table.ts, one table for every call.
  resetValues(text, earlier.length + resolved.length);
  const counters = new Map<string, number>();
  for (const [placeholder, original] of earlier) {
    addVaultValue(original, placeholder);
    const parsed = parsedPlaceholder(placeholder);
    if (parsed) counters.set(parsed.kind, Math.max(counters.get(parsed.kind) ?? 0, parsed.n));
  }
  if (text.includes('[')) countTyped(text, counters);
  // Number placeholders in reading order. One loop builds the redactions and the pieces of the
  // outbound text, joined once: splicing each placeholder into the whole text cost its length per
  // redaction (quadratic on a pasted table with hundreds of them). (Appending to a rope instead was a
  // little faster on repeated texts, but keeps two string objects per span alive until first read.)
  // Both arrays at their final length: growing them by pushes left a copy per doubling to collect.
  const redactions = new Array<Redaction>(resolved.length);
  const pieces = new Array<string>(2 * resolved.length + 1);
  let at = 0;
  for (let i = 0; i < resolved.length; i++) {
    const span = resolved[i] as Span;
    const original = text.slice(span.start, span.end);
    let placeholder = placeholderOf(span.start, span.end);
    if (placeholder === undefined) {
      const n = (counters.get(span.kind) ?? 0) + 1;
      counters.set(span.kind, n);
      placeholder = makePlaceholder(span.kind, n);
      fileLast(placeholder);
      nextVault[placeholder] = original;
    }
    redactions[i] = {
      placeholder,
      kind: span.kind,
      source: span.source,
      start: span.start,
      end: span.end,
      original,
    };
    pieces[2 * i] = text.slice(at, span.start);
    pieces[2 * i + 1] = placeholder;
    at = span.end;
  }
  pieces[2 * resolved.length] = text.slice(at);
  releaseValues();
  return { outbound: pieces.join(''), redactions, vault: nextVault };
}
