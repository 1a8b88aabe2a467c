import { escapeRegExp, fold } from '../normalize';
import type { Detector, KnownValue, PrivacyPolicy, Span } from '../types';

function findAll(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

function isReleased(value: string, policy: PrivacyPolicy): boolean {
  const folded = fold(value);
  return policy.released.some((released) => fold(released) === folded);
}

/** Known values found case- and diacritic-insensitively. Folding keeps length for Latin text. */
export function knownValueSpans(
  text: string,
  values: readonly KnownValue[],
  policy: PrivacyPolicy,
  priority: number,
): Span[] {
  const folded = fold(text);
  const sameLength = folded.length === text.length;
  const spans: Span[] = [];
  for (const known of values) {
    if (isReleased(known.value, policy)) continue;
    const needle = fold(known.value);
    if (sameLength) {
      for (const start of findAll(folded, needle)) {
        spans.push({ start, end: start + needle.length, kind: known.kind, source: known.source, priority });
      }
    } else {
      for (const match of text.matchAll(new RegExp(escapeRegExp(known.value), 'giu'))) {
        spans.push({
          start: match.index,
          end: match.index + match[0].length,
          kind: known.kind,
          source: known.source,
          priority,
        });
      }
    }
  }
  return spans;
}

export const knownContextDetector: Detector = {
  id: 'known-context',
  detect: (text, prepared, policy) => knownValueSpans(text, prepared.known, policy, 2),
};
