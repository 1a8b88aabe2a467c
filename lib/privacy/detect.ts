import { DETECTORS } from './detectors';
import { normTokens } from './normalize';
import type { Detector, PreparedContext, PrivacyPolicy, Span } from './types';

const PLACEHOLDER = /\[[A-Za-z]+_\d+\]/g;

/** Blanks out placeholders (same length, so offsets hold): "[PERSON_1]" is not a name to find. */
export function maskPlaceholders(text: string): string {
  return text.includes('[') ? text.replace(PLACEHOLDER, (p) => ' '.repeat(p.length)) : text;
}

/** How released values are compared: word by word, ignoring case, diacritics and punctuation. */
export const releaseKey = (value: string): string => normTokens(value).join(' ');

/**
 * Runs `detectors` over `text` and drops what the user released in the panel. The user's own
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
  const spans: Span[] = [];
  for (const detector of detectors) {
    for (const span of detector.detect(scanned, prepared, policy)) {
      if (detector.role === 'user' || !released.has(releaseKey(text.slice(span.start, span.end))))
        spans.push(span);
    }
  }
  return spans;
}
