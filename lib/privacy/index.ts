import { applySpans } from './compose';
import { DETECTORS } from './detectors';
import type { PreparedContext, PrivacyPolicy, RedactionResult, Vault } from './types';

export { preparePrivacy } from './prepare';
export { guardPayload } from './guard';
export { restore, RestoreStream } from './restore';
export type * from './types';
export { EMPTY_POLICY } from './types';

/** The privacy stage: every detector, overlaps resolved, placeholders applied right to left. */
export function redact(
  text: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  vault?: Vault,
): RedactionResult {
  const spans = DETECTORS.flatMap((detector) => detector.detect(text, prepared, policy));
  return applySpans(text, spans, vault);
}
