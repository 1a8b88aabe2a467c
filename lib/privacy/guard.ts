import { DETECTORS } from './detectors';
import type { GuardResult, PreparedContext, PrivacyPolicy, Span } from './types';

/**
 * The outbound guard: the last check before bytes leave for a cloud endpoint. It re-runs every
 * detector on the final payload and blocks if anything private remains. It fails closed: a detector
 * that throws blocks the send.
 */
export function guardPayload(payload: string, prepared: PreparedContext, policy: PrivacyPolicy): GuardResult {
  let spans: Span[];
  try {
    spans = DETECTORS.flatMap((detector) => detector.detect(payload, prepared, policy));
  } catch {
    return { ok: false, found: [{ kind: 'ERROR', source: 'a privacy check failed', text: '' }] };
  }
  if (spans.length === 0) return { ok: true };
  return {
    ok: false,
    found: spans.map((span) => ({
      kind: span.kind,
      source: span.source,
      text: payload.slice(span.start, span.end),
    })),
  };
}
