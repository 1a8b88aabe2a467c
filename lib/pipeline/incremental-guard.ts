import { tokensOf } from '../privacy/normalize';
import type { PreparedContext, PrivacyPolicy, Vault } from '../privacy/types';
import { guardText } from './outbound';
import { extendsText, settledBoundaries, viewSettingsOf } from './privacy-view';

/**
 * The outbound guard for logit rounds, whose prompts grow by a few tokens a round: guarding each
 * whole prompt again made the rounds quadratic in the draft's length. When a text extends the last
 * text this guard passed (same vault, so the same placeholders are skipped), only its unsettled tail
 * is guarded: from one sentence before the last settled boundary of what passed, to the end.
 *
 * Why that is sound — the argument the privacy view (privacy-view.ts) rests on: a settled boundary is
 * a sentence end followed by at least `settle` words (room for the longest known value and the
 * longest pattern to finish) with no span across it, and the detectors look no further back than a
 * sentence end. So whatever follows, the text before a settled boundary yields the spans it yielded
 * when it passed: none. A span in the longer text therefore ends after that boundary, and scanning
 * from one sentence before it, with the same left context the detectors use, finds it.
 *
 * It still fails closed: any text that does not extend the last one passed, or any change in the
 * vault, is guarded whole; a detector that throws blocks (guardText); what it finds blocks.
 */
/** Short strings remembered as passed; a body has a handful (the model name), never many. */
const SHORT_KEPT = 16;

export function incrementalGuard(
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  issued?: Vault,
): (text: string) => void {
  const guard = guardText(prepared, policy, issued);
  const { settle } = viewSettingsOf(prepared, policy);
  const vaultKey = () => (issued ? Object.keys(issued).join('\u0000') : '');
  // The last long text that passed, the vault it passed with, and where its unsettled tail starts.
  let passed = '';
  let passedVault = '';
  let from = 0;
  // The body's other short strings (the model name, each round the same) that passed with this vault:
  // the guard is a function of the text, the context, the policy and the vault, so they pass again.
  let shortPassed = new Set<string>();
  let shortVault = '';

  return (text) => {
    const vault = vaultKey();
    const extendsPassed = passed !== '' && vault === passedVault && extendsText(text, passed);
    if (!extendsPassed) {
      if (vault !== shortVault) {
        shortPassed = new Set();
        shortVault = vault;
      }
      const isShort = text.length < passed.length && vault === passedVault;
      if (isShort && shortPassed.has(text)) return;
      guard(text);
      // The body's other strings (the model name…) pass too but are not what the next round extends.
      if (isShort) {
        if (shortPassed.size < SHORT_KEPT) shortPassed.add(text);
        return;
      }
      passed = text;
      passedVault = vault;
      from = 0;
    } else {
      guard(text.slice(from));
      passed = text;
    }
    // Move the start to one settled sentence before the last settled boundary of what passed.
    const window = text.slice(from);
    const boundaries = settledBoundaries(window, tokensOf(window), [], settle);
    const lookback = boundaries.at(-2);
    if (lookback !== undefined) from += lookback;
  };
}
