/**
 * Speculative acceptance (Leviathan et al. 2023; Chen et al. 2023) with the cloud as the drafter and the
 * fused distribution q as the target: accept the cloud's token x with probability min(1, q(x)/p(x)),
 * otherwise draw from the normalised residual max(0, q − p). Emitted tokens are then distributed exactly
 * as q, provided p is the distribution the cloud really drew x from.
 */
import { supportKey } from './align';
import { sampleIndex, softmax } from './logmath';
import type { AlignedSupport, Dist, Rng, SideTopK, TokenCandidate } from './types';

/**
 * How the cloud draws its tokens; p must describe it exactly for the output to be exact.
 * - 'sampled': from its listed top-k, renormalised, at the run's temperature (OpenAI-style servers:
 *   request top_k equal to the number of top log-probabilities). Temperature 0 means greedy.
 * - 'greedy': always its top-1; p is a point mass. Exact with any server, at some cost in acceptance.
 */
export type ProposalMode = 'sampled' | 'greedy';

export interface Proposal {
  /** The cloud's drawing distribution over the support. */
  p: number[];
  /** Support index of the token the cloud drew; -1 when it is not on the support (a contract breach). */
  index: number;
}

export function proposalDist(
  support: AlignedSupport,
  local: SideTopK,
  cloud: SideTopK,
  token: TokenCandidate,
  temperature: number,
  mode: ProposalMode,
): Proposal {
  const key = supportKey(token, support);
  const index = support.entries.findIndex((e) => e.key === key && e.inCloud);
  if (mode === 'greedy' || temperature <= 0 || index < 0)
    return { p: support.entries.map((_, i) => (i === index ? 1 : 0)), index };
  const listed = support.entries.flatMap((e, i) => (e.inCloud ? [i] : []));
  const probs = softmax(
    listed.map((i) => support.entries[i]?.cloud ?? -Infinity),
    temperature,
  );
  const p = support.entries.map(() => 0);
  listed.forEach((i, j) => (p[i] = probs[j] ?? 0));
  return { p, index };
}

export interface Decision {
  accepted: boolean;
  /** Support index of the token to emit. */
  index: number;
}

/** Injected into the driver so tests can show that a wrong rule is caught; production uses exactAccept. */
export type AcceptRule = (q: Dist, p: Dist, proposed: number, rng: Rng) => Decision;

/** Below this total the residual is rounding noise (q ≈ p), so q itself is drawn from instead. */
const RESIDUAL_EPSILON = 1e-12;

export function residual(q: Dist, p: Dist): number[] {
  return q.map((qi, i) => Math.max(0, qi - (p[i] ?? 0)));
}

export const exactAccept: AcceptRule = (q, p, proposed, rng) => {
  if (proposed >= 0) {
    const px = p[proposed] ?? 0;
    const qx = q[proposed] ?? 0;
    if (px > 0 && rng() < Math.min(1, qx / px)) return { accepted: true, index: proposed };
  }
  const r = proposed >= 0 ? residual(q, p) : [...q];
  const total = r.reduce((a, b) => a + b, 0);
  return { accepted: false, index: sampleIndex(total > RESIDUAL_EPSILON ? r : q, rng) };
};
