import { resolveOverlaps } from './compose';
import { detectSpans } from './detect';
import type { Issued } from './mask-placeholders';
import { DETECTORS } from './detectors';
import type { GuardResult, PreparedContext, PrivacyPolicy, Span } from './types';

/** What the guard checks: what we know (context, selection) and what has a shape (patterns), not guesses. */
const GUARD_DETECTORS = DETECTORS.filter((detector) => detector.role !== 'heuristic');

/**
 * The outbound guard: the last check before bytes leave for a cloud endpoint. It re-runs the detectors
 * on the final payload and blocks if anything private remains. It fails closed: a detector that
 * throws blocks the send. Pass the job's vault as `issued`, so only placeholders the job issued are
 * skipped: "[Aisling_1]"-shaped text typed by the user or a page is scanned like any other text.
 */
export function guardPayload(
  payload: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  detectors = GUARD_DETECTORS,
  issued?: Issued,
): GuardResult {
  let spans: Span[];
  try {
    spans = detectSpans(payload, prepared, policy, detectors, issued);
  } catch {
    return { ok: false, found: [{ kind: 'ERROR', source: 'a privacy check failed', text: '' }] };
  }
  if (spans.length === 0) return { ok: true };
  return {
    ok: false,
    found: resolveOverlaps(spans).map((span) => ({
      kind: span.kind,
      source: span.source,
      text: payload.slice(span.start, span.end),
    })),
  };
}
