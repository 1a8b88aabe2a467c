import { DATE } from './date-forms';
import { isFunctionWord } from './function-words';
import { EMAIL } from './detectors/email';
import { CONNECTORS, HONORIFICS, isFrameWord } from './lexicon';
import { findNames, ORDINARY_ENDING } from './names';
import { isAllCaps, isCapitalised, tokenColumns, tokenize, tokenList, type Token } from './normalize';
import { legalMatters, sensitiveKindOf, sensitiveTerms } from './sensitive';
import type { KnownValue, PiiKind } from './types';
import { isCommonElsewhere, isCommonWord, isEverydayWord, isWellKnown, nameKindOf, zipfOf } from './words';
import { ZIPF_FLOOR } from './data/zipf';

type Part = Omit<KnownValue, 'source'>;

// A number with a unit or an ordinal ending: says how many or which, not who.
const UNIT_NUMBER = /^\d+(?:st|nd|rd|th|am|pm|h|hrs?|min|s|k|m|bn|km|kg|g|mg|ml|cm|mm|x|yo|pc|pcs)$/;

// A digit run with a separator and another digit run on either side: a group of a larger number.
const GROUPED = /\d[.,'’ \u00a0\u202f]\d/u;

// A quotation opened after a space or bracket and closed before a space or punctuation, so that the
// apostrophes of "don't" and "Martin's" never open one.
const QUOTED = /(?:^|[\s(])['‘"“«]([^'’"”»\n]{2,80}?)['’"”»](?=$|[\s.,;:!?)])/g;

/**
 * How common a run of words is, as the Zipf value of the run if its words were independent: the
 * log10 of its expected occurrences per billion words. Below RUN_ZIPF (ten per billion) a run of the
 * user's value is theirs ("Burns Park", "Joseph Mercy"); above, it is a phrase everyone writes ("New
 * York", "High School").
 */
const RUN_ZIPF = 1;
/** Longest run of a value's words considered; longer runs are caught by their shorter ones. */
const MAX_RUN = 4;

/**
 * A word that identifies on its own wherever it is typed: rarer than about one in a million words of
 * everyday English (so "pediatric" and "Joseph" are not), no dictionary word, no well-known name, no
 * common word of another language ("luz"), and not a word of a name's generic frame ("St", "Elementary").
 */
export function isDistinctiveWord(token: Token): boolean {
  const { raw, norm } = token;
  if (!/^\p{L}+$/u.test(norm) || (norm.length < 3 && !(norm.length === 2 && isAllCaps(raw)))) return false;
  return (
    // Long words built like vocabulary ("oncology", "logistics") are jargon, not names.
    !(norm.length >= 7 && ORDINARY_ENDING.test(norm)) &&
    zipfOf(norm) < ZIPF_FLOOR &&
    !isCommonWord(norm) &&
    !isWellKnown(norm) &&
    !isCommonElsewhere(norm) &&
    !isFrameWord(norm) &&
    !HONORIFICS.has(norm)
  );
}

/** A run of two or more words of a value that is rare as a whole (see RUN_ZIPF), not a generic frame. */
function isDistinctiveRun(run: readonly Token[]): boolean {
  const first = run[0];
  const last = run.at(-1);
  if (run.length < 2 || !first || !last || CONNECTORS.has(first.norm) || CONNECTORS.has(last.norm))
    return false;
  const words = run.filter((t) => !CONNECTORS.has(t.norm));
  if (words.every((t) => isFrameWord(t.norm) || /^\d+$/.test(t.norm))) return false;
  if (words.some(isDistinctiveWord)) return true;
  const zipf = words.reduce((sum, t) => sum + zipfOf(t.norm), 0) - 9 * (words.length - 1);
  return zipf < RUN_ZIPF;
}

/**
 * The parts of an organisation's or a place's name that identify it on their own: its distinctive
 * words ("Kestrel") and its rare runs of words ("Burns Park", "Joseph Mercy"), never a common word
 * alone ("St", "Joseph", "School"). The whole value is the caller's.
 */
export function frameParts(text: string, tokens: readonly Token[], kind: PiiKind): Part[] {
  const parts: Part[] = [];
  for (const token of tokens)
    if (tokens.length > 1 && isDistinctiveWord(token))
      parts.push({ value: token.raw, kind: sensitiveKindOf(token.norm) ?? kind });
  for (let i = 0; i < tokens.length; i++)
    for (let j = i + 1; j < Math.min(tokens.length, i + MAX_RUN); j++) {
      const run = tokens.slice(i, j + 1);
      const start = run[0];
      const end = run.at(-1);
      if (start && end && run.length < tokens.length && isDistinctiveRun(run))
        parts.push({ value: text.slice(start.start, end.end), kind });
    }
  return parts;
}

/** A word of a person's name: any case, unless it is also an everyday word ("Will", "Rose"). */
function namePart(raw: string): Part | undefined {
  const norm = raw.toLowerCase();
  if (raw.length < 2 || /^\d+$/.test(raw) || HONORIFICS.has(norm) || CONNECTORS.has(norm)) return undefined;
  const everyday = isEverydayWord(norm);
  if (everyday && (raw.length < 3 || !isCapitalised(raw))) return undefined;
  return { value: raw, kind: 'PERSON', requireCapital: everyday };
}

/** Parts of a person's name: each name, and initials with the surname ("M. Reynolds", "M. R."). */
export function nameParts(value: string): Part[] {
  const words = tokenize(value)
    .map((t) => t.raw)
    .filter((w) => !HONORIFICS.has(w.toLowerCase()));
  const parts = words.flatMap((w) => namePart(w) ?? []);
  const first = words[0];
  const last = words.at(-1);
  if (first && last && words.length >= 2) {
    parts.push({ value: `${first[0]} ${last}`, kind: 'PERSON', requireCapital: true });
    parts.push({ value: words.map((w) => w[0]).join(' '), kind: 'PERSON', requireCapital: true });
  }
  return parts;
}

/**
 * In a health note, a term or a name with the noun after it is one treatment ("ACL reconstruction",
 * "Clenil inhaler"): the run is withheld whole, so the noun does not stay behind a placeholder. The
 * noun alone stays an ordinary word.
 */
/** Kinds a health note's term may have been given before its category was known ("PCL" as an ORG). */
const TREATED_KINDS: ReadonlySet<PiiKind> = new Set(['MEDICAL', 'PERSON', 'ORG', 'PRIVATE']);

function treatmentRuns(text: string, tokens: readonly Token[], parts: readonly Part[]): Part[] {
  const runs: Part[] = [];
  for (const part of parts) {
    if (!TREATED_KINDS.has(part.kind)) continue;
    const at = text.indexOf(part.value);
    if (at < 0) continue;
    const end = at + part.value.length;
    const next = tokens.find((t) => t.start > end);
    if (
      next &&
      /^[ -]$/.test(text.slice(end, next.start)) &&
      /^\p{Ll}{4,}$/u.test(next.raw) &&
      !isFunctionWord(next.norm)
    )
      runs.push({ value: text.slice(at, next.end), kind: 'MEDICAL' });
  }
  return runs;
}

/** The second levels countries register under ("co.uk", "com.au", "ac.jp", "gouv.fr"). */
const SECOND_LEVELS: ReadonlySet<string> = new Set(
  'ac co com edu go gob gouv gov govt ltd ne net nhs nic or org plc sch'.split(' '),
);

/** Where an address's registry suffix starts: its last label, with a country's second level before it. */
function registryStart(address: string): number {
  const last = address.lastIndexOf('.');
  const before = address.lastIndexOf('.', last - 1);
  const second = address.slice(before + 1, last).toLowerCase();
  const country = before > address.indexOf('@') && address.length - last - 1 === 2;
  return (country && SECOND_LEVELS.has(second) ? before : last) + 1;
}

/**
 * The parts of a free text (a fact, an occupation) that identify someone: its special-category terms,
 * names (every word of a person's name), organisations and places (their distinctive words and runs),
 * quoted titles, e-mails, dates, codes and standalone numbers of 4+ digits.
 */
export function salientParts(text: string, tags: readonly string[] = []): Part[] {
  // The finders read the words as columns; the rest here, run once per fact, one object each.
  const words = tokenColumns(text);
  const tokens = tokenList(words);
  // First, so that a term's category decides its kind ("ACL" is MEDICAL, not an organisation).
  const parts: Part[] = [
    ...sensitiveTerms(text, words),
    ...legalMatters(
      text,
      words,
      tags.some((tag) => /legal|law|court/i.test(tag)),
    ),
  ];
  for (const m of text.matchAll(QUOTED)) if (m[1]) parts.push({ value: m[1].trim(), kind: 'PRIVATE' });
  // An address's top-level domain ("org", "co.uk") names a registry, not anyone: its labels are no
  // part, though "org" is rare enough as a word to pass for a name below.
  const registries: { start: number; end: number }[] = [];
  for (const m of text.matchAll(EMAIL)) {
    parts.push({ value: m[0], kind: 'EMAIL' });
    registries.push({ start: m.index + registryStart(m[0]), end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DATE)) parts.push({ value: m[0], kind: 'DATE' });
  for (const span of findNames(text, words, { midSentenceWords: true })) {
    const value = text.slice(span.start, span.end);
    const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    // A name made of ordinary words ("Rose", "Key to the World") is only that name when capitalised.
    const everyday = inside.every((t) => isEverydayWord(t.norm)) && !isDistinctiveRun(inside);
    parts.push({ value, kind: span.kind, requireCapital: everyday });
    if (span.kind === 'PERSON') parts.push(...nameParts(value));
    else if (inside.length > 1) parts.push(...frameParts(text, inside, span.kind));
  }
  const medical =
    parts.some((part) => part.kind === 'MEDICAL') || tags.some((tag) => /health|medical/i.test(tag));
  if (medical) parts.push(...treatmentRuns(text, tokens, parts));
  for (const token of tokens) {
    // In the user's own notes a rare word, even in lower case, is most likely a name ("with kadro").
    if (isDistinctiveWord(token) && !registries.some((r) => token.start >= r.start && token.end <= r.end))
      parts.push({
        value: token.raw,
        kind: sensitiveKindOf(token.norm) ?? nameKindOf(token.norm) ?? 'PRIVATE',
      });
    const digits = token.raw.replace(/\D/g, '').length;
    // Numbers are the forms index's (forms/numbers.ts), which reads "84,500" and "R$ 9.850" whole: a
    // group of one ("850") or a short count would be withheld in "a 850-word summary". A standalone
    // number of four digits or more (a year, a number no amount reads) is still the user's.
    if (/^\d+$/.test(token.raw)) {
      if (digits >= 4 && !GROUPED.test(text.slice(Math.max(0, token.start - 2), token.end + 2)))
        parts.push({ value: token.raw, kind: 'NUMBER' });
      continue;
    }
    if (digits >= 3) parts.push({ value: token.raw, kind: 'ID' });
    // Letters and digits in one word are a code ("L4", "B12", "T2"), unless an ordinal, a time or an
    // amount ("4th", "5pm", "84k"); adjacent codes join into one placeholder ("L4-L5").
    else if (digits > 0 && /\p{L}/u.test(token.raw) && !UNIT_NUMBER.test(token.norm))
      parts.push({ value: token.raw, kind: medical ? 'MEDICAL' : 'ID' });
  }
  return parts;
}
