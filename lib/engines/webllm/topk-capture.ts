import type { TokenCandidate } from '../types';

/** The cap on candidates kept per position: enough for fusion, cheap to copy out of the worker. */
export const WEBLLM_MAX_TOP_K = 64;

/**
 * Top-k of a logits vector as log-probabilities (log-softmax over the whole vocabulary), most likely
 * first. O(V·k) with a small insertion buffer: V is ~150k, k ≤ 64.
 */
export function topKLogprobs(logits: Float32Array, k: number): { id: number; logprob: number }[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) if ((logits[i] ?? -Infinity) > max) max = logits[i] ?? -Infinity;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp((logits[i] ?? -Infinity) - max);
  const logZ = max + Math.log(sum);
  const best: { id: number; logit: number }[] = [];
  for (let i = 0; i < logits.length; i++) {
    const logit = logits[i] ?? -Infinity;
    if (best.length === k && logit <= (best[k - 1]?.logit ?? -Infinity)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.logit ?? -Infinity) < logit) at--;
    best.splice(at, 0, { id: i, logit });
    if (best.length > k) best.pop();
  }
  return best.map(({ id, logit }) => ({ id, logprob: logit - logZ }));
}

/**
 * A web-llm LogitProcessor that records the top-k distribution at every generated position and can
 * force a given token sequence first (to condition on an assistant prefix, which web-llm's chat API
 * cannot express). It never changes the logits it does not force.
 */
export class TopKCapture {
  private forced: number[] = [];
  private k = 0;
  readonly steps: { id: number; logprob: number }[][] = [];

  /** Starts a request: record `k` candidates per position (0: record nothing) after forcing `forced`. */
  begin(k: number, forced: number[] = []): void {
    this.k = Math.min(k, WEBLLM_MAX_TOP_K);
    this.forced = [...forced];
    this.steps.length = 0;
  }

  processLogits = (logits: Float32Array): Float32Array => {
    const force = this.forced[0];
    if (force !== undefined) {
      logits.fill(-Infinity);
      logits[force] = 0;
      return logits;
    }
    if (this.k > 0) this.steps.push(topKLogprobs(logits, this.k));
    return logits;
  };

  processSampledToken = (token: number): void => {
    if (this.forced[0] === token) this.forced.shift();
  };

  resetState = (): void => {
    this.forced = [];
  };
}

export function toCandidates(
  entries: { id: number; logprob: number }[],
  decode: (id: number) => string,
): TokenCandidate[] {
  return entries.map(({ id, logprob }) => ({ id, text: decode(id), logprob }));
}
