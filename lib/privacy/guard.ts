import { resolveOverlaps } from './compose';
import { detectSpans } from './detect';
import type { Issued } from './mask-placeholders';
import { DETECTORS } from './detectors';
import type { GuardResult, PreparedContext, PrivacyPolicy, Span } from './types';

/** What the guard checks: what we know (context, selection) and what has a shape (patterns), not guesses. */
export const GUARD_DETECTORS = DETECTORS.filter((detector) => detector.role !== 'heuristic');

/** The guard's verdict when a detector throws: it fails closed. */
export const GUARD_FAILED: GuardResult = {
  ok: false,
  found: [{ kind: 'ERROR', source: 'a privacy check failed', text: '' }],
};

/**
 * What the guard's detectors find in `payload`, or undefined when one of them threw (the caller
 * blocks). `issued`: as guardPayload's.
 */
export function guardSpans(
  payload: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  detectors = GUARD_DETECTORS,
  issued?: Issued,
): Span[] | undefined {
  try {
    return detectSpans(payload, prepared, policy, detectors, issued);
  } catch {
    return undefined;
  }
}

/** The guard's verdict on `payload` from what its detectors found there. */
export function verdictOf(payload: string, spans: Span[] | undefined): GuardResult {
  if (spans === undefined) return GUARD_FAILED;
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
  return verdictOf(payload, guardSpans(payload, prepared, policy, detectors, issued));
}
