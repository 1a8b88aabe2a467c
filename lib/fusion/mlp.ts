/**
 * The fusion model: one tanh hidden layer and a sigmoid output, w = the local side's weight. Small enough
 * to evaluate per token in the engine host and to train with plain gradient descent.
 */
import { sigmoid } from './logmath';
import type { FeatureVector, FusionWeights } from './types';

export interface MlpPass {
  w: number;
  hidden: number[];
}

export function forward(weights: FusionWeights, x: FeatureVector): MlpPass {
  const hidden = weights.w1.map((row, j) => {
    let sum = weights.b1[j] ?? 0;
    row.forEach((v, i) => (sum += v * (x[i] ?? 0)));
    return Math.tanh(sum);
  });
  let out = weights.b2;
  hidden.forEach((h, j) => (out += (weights.w2[j] ?? 0) * h));
  return { w: sigmoid(out), hidden };
}

/** forward(weights, x).w, in loops and without the hidden layer's array: it runs at every token. */
export function fusionWeight(weights: FusionWeights, x: FeatureVector): number {
  let out = weights.b2;
  for (let j = 0; j < weights.w1.length; j++) {
    const row = weights.w1[j] ?? [];
    let sum = weights.b1[j] ?? 0;
    for (let i = 0; i < row.length; i++) sum += (row[i] ?? 0) * (x[i] ?? 0);
    out += (weights.w2[j] ?? 0) * Math.tanh(sum);
  }
  return sigmoid(out);
}

/** Same shape as the weights, all zero; gradients are accumulated into it. */
export function zerosLike(weights: FusionWeights): FusionWeights {
  return {
    ...weights,
    w1: weights.w1.map((row) => row.map(() => 0)),
    b1: weights.b1.map(() => 0),
    w2: weights.w2.map(() => 0),
    b2: 0,
  };
}

/** Adds d(loss)/d(weights) into `grad`, given d(loss)/dw for this example and its forward pass. */
export function backward(
  weights: FusionWeights,
  x: FeatureVector,
  pass: MlpPass,
  dLossDw: number,
  grad: FusionWeights,
): void {
  const dOut = dLossDw * pass.w * (1 - pass.w);
  grad.b2 += dOut;
  pass.hidden.forEach((h, j) => {
    grad.w2[j] = (grad.w2[j] ?? 0) + dOut * h;
    const dPre = dOut * (weights.w2[j] ?? 0) * (1 - h * h);
    grad.b1[j] = (grad.b1[j] ?? 0) + dPre;
    const row = grad.w1[j];
    if (row) x.forEach((xi, i) => (row[i] = (row[i] ?? 0) + dPre * xi));
  });
}
