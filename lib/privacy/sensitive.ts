import { SENSITIVE_TERMS } from './data/sensitive-terms';
import { normTokens, type Token } from './normalize';
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
export function sensitiveTerms(text: string, tokens: readonly Token[]): { value: string; kind: PiiKind }[] {
  const found: { value: string; kind: PiiKind }[] = [];
  tokens.forEach((token, i) => {
    for (const term of terms().get(token.norm) ?? []) {
      const last = tokens[i + term.words.length - 1];
      if (last && term.words.every((word, k) => tokens[i + k]?.norm === word))
        found.push({ value: text.slice(token.start, last.end), kind: term.kind });
    }
  });
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
  tokens: readonly Token[],
  tagged: boolean,
): { value: string; kind: PiiKind }[] {
  if (!tagged && !LEGAL_SETTING.test(text)) return [];
  const found: { value: string; kind: PiiKind }[] = [];
  tokens.forEach((token, i) => {
    if (!MATTER_HEADS.has(token.norm)) return;
    let from = i;
    while (from > i - 2 && from > 0) {
      const before = tokens[from - 1];
      if (!before || !/^\p{L}+$/u.test(before.norm) || zipfOf(before.norm) >= GRAMMAR_ZIPF) break;
      if (/[.,;:!?()]/.test(text.slice(before.end, tokens[from]?.start))) break;
      from--;
    }
    // "boundary fence dispute" is also typed "fence dispute".
    for (let k = from; k < i; k++) {
      const modifiers = tokens.slice(k, i);
      if (!modifiers.every((t) => LEGAL_SETTING.test(t.norm)))
        found.push({ value: text.slice(tokens[k]?.start, token.end), kind: 'PRIVATE' });
    }
  });
  return found;
}
