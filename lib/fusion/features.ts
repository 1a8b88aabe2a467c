/**
 * Per-step features that mean the same thing whatever the vocabularies: how sure each side is, how much
 * of its distribution it showed, and how far the two sides agree. All lie in [0, 1].
 */
import { alignTopK, supportKey } from './align';
import type { AlignedSupport, FeatureVector, SideTopK, TopK } from './types';

export const FEATURE_NAMES = [
  'localEntropy',
  'cloudEntropy',
  'localTop1',
  'cloudTop1',
  'localCovered',
  'cloudCovered',
  'overlap',
  'top1Agree',
] as const;

/**
 * Entropy of the renormalised top-k divided by its maximum, so k does not change the scale. It runs at
 * every token: entropy(softmax(logprobs)) written out over the candidates, the same operations in the
 * same order (logmath.ts), without the three arrays.
 */
function normalisedEntropy(top: TopK): number {
  if (top.length < 2) return top.length === 0 ? 1 : 0;
  let max = -Infinity;
  for (const c of top) if (c.logprob > max) max = c.logprob;
  let norm = -Infinity;
  if (max !== -Infinity) {
    let sum = 0;
    for (const c of top) sum += Math.exp(c.logprob - max);
    norm = max + Math.log(sum);
  }
  let h = 0;
  for (const c of top) {
    const p = Math.exp(c.logprob - norm);
    if (p > 0) h -= p * Math.log(p);
  }
  return h / Math.log(top.length);
}

function top1(top: TopK): number {
  let best = -Infinity;
  for (const c of top) best = Math.max(best, c.logprob);
  return Math.min(1, Math.exp(best));
}

function covered(top: TopK): number {
  let sum = 0;
  for (const c of top) sum += Math.exp(c.logprob);
  return Math.min(1, sum);
}

function bestKey(side: SideTopK, support: AlignedSupport): string | undefined {
  let best: SideTopK['top'][number] | undefined;
  for (const c of side.top) if (!best || c.logprob > best.logprob) best = c;
  return best && supportKey(best, support);
}

export function stepFeatures(
  local: SideTopK,
  cloud: SideTopK,
  support: AlignedSupport = alignTopK(local, cloud),
): FeatureVector {
  let shared = 0;
  for (const e of support.entries) if (e.inLocal && e.inCloud) shared++;
  const localBest = bestKey(local, support);
  return [
    normalisedEntropy(local.top),
    normalisedEntropy(cloud.top),
    top1(local.top),
    top1(cloud.top),
    covered(local.top),
    covered(cloud.top),
    support.entries.length === 0 ? 0 : shared / support.entries.length,
    localBest !== undefined && localBest === bestKey(cloud, support) ? 1 : 0,
  ];
}
