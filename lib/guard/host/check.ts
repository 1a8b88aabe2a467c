import { redact } from '../../privacy';
import { EMPTY_POLICY, type PreparedContext } from '../../privacy/types';
import type { GuardVerdict } from '../types';

/**
 * The on-submit check, in the engine host: the whole privacy stage (known context, patterns, names)
 * on the prompt. Its answer is a verdict only; what matched stays here, and the panel asks again
 * (over the job port, an extension page's line) to show it. A detector that throws fails closed.
 */
export function checkPrompt(text: string, prepared: PreparedContext): GuardVerdict {
  try {
    return redact(text, prepared, EMPTY_POLICY).redactions.length > 0 ? 'held' : 'clean';
  } catch {
    return 'failed';
  }
}
