/** Numerically safe helpers over log-probabilities and finite distributions. */
import type { Dist, Rng } from './types';

export function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** softmax(values / temperature); temperature 0 puts all mass on the first maximum. */
export function softmax(values: readonly number[], temperature = 1): number[] {
  if (temperature <= 0) {
    const best = argmax(values);
    return values.map((_, i) => (i === best ? 1 : 0));
  }
  const scaled = values.map((v) => v / temperature);
  const norm = logSumExp(scaled);
  return scaled.map((v) => Math.exp(v - norm));
}

/** Index of the first maximum; -1 for an empty list. */
export function argmax(values: readonly number[]): number {
  let best = -1;
  let bestValue = -Infinity;
  values.forEach((v, i) => {
    if (best === -1 || v > bestValue) {
      best = i;
      bestValue = v;
    }
  });
  return best;
}

/** Shannon entropy in nats. */
export function entropy(dist: Dist): number {
  let h = 0;
  for (const p of dist) if (p > 0) h -= p * Math.log(p);
  return h;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** Inverse-CDF sampling. Falls back to the last index with mass, so rounding never returns -1. */
export function sampleIndex(dist: Dist, rng: Rng): number {
  let total = 0;
  for (const p of dist) total += p;
  let u = rng() * total;
  let last = -1;
  for (let i = 0; i < dist.length; i++) {
    const p = dist[i] ?? 0;
    if (p <= 0) continue;
    last = i;
    if (u < p) return i;
    u -= p;
  }
  return last;
}
