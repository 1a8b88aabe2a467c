import type { PrivacyView } from '../fusion/protocol';
import { redact } from '../privacy';
import { normTokens, tokenize } from '../privacy/normalize';
import type { PreparedContext, PrivacyPolicy, Vault } from '../privacy/types';

const TAIL_WORDS = 4;

/** True when the text ends part-way through a known value ("Martin Rey…"), which no detector sees yet. */
export function endsInsideKnownValue(text: string, knownWords: readonly string[][]): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0) return false;
  const midWord = /[\p{L}\p{N}]$/u.test(text);
  for (let n = 1; n <= Math.min(TAIL_WORDS, tokens.length); n++) {
    const tail = tokens.slice(-n).map((t) => t.norm);
    const last = tail[n - 1] ?? '';
    for (const words of knownWords) {
      if (words.length < n || !tail.slice(0, -1).every((w, i) => w === words[i])) continue;
      const target = words[n - 1] ?? '';
      const more = words.length > n;
      if (midWord ? target.startsWith(last) && (target !== last || more) : last === target && more)
        return true;
    }
  }
  return false;
}

/**
 * The cloud's view of the text generated so far, for logit mode: the same privacy stage as the
 * instruction, with the job's vault so placeholders keep their numbers. Where the views differ — the
 * text ends inside a private value, or right after a placeholder — the local model decides alone.
 */
export function logitPrivacyView(
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  vault: Vault,
): PrivacyView {
  const knownWords = [...prepared.known.map((k) => k.value), ...policy.extra]
    .map(normTokens)
    .filter((words) => words.length > 0);
  return (text) => {
    const result = redact(text, prepared, policy, vault);
    Object.assign(vault, result.vault);
    const afterPlaceholder = result.redactions.some((r) => /^[\s\p{P}]*$/u.test(text.slice(r.end)));
    return {
      cloudPrefix: result.outbound,
      diverges: afterPlaceholder || endsInsideKnownValue(text, knownWords),
    };
  };
}
