import { detectSpans } from './detect';
import { maskPlaceholders } from './mask-placeholders';
import { DETECTORS } from './detectors';
import { isFunctionWord } from './function-words';
import { isNumber, isWord } from './near-words';
import {
  KEPT_VERDICTS,
  lookupOf,
  type Finding,
  type KnownWords,
  type Lookup,
  type Verdict,
} from './review-lookup';
import { ReviewWords } from './review-tokens';
import { fold, normTokens, tokensOf } from './normalize';
import { sensitiveCategory } from './sensitive-terms';
import type { PreparedContext, PrivacyPolicy, Span } from './types';
import { stems } from './words';

/**
 * What the review could not decide. The detectors withhold what they know; these are words the
 * panel is not sure of, shown so the user can withhold or dismiss each. Pure: the engine host runs it
 * (it holds the context) and the panel shows it; nothing here reaches the page.
 */
export type DoubtReason = 'near' | 'context' | 'sensitive';

export interface PossiblyPrivate {
  /** The words as they stand in the outbound text. */
  text: string;
  start: number;
  end: number;
  reason: DoubtReason;
  /** Why, for the user: `close to "Aisling Byrne" (profile: partner)`, `in fact 2`, `health`. */
  why: string;
}

/** What the review checked, for the panel to say so. */
export interface ReviewScope {
  /** Profile fields and facts with text. */
  contextEntries: number;
  /** Distinct values (and their parts) looked for in every form. */
  contextValues: number;
  /** The shape detectors that ran (e-mail, phone, …), by id. */
  patterns: string[];
  /** Whether the name finder ran. */
  names: boolean;
}

export function reviewScope(prepared: PreparedContext, detectors = DETECTORS): ReviewScope {
  const { profile, facts } = prepared.context;
  return {
    contextEntries:
      Object.values(profile).filter((v) => v.trim()).length + facts.filter((f) => f.text.trim()).length,
    contextValues: new Set(prepared.known.map((k) => fold(k.value))).size,
    patterns: detectors.filter((d) => d.role === 'pattern').map((d) => d.id),
    names: detectors.some((d) => d.role === 'heuristic'),
  };
}

const spaceBetween = (text: string, a: number, b: number) => a <= b && /^\s+$/.test(text.slice(a, b));

/**
 * A near-match takes in its neighbours that are words of the same value ("kestrl dynamics", where
 * "dynamics" alone is an ordinary word): withholding half a name would give the other half away.
 */
function widen(found: Finding[], tokens: ReviewWords, scanned: string): void {
  const taken = new Set(found.map((f) => f.start));
  for (const f of found) {
    const words = f.words;
    if (!words) continue;
    const at = tokens.at(f.start);
    const fits = (j: number) =>
      j >= 0 &&
      j < tokens.length &&
      !taken.has(tokens.start(j)) &&
      !isFunctionWord(tokens.norm(j)) &&
      words.includes(tokens.norm(j));
    for (let j = at + 1; fits(j) && spaceBetween(scanned, f.end, tokens.start(j)); j++) f.end = tokens.end(j);
    for (let j = at - 1; fits(j) && spaceBetween(scanned, tokens.end(j), f.start); j--)
      f.start = tokens.start(j);
  }
}

/** Runs of 2+ words of one known value, even ordinary ones ("burns park" of "Burns Park Elementary"). */
function knownRuns(tokens: ReviewWords, lookup: Lookup): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const places = lookup.byPair.get(tokens.norm(i))?.get(tokens.norm(i + 1));
    if (!places) continue;
    let longest = 0;
    let value: KnownWords | undefined;
    for (const { k, j } of places) {
      let n = 2;
      while (i + n < tokens.length && tokens.norm(i + n) === k.words[j + n]) n++;
      if (n > longest) {
        longest = n;
        value = k;
      }
    }
    if (!value) continue;
    // Two content words at least: "at the local" of a note is how everyone writes.
    let content = 0;
    for (let t = i; t < i + longest; t++) if (!isFunctionWord(tokens.norm(t))) content++;
    if (content < 2) continue;
    found.push({
      start: tokens.start(i),
      end: tokens.end(i + longest - 1),
      reason: 'near',
      why: `part of "${value.value}" (${value.source})`,
      entry: value.source,
    });
    i += longest - 1;
  }
  return found;
}

/** What the review says of a word (its norm), the strongest reason first; null for nothing. */
function verdictOf(norm: string, lookup: Lookup): Verdict | null {
  // Shorter than any word judge looks at (a distinctive word, a content word of four letters).
  if (norm.length < 4) return null;
  // Only words of letters are kept. A number is judged afresh, and anything else (letters and digits:
  // a code, an id) has no verdict, as judge looks at words and numbers alone: a table's numbers and
  // ids are mostly new, and kept they would push its words out of the verdicts kept.
  if (!isWord(norm)) return isNumber(norm) ? (judge(norm, lookup) ?? null) : null;
  let verdict = lookup.verdicts.get(norm);
  if (verdict === undefined) {
    verdict = judge(norm, lookup) ?? null;
    if (lookup.verdicts.size >= KEPT_VERDICTS) lookup.verdicts.clear();
    lookup.verdicts.set(norm, verdict);
  }
  return verdict;
}

/** What verdictOf says of a word whose norm is `norm`, worked out. */
function judge(norm: string, lookup: Lookup): Verdict | undefined {
  // The first distinctive known word it is near (-1, and no value, for a word that is not distinctive).
  const near = lookup.distinctive[lookup.near.first(norm)]?.k;
  if (near)
    return {
      reason: 'near',
      why: `close to "${near.value}" (${near.source})`,
      entry: near.source,
      words: near.words,
    };
  const context = lookup.context;
  if (!isWord(norm) || norm.length < 4 || isFunctionWord(norm)) return undefined;
  // Most words judged are new and have one stem, themselves: no list of lookups made from the list.
  const forms = stems(norm);
  for (const stem of forms) {
    const source = context.get(stem);
    if (source) return { reason: 'context', why: `in your ${source}`, entry: source };
  }
  // Inflections that keep the meaning (loans, loaned), not -ing ("incoming" is not "income").
  const category = sensitiveCategory(norm, norm.endsWith('ing') ? [norm] : forms);
  if (category) return { reason: 'sensitive', why: category, entry: category };
  return undefined;
}

/**
 * Words of `text` (the outbound text, placeholders in it) that may be private though no detector
 * withheld them: a near-match to a context value, a word of the user's own notes, a sensitive term.
 * Released values and everything a detector already finds are left out.
 */
export function findPossiblyPrivate(
  text: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
): PossiblyPrivate[] {
  const scanned = maskPlaceholders(text);
  let detected: Span[];
  try {
    detected = detectSpans(text, prepared, policy);
  } catch {
    // A failing detector must not silence the doubts: every word is then a candidate.
    detected = [];
  }
  const releasedWords = new Set(policy.released.flatMap(normTokens));
  const tokens = ReviewWords.outside(tokensOf(scanned), detected, (norm) => !releasedWords.has(norm));
  const lookup = lookupOf(prepared);
  const runs = knownRuns(tokens, lookup);
  const all = runs.slice();
  for (const p of tokens.notIn(runs)) {
    const verdict = verdictOf(tokens.norm(p), lookup);
    if (verdict) all.push({ start: tokens.start(p), end: tokens.end(p), ...verdict });
  }
  all.sort((a, b) => a.start - b.start);
  widen(all, tokens, scanned);
  // Neighbouring words from one context entry are one item ("kestrl dynamics"): one click withholds both.
  const merged: Finding[] = [];
  for (const f of all) {
    const last = merged.at(-1);
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else if (last && last.entry === f.entry && spaceBetween(scanned, last.end, f.start)) last.end = f.end;
    else merged.push({ ...f });
  }
  return merged.map(({ start, end, reason, why }) => ({
    text: text.slice(start, end),
    start,
    end,
    reason,
    why,
  }));
}
