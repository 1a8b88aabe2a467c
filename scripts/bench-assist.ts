/**
 * What the model-assisted pass costs per instruction, on our side: building the prompt, reading a
 * scripted engine's answer (which costs no time itself), parsing it strictly, and redacting with the
 * proposals added, over the same synthetic 200-fact store as bench:privacy. The model's own time is
 * not measured here (it depends on the device); the pass is bounded by its budget in settings.
 *   npm run bench:assist
 * Prints a short summary, then one JSON line of the figures (milliseconds).
 */
import { performance } from 'node:perf_hooks';
import { assistedPreview, contextLines, runAssist } from '../lib/engine-host/assist';
import type { LocalEngine } from '../lib/engines/types';
import { relevantContext } from '../lib/pipeline/relevant-context';
import { EMPTY_POLICY, preparePrivacy, redact } from '../lib/privacy';
import { percentile } from './privacy-metrics';
import { rng, syntheticContext, syntheticInstructions } from './privacy-synthetic';

const REQUESTS = 1000;
const random = rng(7);
const context = syntheticContext(random);
const instructions = syntheticInstructions(random, REQUESTS);
const prepared = preparePrivacy(context);

/** A scripted engine: proposes the instruction's capitalised words, as JSON lines in small chunks. */
function scripted(instruction: string): LocalEngine {
  const words = [...new Set(instruction.match(/\b\p{Lu}\p{L}{2,}\b/gu) ?? [])];
  const reply = words.map((w) => JSON.stringify({ span: w, kind: 'PERSON' })).join('\n') || 'NONE';
  const chunks = reply.match(/[\s\S]{1,8}/g) ?? [];
  const fail = () => {
    throw new Error('not scripted');
  };
  return {
    kind: 'server',
    label: 'scripted',
    async *chat() {
      yield* chunks;
    },
    nextTokens: fail,
  };
}

async function passOnce(text: string) {
  const lines = contextLines(relevantContext(context, text));
  const run = await runAssist(scripted(text), text, lines, 60_000);
  return assistedPreview(text, prepared, EMPTY_POLICY, run);
}

for (const text of instructions.slice(0, 50)) await passOnce(text); // warm-up (JIT, word tables)

const baseTimes: number[] = [];
const passTimes: number[] = [];
let added = 0;
for (const text of instructions) {
  const start = performance.now();
  redact(text, prepared, EMPTY_POLICY);
  const middle = performance.now();
  const { note } = await passOnce(text);
  const end = performance.now();
  baseTimes.push(middle - start);
  passTimes.push(end - middle);
  added += note.added;
}
baseTimes.sort((a, b) => a - b);
passTimes.sort((a, b) => a - b);

const round = (x: number) => Number(x.toFixed(4));
const figures = {
  requests: REQUESTS,
  facts: context.facts.length,
  redactP50Ms: round(percentile(baseTimes, 50)),
  assistOverheadP50Ms: round(percentile(passTimes, 50)),
  assistOverheadP95Ms: round(percentile(passTimes, 95)),
  addedPerRequest: round(added / REQUESTS),
};
console.log(
  `model-assisted pass, our overhead per instruction (scripted engine, ${figures.facts} facts): ` +
    `p50 ${figures.assistOverheadP50Ms} ms, p95 ${figures.assistOverheadP95Ms} ms ` +
    `(redact alone p50 ${figures.redactP50Ms} ms); ${figures.addedPerRequest} items added per instruction`,
);
console.log(JSON.stringify(figures));
