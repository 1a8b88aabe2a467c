import { DATE } from './date-forms';
import { EMAIL } from './detectors/email';
import { findNames } from './names';
import { isCapitalised, tokenize } from './normalize';
import type { KnownValue, PiiKind } from './types';
import { isCommonWord, isOrdinary, nameKindOf } from './words';

type Part = Omit<KnownValue, 'source'>;

// A quotation opened after a space or bracket and closed before a space or punctuation, so that the
// apostrophes of "don't" and "Martin's" never open one.
const QUOTED = /(?:^|[\s(])['‘"“«]([^'’"”»\n]{2,80}?)['’"”»](?=$|[\s.,;:!?)])/g;

/** A word worth withholding on its own: not a stop word, and as a common word only when capitalised. */
function wordPart(raw: string, kind: PiiKind): Part | undefined {
  if (raw.length < 2 || /^\d+$/.test(raw)) return undefined;
  const common = isCommonWord(raw.toLowerCase());
  if (common && (raw.length < 3 || !isCapitalised(raw))) return undefined;
  return { value: raw, kind, requireCapital: common };
}

/** Parts of a person's name: each name, and initials with the surname ("M. Reynolds", "M. R."). */
export function nameParts(value: string): Part[] {
  const words = tokenize(value).map((t) => t.raw);
  const parts = words.flatMap((w) => wordPart(w, 'PERSON') ?? []);
  const first = words[0];
  const last = words.at(-1);
  if (first && last && words.length >= 2) {
    parts.push({ value: `${first[0]} ${last}`, kind: 'PERSON', requireCapital: true });
    parts.push({ value: words.map((w) => w[0]).join(' '), kind: 'PERSON', requireCapital: true });
  }
  return parts;
}

/**
 * The parts of a free text (a fact, an occupation) that identify someone: names, organisations and
 * places (with their single unusual words), quoted titles, e-mails, dates and numbers of 3+ digits.
 */
export function salientParts(text: string): Part[] {
  const parts: Part[] = [];
  for (const m of text.matchAll(QUOTED)) if (m[1]) parts.push({ value: m[1].trim(), kind: 'PRIVATE' });
  for (const m of text.matchAll(EMAIL)) parts.push({ value: m[0], kind: 'EMAIL' });
  for (const m of text.matchAll(DATE)) parts.push({ value: m[0], kind: 'DATE' });
  const tokens = tokenize(text);
  for (const span of findNames(text, tokens, { midSentenceWords: true })) {
    const value = text.slice(span.start, span.end);
    const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    // A name made of ordinary words ("Rose", "Key to the World") is only that name when capitalised.
    parts.push({ value, kind: span.kind, requireCapital: inside.every((t) => isCommonWord(t.norm)) });
    if (inside.length > 1) parts.push(...inside.flatMap((t) => wordPart(t.raw, span.kind) ?? []));
  }
  for (const token of tokens) {
    // In the user's own notes an unknown word, even in lower case, is most likely a name ("with kadro").
    if (token.norm.length >= 3 && /^\p{L}+$/u.test(token.norm) && !isOrdinary(token.norm))
      parts.push({ value: token.raw, kind: nameKindOf(token.norm) ?? 'PRIVATE' });
    const digits = token.raw.replace(/\D/g, '').length;
    if (digits >= 3) parts.push({ value: token.raw, kind: /^\d+$/.test(token.raw) ? 'NUMBER' : 'ID' });
  }
  return parts;
}
