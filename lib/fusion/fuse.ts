/**
 * The fused next-token distribution of one step: logits w·local + (1−w)·cloud over the aligned support,
 * renormalised (softmax), optionally at a sampling temperature.
 */
import { alignTopK, type AlignOptions } from './align';
import { stepFeatures } from './features';
import { softmax } from './logmath';
import { fusionWeight } from './mlp';
import type { AlignedSupport, FusionWeights, SideTopK, TopK } from './types';

export interface FusedStep {
  support: AlignedSupport;
  /** The local side's weight. */
  w: number;
  /** w·local + (1−w)·cloud per support entry (unnormalised log-probabilities). */
  logits: number[];
  /** softmax(logits / temperature): the distribution to sample from. */
  q: number[];
}

export interface FuseOptions extends AlignOptions {
  temperature?: number;
  /** Skips the model and uses this weight (w = 1 where only the local side may decide). */
  forceW?: number;
}

export function mixLogits(local: readonly number[], cloud: readonly number[], w: number): number[] {
  return local.map((l, i) => w * l + (1 - w) * (cloud[i] ?? l));
}

/** mixLogits over the support's entries, in one pass (it runs at every token). */
export function fusedLogits(support: AlignedSupport, w: number): number[] {
  return support.entries.map((e) => w * e.local + (1 - w) * e.cloud);
}

export function fuseStep(
  local: SideTopK,
  cloud: SideTopK,
  weights: FusionWeights,
  options: FuseOptions = {},
): FusedStep {
  const support = alignTopK(local, cloud, options);
  const w = options.forceW ?? fusionWeight(weights, stepFeatures(local, cloud, support));
  const logits = fusedLogits(support, w);
  return { support, w, logits, q: softmax(logits, options.temperature ?? 1) };
}

/** Where the local side decides alone: its own top-k, renormalised, at the sampling temperature. */
export function localOnlyDist(top: TopK, temperature = 1): number[] {
  return softmax(
    top.map((c) => c.logprob),
    temperature,
  );
}
