import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { stepFeatures } from '../../../lib/fusion/features';
import { fuseStep } from '../../../lib/fusion/fuse';
import { softmax } from '../../../lib/fusion/logmath';
import { fusionWeight } from '../../../lib/fusion/mlp';
import { createRng } from '../../../lib/fusion/rng';
import type { SideTopK } from '../../../lib/fusion/types';
import { top } from './helpers';

function randomSide(rng: () => number, letters: string): SideTopK {
  const probs: Record<string, number> = {};
  for (const l of letters) if (rng() < 0.7) probs[l] = 0.01 + rng() * 0.2;
  return { top: top(probs) };
}

describe('fuseStep', () => {
  test('the fused distribution is normalised and positive on random inputs', () => {
    const rng = createRng(5);
    for (let i = 0; i < 200; i++) {
      const local = randomSide(rng, 'abcdef');
      const cloud = randomSide(rng, 'cdefgh');
      for (const temperature of [1, 0.5, 2]) {
        const { q, w } = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { temperature });
        if (q.length === 0) continue;
        expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(Math.min(...q)).toBeGreaterThan(0);
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThan(1);
      }
    }
  });

  const local = { top: top({ a: 0.6, b: 0.3, c: 0.05 }) };
  const cloud = { top: top({ c: 0.7, a: 0.2, b: 0.05 }) };

  test('w = 1 gives the local distribution and w = 0 the cloud one', () => {
    const one = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { forceW: 1 });
    const zero = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { forceW: 0 });
    const texts = one.support.entries.map((e) => e.text);
    const expectLocal = softmax(texts.map((t) => Math.log({ a: 0.6, b: 0.3, c: 0.05 }[t] ?? 0)));
    const expectCloud = softmax(texts.map((t) => Math.log({ c: 0.7, a: 0.2, b: 0.05 }[t] ?? 0)));
    one.q.forEach((p, i) => expect(p).toBeCloseTo(expectLocal[i] ?? NaN, 12));
    zero.q.forEach((p, i) => expect(p).toBeCloseTo(expectCloud[i] ?? NaN, 12));
  });

  test('w = 0.5 lies between the two sides on the top candidate', () => {
    const one = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { forceW: 1 }).q;
    const zero = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { forceW: 0 }).q;
    const half = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { forceW: 0.5 }).q;
    expect(half[0]).toBeLessThan(one[0] ?? 0);
    expect(half[0]).toBeGreaterThan(zero[0] ?? 1);
  });

  test('temperature 0 puts all mass on the fused argmax', () => {
    const { q } = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { temperature: 0, forceW: 0.9 });
    expect(q).toEqual([1, 0, 0]);
  });
});

describe('default fusion weights', () => {
  const sure = { top: top({ x: 0.9, y: 0.05, z: 0.02 }) };
  const unsure = { top: top({ x: 0.3, y: 0.28, z: 0.25 }) };

  test.each([
    ['local sure, cloud unsure', sure, unsure, (w: number) => w > 0.8],
    ['local unsure, cloud sure', unsure, sure, (w: number) => w < 0.2],
    ['equally sure', sure, sure, (w: number) => w > 0.5 && w < 0.6],
  ])('%s', (_name, l, c, ok) => {
    const w = fusionWeight(DEFAULT_FUSION_WEIGHTS, stepFeatures(l, c));
    expect(ok(w), `w = ${w}`).toBe(true);
  });

  test('features are vocabulary-independent and bounded', () => {
    const f = stepFeatures(sure, unsure);
    expect(f).toHaveLength(8);
    for (const v of f) expect(v >= 0 && v <= 1).toBe(true);
    // Renaming every token changes nothing.
    const renamed = (s: SideTopK) => ({ top: s.top.map((c) => ({ ...c, text: c.text.toUpperCase() })) });
    expect(stepFeatures(renamed(sure), renamed(unsure))).toEqual(f);
  });
});
