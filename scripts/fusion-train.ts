/**
 * npm run fusion:train -- TRACES.jsonl [--out models/fusion.json] [--epochs N] [--lr X] [--seed S]
 *   [--init FILE]
 *
 * Fits the fusion weights to recorded steps (format: lib/fusion/trace.ts) by mean cross-entropy of the
 * reference token under the fused distribution, starting from --init (default: models/fusion.json).
 * Deterministic for a seed. Prints the loss against the fixed mixes w = 1, 0.5, 0 for comparison.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_FUSION_WEIGHTS } from '../lib/fusion/default-weights';
import { parseTraces } from '../lib/fusion/trace';
import { lossAndGrad, prepareSteps, trainFusion } from '../lib/fusion/train';
import { parseFusionWeights } from '../lib/fusion/weights';
import type { FusionWeights } from '../lib/fusion/types';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'models/fusion.json' },
    epochs: { type: 'string', default: '300' },
    lr: { type: 'string', default: '0.5' },
    seed: { type: 'string', default: '1' },
    init: { type: 'string' },
  },
});

const file = positionals[0];
if (!file) {
  console.error('Usage: npm run fusion:train -- TRACES.jsonl [--out FILE] [--epochs N] [--lr X] [--seed S]');
  process.exit(2);
}

const traces = parseTraces(readFileSync(file, 'utf8'));
const init = values.init
  ? parseFusionWeights(JSON.parse(readFileSync(values.init, 'utf8')))
  : DEFAULT_FUSION_WEIGHTS;

/** Weights whose output is the constant w (zero hidden weights, output bias logit(w)). */
function constant(w: number): FusionWeights {
  const clamped = Math.min(1 - 1e-9, Math.max(1e-9, w));
  return { ...init, w2: init.w2.map(() => 0), b2: Math.log(clamped / (1 - clamped)) };
}

const prepared = prepareSteps(traces);
const { steps } = prepared;
for (const w of [1, 0.5, 0])
  console.log(`fixed w = ${w}: loss ${lossAndGrad(constant(w), steps).toFixed(4)}`);

const result = trainFusion(
  traces,
  init,
  {
    epochs: Math.max(0, Math.floor(Number(values.epochs))),
    learningRate: Number(values.lr),
    seed: Number(values.seed),
  },
  prepared,
);
console.log(
  `${traces.length} steps (${result.skipped} skipped: reference listed by neither side); ` +
    `loss ${result.initialLoss.toFixed(4)} → ${result.finalLoss.toFixed(4)}`,
);
const comment = `Trained on ${file} by npm run fusion:train (seed ${values.seed}).`;
writeFileSync(values.out, `${JSON.stringify({ ...result.weights, comment }, null, 2)}\n`);
console.log(`wrote ${values.out}`);
