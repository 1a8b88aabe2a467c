/**
 * The speculative path must emit sequences distributed exactly as step-by-step sampling from the fused
 * distribution. Seeds are fixed, so the statistics below are deterministic; the thresholds leave orders
 * of magnitude between "agrees" (p > 0.001) and "broken" (p < 1e-6).
 */
import { exactAccept, type AcceptRule } from '../../../lib/fusion/accept';
import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { fuseStep } from '../../../lib/fusion/fuse';
import { sampleIndex } from '../../../lib/fusion/logmath';
import { collect } from '../../../lib/fusion/driver';
import { createRng } from '../../../lib/fusion/rng';
import { speculate } from '../../../lib/fusion/speculative';
import { stepwise } from '../../../lib/fusion/stepwise';
import type { TopK } from '../../../lib/fusion/types';
import { chiSquareFit, chiSquareSame, tableCloud, tableLocal, top } from './helpers';

const LENGTH = 3;
const RUNS = 20_000;

// Overlapping but different supports ('e' only local, 'd' only cloud), so floors and the residual matter.
function localTable(text: string): TopK {
  const last = text.at(-1) ?? '';
  if (last === '') return top({ a: 0.5, b: 0.3, c: 0.15 });
  if (last === 'a') return top({ a: 0.2, b: 0.6, e: 0.1 });
  if (last === 'b') return top({ a: 0.4, c: 0.4, b: 0.1 });
  return top({ c: 0.7, a: 0.2 });
}
function cloudTable(text: string): TopK {
  const last = text.at(-1) ?? '';
  if (last === '') return top({ b: 0.6, a: 0.3, d: 0.05 });
  if (last === 'a') return top({ b: 0.5, a: 0.4 });
  if (last === 'b') return top({ c: 0.8, b: 0.1, a: 0.05 });
  return top({ a: 0.5, d: 0.3, c: 0.1 });
}

/** Exact probability of every sequence of LENGTH tokens under step-by-step fused sampling. */
function exactSequences(temperature: number): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (text: string, p: number, depth: number) => {
    if (depth === LENGTH) return void out.set(text, (out.get(text) ?? 0) + p);
    const fused = fuseStep({ top: localTable(text) }, { top: cloudTable(text) }, DEFAULT_FUSION_WEIGHTS, {
      temperature,
    });
    fused.support.entries.forEach((e, i) => {
      const q = fused.q[i] ?? 0;
      if (q > 0) walk(text + e.text, p * q, depth + 1);
    });
  };
  walk('', 1, 0);
  return out;
}

interface Case {
  k: number;
  temperature: number;
  greedy?: boolean;
  accept?: AcceptRule;
}

async function sampleSpeculative(c: Case, seed: number): Promise<Map<string, number>> {
  const rng = createRng(seed);
  const cloud = tableCloud(cloudTable, createRng(seed + 1), c.temperature, c.greedy);
  const counts = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    const { text } = await collect(
      speculate({
        cloud,
        local: tableLocal(localTable),
        weights: DEFAULT_FUSION_WEIGHTS,
        rng,
        maxTokens: LENGTH,
        k: c.k,
        temperature: c.temperature,
        proposal: c.greedy ? 'greedy' : 'sampled',
        accept: c.accept ?? exactAccept,
      }),
    );
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

async function sampleStepwise(temperature: number, seed: number): Promise<Map<string, number>> {
  const rng = createRng(seed);
  const counts = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    const { text } = await collect(
      stepwise({
        cloud: tableCloud(cloudTable, rng, temperature),
        local: tableLocal(localTable),
        weights: DEFAULT_FUSION_WEIGHTS,
        rng,
        maxTokens: LENGTH,
        temperature,
      }),
    );
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/** Wrong on purpose: after a rejection it draws from q instead of the residual max(0, q − p). */
const resampleFromQ: AcceptRule = (q, p, proposed, rng) => {
  const ratio = (q[proposed] ?? 0) / (p[proposed] ?? 1);
  if (proposed >= 0 && rng() < Math.min(1, ratio)) return { accepted: true, index: proposed };
  return { accepted: false, index: sampleIndex(q, rng) };
};

/** Wrong on purpose: keeps the cloud's token whenever the fused distribution gives it more than 5 %. */
const acceptIfPossible: AcceptRule = (q, _p, proposed, rng) =>
  (q[proposed] ?? 0) > 0.05 ? { accepted: true, index: proposed } : exactAccept(q, _p, proposed, rng);

// An explicit budget: each case samples RUNS (20 000) whole sequences, the stepwise comparison twice
// that: 1 to 8 s per case on a two-core machine under load (0.7 to 5 s idle). Fewer runs would weaken
// the statistics that tell exact from broken, so the count stays and the deadline says what it costs.
const BUDGET_MS = 120_000;

describe('speculative rounds are exact', { timeout: BUDGET_MS }, () => {
  test.each<Case>([
    { k: 3, temperature: 1, greedy: false },
    { k: 1, temperature: 1, greedy: false },
    { k: 2, temperature: 0.7, greedy: false },
    { k: 3, temperature: 1, greedy: true },
  ])('k=$k, temperature $temperature, greedy cloud $greedy: fits the fused distribution', async (c) => {
    const exact = exactSequences(c.temperature);
    const spec = await sampleSpeculative(c, 101);
    const fit = chiSquareFit(spec, exact);
    console.info(`speculative k=${c.k} T=${c.temperature}${c.greedy ? ' greedy' : ''}:`, fit);
    expect(fit.df).toBeGreaterThan(10);
    expect(fit.p).toBeGreaterThan(0.001);
  });

  test('speculative and stepwise samples agree with each other and with the exact distribution', async () => {
    const spec = await sampleSpeculative({ k: 3, temperature: 1 }, 202);
    const step = await sampleStepwise(1, 303);
    const same = chiSquareSame(spec, step);
    const stepFit = chiSquareFit(step, exactSequences(1));
    console.info('speculative vs stepwise:', same, 'stepwise fit:', stepFit);
    expect(same.p).toBeGreaterThan(0.001);
    expect(stepFit.p).toBeGreaterThan(0.001);
  });

  test.each([
    ['residual replaced by q', resampleFromQ],
    ['accept whenever q(x) > 0.05', acceptIfPossible],
  ])('a broken acceptance rule (%s) is detected', async (_name, rule) => {
    const exact = exactSequences(1);
    const fit = chiSquareFit(await sampleSpeculative({ k: 3, temperature: 1, accept: rule }, 101), exact);
    console.info(`broken rule (${_name}):`, fit);
    expect(fit.p).toBeLessThan(1e-6);
  });
});
