import { SENSITIVE_TERMS } from './data/sensitive-terms';
import { normTokens, type Tokens } from './normalize';
import type { PiiKind } from './types';
import { zipfOf } from './words';

interface Term {
  words: string[];
  kind: PiiKind;
}

let byFirstWord: Map<string, Term[]> | undefined;

function terms(): Map<string, Term[]> {
  if (byFirstWord) return byFirstWord;
  const map = new Map<string, Term[]>();
  for (const [category, lines] of Object.entries(SENSITIVE_TERMS)) {
    const kind: PiiKind = category === 'health' ? 'MEDICAL' : 'PRIVATE';
    for (const term of lines.join('|').split('|')) {
      const words = normTokens(term);
      const first = words[0];
      if (first) map.set(first, [...(map.get(first) ?? []), { words, kind }]);
    }
  }
  byFirstWord = map;
  return map;
}

/** A special-category term (see data/sensitive-terms.ts): its kind, if `lower` is a one-word term. */
export function sensitiveKindOf(lower: string): PiiKind | undefined {
  return terms()
    .get(lower)
    ?.find((t) => t.words.length === 1)?.kind;
}

/** The special-category terms among a text's words ("type 1 diabetes", "ACL"), as written there. */
export function sensitiveTerms(text: string, tokens: Tokens): { value: string; kind: PiiKind }[] {
  const found: { value: string; kind: PiiKind }[] = [];
  const { count, starts, ends, norms } = tokens;
  for (let i = 0; i < count; i++)
    for (const term of terms().get(norms[i] as string) ?? []) {
      const last = i + term.words.length - 1;
      if (last < count && term.words.every((word, k) => norms[i + k] === word))
        found.push({ value: text.slice(starts[i], ends[last]), kind: term.kind });
    }
  return found;
}

/** Nouns that name a legal matter; the words before them say which one ("land dispute"). */
const MATTER_HEADS = new Set(
  `dispute disputes appeal appeals lawsuit claim hearing ticket charge charges case suit trial
  conviction offence offense citation summons injunction petition complaint`.split(/\s+/),
);
/** Words that put a text in a legal setting, where those nouns are legal matters. */
const LEGAL_SETTING =
  /\b(?:court|courts|lawyer|lawyers|solicitor|attorney|judge|tribunal|police|magistrate|barrister|legal|litigation|prosecutor|sued|suing)\b/i;
/** Words this common are grammar ("the", "my", "for"): a matter's modifiers stop at them. */
const GRAMMAR_ZIPF = 5.5;

/**
 * The legal matters of a text in a legal setting (or tagged legal): a matter noun with the one or two
 * content words before it, "flat purchase dispute", "speeding ticket", "immigration appeal".
 */
export function legalMatters(
  text: string,
  tokens: Tokens,
  tagged: boolean,
): { value: string; kind: PiiKind }[] {
  if (!tagged && !LEGAL_SETTING.test(text)) return [];
  const found: { value: string; kind: PiiKind }[] = [];
  const { count, starts, ends, norms } = tokens;
  for (let i = 0; i < count; i++) {
    if (!MATTER_HEADS.has(norms[i] as string)) continue;
    let from = i;
    while (from > i - 2 && from > 0) {
      const before = norms[from - 1] as string;
      if (!/^\p{L}+$/u.test(before) || zipfOf(before) >= GRAMMAR_ZIPF) break;
      if (/[.,;:!?()]/.test(text.slice(ends[from - 1], starts[from]))) break;
      from--;
    }
    // "boundary fence dispute" is also typed "fence dispute".
    for (let k = from; k < i; k++) {
      const modifiers = norms.slice(k, i);
      if (!modifiers.every((norm) => LEGAL_SETTING.test(norm)))
        found.push({ value: text.slice(starts[k], ends[i]), kind: 'PRIVATE' });
    }
  }
  return found;
}
