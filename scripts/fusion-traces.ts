/**
 * npm run fusion:traces -- --out FILE [--steps N] [--seed S]
 *
 * An evaluation run that writes training traces (lib/fusion/trace.ts) from table models with a known
 * truth: the "truth" model writes the reference text; the local model agrees with it on 85 % of
 * contexts (it knows the private context), the cloud on 60 % but is sharper elsewhere. Training on the
 * file should move w towards the local side where they disagree: `npm run fusion:train -- FILE`.
 */
import { writeFileSync } from 'node:fs';
import { createRng } from '../lib/fusion/rng';
import { formatTraceLine } from '../lib/fusion/trace';
import {
  createTableModel,
  draw,
  topIndices,
  withAgreement,
  type TableModel,
} from '../tests/servers/table-model';

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const out = arg('out', '');
if (!out) {
  console.error('usage: npm run fusion:traces -- --out FILE [--steps N] [--seed S]');
  process.exit(2);
}
const steps = Number(arg('steps', '2000'));
const seed = Number(arg('seed', '11'));
const TOP_K = 8;

const truth = createTableModel({ seed, vocabSize: 48, sharpness: 3 });
const local = withAgreement(truth, 0.85, seed + 1);
const cloud = withAgreement(createTableModel({ seed, vocabSize: 48, sharpness: 4 }), 0.6, seed + 2);
const rng = createRng(seed + 3);

const topOf = (model: TableModel, context: string[]) => {
  const row = model.row(context);
  return topIndices(row, TOP_K).map((i) => ({ text: model.vocab[i] ?? '', logprob: row[i] ?? -Infinity }));
};

const lines: string[] = [];
let context: string[] = [];
for (let i = 0; i < steps; i++) {
  const next = truth.vocab[draw(truth.row(context), 0, 1, rng)] ?? '';
  lines.push(
    formatTraceLine({
      local: { top: topOf(local, context) },
      cloud: { top: topOf(cloud, context) },
      reference: { text: next },
    }),
  );
  context = [...context, next].slice(-truth.contextLength);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${steps} trace steps written to ${out}`);
console.log(JSON.stringify({ bench: 'fusion-traces', steps, seed, topK: TOP_K, out }));
