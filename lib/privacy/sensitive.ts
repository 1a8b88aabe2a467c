import { SENSITIVE_TERMS } from './data/sensitive-terms';
import { normTokens, type Token } from './normalize';
import type { PiiKind } from './types';

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
