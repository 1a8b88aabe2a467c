/**
 * Fits the fusion weights by the paper's objective: mean cross-entropy of the reference token under the
 * fused distribution, by full-batch gradient descent with analytic gradients. Deterministic: the only
 * randomness is a seeded jitter that keeps hidden units from staying identical or dead.
 */
import { alignTopK, supportKey } from './align';
import { stepFeatures } from './features';
import { mixLogits } from './fuse';
import { logSumExp } from './logmath';
import { backward, forward, zerosLike } from './mlp';
import { createRng } from './rng';
import type { TraceStep } from './trace';
import type { FeatureVector, FusionWeights } from './types';

export interface PreparedStep {
  features: FeatureVector;
  local: number[];
  cloud: number[];
  reference: number;
}

/** Aligns every step once; steps whose reference neither side listed carry no signal and are skipped. */
export function prepareSteps(traces: readonly TraceStep[]): { steps: PreparedStep[]; skipped: number } {
  const steps: PreparedStep[] = [];
  for (const t of traces) {
    const support = alignTopK(t.local, t.cloud);
    const key = supportKey({ ...t.reference, logprob: 0 }, support);
    const reference = support.entries.findIndex((e) => e.key === key);
    if (reference < 0) continue;
    steps.push({
      features: stepFeatures(t.local, t.cloud, support),
      local: support.entries.map((e) => e.local),
      cloud: support.entries.map((e) => e.cloud),
      reference,
    });
  }
  return { steps, skipped: traces.length - steps.length };
}

/** Mean cross-entropy; when `grad` is given, its mean gradient is added into it. */
export function lossAndGrad(
  weights: FusionWeights,
  steps: readonly PreparedStep[],
  grad?: FusionWeights,
): number {
  if (steps.length === 0) return 0;
  let total = 0;
  for (const s of steps) {
    const pass = forward(weights, s.features);
    const logits = mixLogits(s.local, s.cloud, pass.w);
    const norm = logSumExp(logits);
    total += norm - (logits[s.reference] ?? -Infinity);
    if (!grad) continue;
    // d(−log q_r)/dw = E_q[local − cloud] − (local_r − cloud_r)
    let dw = 0;
    logits.forEach((z, i) => (dw += Math.exp(z - norm) * ((s.local[i] ?? 0) - (s.cloud[i] ?? 0))));
    dw -= (s.local[s.reference] ?? 0) - (s.cloud[s.reference] ?? 0);
    backward(weights, s.features, pass, dw / steps.length, grad);
  }
  return total / steps.length;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  seed?: number;
  /** Scale of the seeded jitter added to the initial weights. */
  jitter?: number;
}

export interface TrainResult {
  weights: FusionWeights;
  initialLoss: number;
  finalLoss: number;
  /** Loss before each epoch's update, then the final one. */
  history: number[];
  skipped: number;
}

function mapWeights(a: FusionWeights, f: (value: number, path: string) => number): FusionWeights {
  return {
    ...a,
    w1: a.w1.map((row, j) => row.map((v, i) => f(v, `w1.${j}.${i}`))),
    b1: a.b1.map((v, j) => f(v, `b1.${j}`)),
    w2: a.w2.map((v, j) => f(v, `w2.${j}`)),
    b2: f(a.b2, 'b2'),
  };
}

/** Reads the same path out of another weights object (for element-wise updates). */
function at(w: FusionWeights, path: string): number {
  const [name, j, i] = path.split('.');
  if (name === 'b2') return w.b2;
  if (name === 'w1') return w.w1[Number(j)]?.[Number(i)] ?? 0;
  if (name === 'b1') return w.b1[Number(j)] ?? 0;
  return w.w2[Number(j)] ?? 0;
}

export function trainFusion(
  traces: readonly TraceStep[],
  init: FusionWeights,
  options: TrainOptions = {},
  /** The traces aligned already (prepareSteps), when the caller has them. */
  prepared: { steps: PreparedStep[]; skipped: number } = prepareSteps(traces),
): TrainResult {
  const { steps, skipped } = prepared;
  const rng = createRng(options.seed ?? 1);
  const jitter = options.jitter ?? 0.01;
  const lr = options.learningRate ?? 0.5;
  let weights = mapWeights(init, (v) => v + (rng() * 2 - 1) * jitter);
  const history: number[] = [];
  const initialLoss = lossAndGrad(init, steps);
  let best = { weights: init, loss: initialLoss };
  for (let epoch = 0; epoch < (options.epochs ?? 300); epoch++) {
    const grad = zerosLike(weights);
    const loss = lossAndGrad(weights, steps, grad);
    history.push(loss);
    if (loss < best.loss) best = { weights, loss };
    const current = weights;
    weights = mapWeights(current, (v, path) => v - lr * at(grad, path));
  }
  const finalLoss = lossAndGrad(weights, steps);
  history.push(finalLoss);
  if (finalLoss < best.loss) best = { weights, loss: finalLoss };
  // Never hand back something worse than what we were given.
  return { weights: best.weights, initialLoss, finalLoss: best.loss, history, skipped };
}
