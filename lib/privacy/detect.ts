import { DETECTORS } from './detectors';
import { normTokens, tokensOf } from './normalize';
import { PLACEHOLDER } from './placeholder';
import type { Detector, PreparedContext, PrivacyPolicy, Span } from './types';

/** Blanks out placeholders (same length, so offsets hold): "[PERSON_1]" is not a name to find. */
export function maskPlaceholders(text: string): string {
  return text.includes('[') ? text.replace(PLACEHOLDER, (p) => ' '.repeat(p.length)) : text;
}

/** How released values are compared: word by word, ignoring case, diacritics and punctuation. */
export const releaseKey = (value: string): string => normTokens(value).join(' ');

/** Where released values occur in the text (word by word), so their parts are released with them. */
function releasedRanges(text: string, released: readonly string[]): [number, number][] {
  if (released.length === 0) return [];
  const tokens = tokensOf(text);
  const ranges: [number, number][] = [];
  for (const value of released) {
    const words = normTokens(value);
    if (words.length === 0) continue;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (words.every((word, j) => tokens[i + j]?.norm === word)) {
        ranges.push([tokens[i]?.start ?? 0, tokens[i + words.length - 1]?.end ?? 0]);
      }
    }
  }
  return ranges;
}

/**
 * Runs `detectors` over `text` and drops what the user released in the panel: the released value
 * wherever it occurs, and any part of it where it occurs ("Brightwater" inside a released
 * "Brightwater Analytics"). The user's own
 * selection is never dropped. A detector that throws makes this throw: callers decide how to fail.
 */
export function detectSpans(
  text: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  detectors: readonly Detector[] = DETECTORS,
): Span[] {
  const scanned = maskPlaceholders(text);
  const released = new Set(policy.released.map(releaseKey));
  const ranges = releasedRanges(scanned, policy.released);
  const isReleased = (span: Span) =>
    released.has(releaseKey(text.slice(span.start, span.end))) ||
    ranges.some(([start, end]) => span.start >= start && span.end <= end);
  const spans: Span[] = [];
  for (const detector of detectors) {
    for (const span of detector.detect(scanned, prepared, policy)) {
      if (detector.role === 'user' || !isReleased(span)) spans.push(span);
    }
  }
  return spans;
}
