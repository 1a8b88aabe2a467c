import type { Issued } from './mask-placeholders';
import { guardPayload } from './guard';
import type { CheckedRedaction } from './redact-checked';
import { findPossiblyPrivate, type PossiblyPrivate } from './possibly-private';
import type { GuardResult, PreparedContext, PrivacyPolicy } from './types';

/** What the panel is told about a text before it may leave: the guard's verdict and the review's doubts. */
export interface OutboundCheck {
  guard: GuardResult;
  doubts: PossiblyPrivate[];
}

/**
 * The checks the engine host runs on an outbound text at each preview and each re-check, in the task
 * that answers the panel: the guard (with the job's vault as `issued`, when the text is the job's
 * redaction) and the review. The benches time this with redact, as one request.
 */
export function checkOutbound(
  outbound: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  issued?: Issued,
): OutboundCheck {
  return {
    guard: guardPayload(outbound, prepared, policy, undefined, issued),
    doubts: findPossiblyPrivate(outbound, prepared, policy),
  };
}

/**
 * The checks of a redaction redactChecked made: the guard's verdict it carries (its last guard run
 * read this outbound text, with the job's vault), and the review, which reads what that run found
 * (kept-findings.ts).
 */
export function checkRedacted(
  result: CheckedRedaction,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
): OutboundCheck {
  return { guard: result.guard, doubts: findPossiblyPrivate(result.outbound, prepared, policy) };
}
