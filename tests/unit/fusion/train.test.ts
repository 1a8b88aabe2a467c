import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { softmax, sampleIndex } from '../../../lib/fusion/logmath';
import { forward, zerosLike } from '../../../lib/fusion/mlp';
import { createRng } from '../../../lib/fusion/rng';
import { formatTraceLine, parseTraces, TraceFormatError, type TraceStep } from '../../../lib/fusion/trace';
import { lossAndGrad, prepareSteps, trainFusion } from '../../../lib/fusion/train';
import type { FusionWeights, Rng } from '../../../lib/fusion/types';

const VOCAB = ['a', 'b', 'c', 'd', 'e', 'f'];

function dist(rng: Rng, sharpness: number): number[] {
  return softmax(VOCAB.map(() => (rng() - 0.5) * sharpness));
}

/**
 * The reference follows a hidden true distribution. The "good" side reports it, a little flattened; the
 * "bad" side is confident (top-1 ≈ 0.9) about a token that is usually not the true favourite.
 */
function synthetic(goodSide: 'local' | 'cloud', n: number, seed: number): TraceStep[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const truth = dist(rng, 6);
    const good = softmax(truth.map((p) => Math.log(p) / 1.3));
    const favourite = Math.floor(rng() * VOCAB.length);
    const bad = VOCAB.map((_, i) => (i === favourite ? 0.9 : 0.1 / (VOCAB.length - 1)));
    const asTop = (p: number[]) => VOCAB.map((text, i) => ({ text, logprob: Math.log(p[i] ?? 0) }));
    const [local, cloud] = goodSide === 'local' ? [good, bad] : [bad, good];
    return {
      local: { top: asTop(local).sort((x, y) => y.logprob - x.logprob) },
      cloud: { top: asTop(cloud).sort((x, y) => y.logprob - x.logprob) },
      reference: { text: VOCAB[sampleIndex(truth, rng)] ?? 'a' },
    };
  });
}

function meanW(weights: FusionWeights, traces: TraceStep[]): number {
  const { steps } = prepareSteps(traces);
  return steps.reduce((s, step) => s + forward(weights, step.features).w, 0) / steps.length;
}

describe('fusion trainer', () => {
  test('analytic gradients match finite differences', () => {
    const { steps } = prepareSteps(synthetic('local', 40, 3));
    const weights = DEFAULT_FUSION_WEIGHTS;
    const grad = zerosLike(weights);
    lossAndGrad(weights, steps, grad);
    const h = 1e-6;
    const probe = (edit: (w: FusionWeights, d: number) => FusionWeights) =>
      (lossAndGrad(edit(weights, h), steps) - lossAndGrad(edit(weights, -h), steps)) / (2 * h);
    const setW1 = (j: number, i: number) => (w: FusionWeights, d: number) => ({
      ...w,
      w1: w.w1.map((row, r) => row.map((v, c) => (r === j && c === i ? v + d : v))),
    });
    expect(probe((w, d) => ({ ...w, b2: w.b2 + d }))).toBeCloseTo(grad.b2, 6);
    for (const j of [0, 1, 3]) {
      expect(probe((w, d) => ({ ...w, w2: w.w2.map((v, r) => (r === j ? v + d : v)) }))).toBeCloseTo(
        grad.w2[j] ?? NaN,
        6,
      );
      for (const i of [0, 2, 4, 7]) expect(probe(setW1(j, i))).toBeCloseTo(grad.w1[j]?.[i] ?? NaN, 6);
    }
  });

  test.each([
    ['local', (w: number) => w > 0.75],
    ['cloud', (w: number) => w < 0.25],
  ] as const)('learns to trust the %s side when it is the better one', (side, ok) => {
    const traces = synthetic(side, 400, side === 'local' ? 11 : 12);
    const result = trainFusion(traces, DEFAULT_FUSION_WEIGHTS, { epochs: 300, seed: 1 });
    console.info(`better side ${side}: loss ${result.initialLoss} → ${result.finalLoss}`);
    expect(result.skipped).toBe(0);
    expect(result.finalLoss).toBeLessThan(result.initialLoss * 0.8);
    const w = meanW(result.weights, traces);
    expect(ok(w), `mean w ${w}`).toBe(true);
    // It generalises: a fresh set from the same source is fitted better too.
    const fresh = prepareSteps(synthetic(side, 400, 99)).steps;
    expect(lossAndGrad(result.weights, fresh)).toBeLessThan(lossAndGrad(DEFAULT_FUSION_WEIGHTS, fresh));
  });

  test('is deterministic for a seed', () => {
    const traces = synthetic('local', 50, 4);
    const a = trainFusion(traces, DEFAULT_FUSION_WEIGHTS, { epochs: 20, seed: 9 });
    const b = trainFusion(traces, DEFAULT_FUSION_WEIGHTS, { epochs: 20, seed: 9 });
    expect(a.weights).toEqual(b.weights);
  });
});

describe('trace lines', () => {
  test('round-trip through the documented format', () => {
    const step: TraceStep = {
      local: { tokenizer: 'qwen2.5', top: [{ text: ' the', logprob: -0.2, id: 279 }] },
      cloud: { top: [{ text: ' a', logprob: -0.9 }] },
      reference: { text: ' the', id: 279 },
    };
    expect(parseTraces(`${formatTraceLine(step)}\n\n${formatTraceLine(step)}\n`)).toEqual([step, step]);
  });

  test.each([
    ['not json', 'not JSON'],
    ['{"local": [], "cloud": []}', 'reference'],
    ['{"local": [{"text": "a"}], "cloud": [], "reference": "a"}', 'logprob'],
    ['{"local": [{"text": "a", "logprob": 0.5}], "cloud": [], "reference": "a"}', 'logprob'],
  ])('rejects %s', (line, message) => {
    expect(() => parseTraces(line)).toThrow(TraceFormatError);
    expect(() => parseTraces(line)).toThrow(message);
  });
});
