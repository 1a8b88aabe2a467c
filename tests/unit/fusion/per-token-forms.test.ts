import fc from 'fast-check';
import { alignTopK, floorFor } from '../../../lib/fusion/align';
import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { stepFeatures } from '../../../lib/fusion/features';
import { fuseStep } from '../../../lib/fusion/fuse';
import { entropy, logSumExp, softmax } from '../../../lib/fusion/logmath';
import { forward, fusionWeight } from '../../../lib/fusion/mlp';
import type {
  AlignedEntry,
  AlignedSupport,
  FusionWeights,
  SideTopK,
  TokenCandidate,
  TopK,
} from '../../../lib/fusion/types';

// fuseStep runs at every token, so its steps were rewritten as loops without intermediate arrays.
// Here they are as they were written before; the loops must give the very same numbers (Object.is,
// so even the sign of a zero), or a fused draft could change.

function keyOf(c: TokenCandidate, byId: boolean): string {
  return byId ? `id:${String(c.id)}` : `text:${c.text}`;
}

function mergeBefore(top: TopK, byId: boolean): Map<string, TokenCandidate> {
  const grouped = new Map<string, TokenCandidate[]>();
  for (const c of top) {
    const key = keyOf(c, byId);
    grouped.set(key, [...(grouped.get(key) ?? []), c]);
  }
  const merged = new Map<string, TokenCandidate>();
  for (const [key, group] of grouped) {
    const first = group[0];
    if (!first) continue;
    merged.set(key, { ...first, logprob: logSumExp(group.map((c) => c.logprob)) });
  }
  return merged;
}

function alignBefore(local: SideTopK, cloud: SideTopK): AlignedSupport {
  const byId =
    local.tokenizer !== undefined &&
    local.tokenizer === cloud.tokenizer &&
    local.top.every((c) => c.id !== undefined) &&
    cloud.top.every((c) => c.id !== undefined);
  const localFloor = floorFor(local.top);
  const cloudFloor = floorFor(cloud.top);
  const fromLocal = mergeBefore(local.top, byId);
  const fromCloud = mergeBefore(cloud.top, byId);
  const entries: AlignedEntry[] = [];
  for (const [key, c] of fromLocal) {
    const other = fromCloud.get(key);
    entries.push({
      key,
      text: c.text,
      ...(c.id === undefined ? {} : { id: c.id }),
      local: c.logprob,
      cloud: other?.logprob ?? cloudFloor,
      inLocal: true,
      inCloud: other !== undefined,
    });
  }
  for (const [key, c] of fromCloud) {
    if (fromLocal.has(key)) continue;
    entries.push({
      key,
      text: c.text,
      ...(c.id === undefined ? {} : { id: c.id }),
      local: localFloor,
      cloud: c.logprob,
      inLocal: false,
      inCloud: true,
    });
  }
  return { entries, matchedBy: byId ? 'id' : 'text', localFloor, cloudFloor };
}

function normalisedEntropyBefore(top: TopK): number {
  if (top.length < 2) return top.length === 0 ? 1 : 0;
  return entropy(softmax(top.map((c) => c.logprob))) / Math.log(top.length);
}

function fusedLogitsBefore(support: AlignedSupport, w: number): number[] {
  const local = support.entries.map((e) => e.local);
  const cloud = support.entries.map((e) => e.cloud);
  return local.map((l, i) => w * l + (1 - w) * (cloud[i] ?? l));
}

/** Bit-for-bit equal, NaN and the sign of zero included. */
function same(a: unknown, b: unknown): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (!Object.is(a, b)) expect.fail(`${a} is not ${b}`);
    return;
  }
  expect(a).toStrictEqual(b);
}

const logprob = fc.oneof(
  fc.double({ min: -30, max: 0, noNaN: true }),
  fc.constantFrom(0, -0, -Infinity, -1e-300, Math.log(0.5)),
);
// Few texts and ids, so keys repeat within a side and are shared across the sides.
const candidate = fc.record(
  { text: fc.constantFrom(' the', ' a', 'x', ' Mar', 'é'), logprob, id: fc.integer({ min: 0, max: 4 }) },
  { requiredKeys: ['text', 'logprob'] },
);
const side = fc.record(
  {
    top: fc.array(candidate, { maxLength: 7 }).map((top) => [...top].sort((a, b) => b.logprob - a.logprob)),
    tokenizer: fc.constantFrom('qwen', 'llama'),
  },
  { requiredKeys: ['top'] },
);

describe('fusion per token, loop forms', () => {
  it('alignTopK gives the support it gave with grouped arrays and spread objects', () => {
    fc.assert(
      fc.property(side, side, (local, cloud) => {
        const after = alignTopK(local, cloud);
        const before = alignBefore(local, cloud);
        expect(after.matchedBy).toBe(before.matchedBy);
        same(after.localFloor, before.localFloor);
        same(after.cloudFloor, before.cloudFloor);
        expect(after.entries.map((e) => Object.keys(e))).toEqual(before.entries.map((e) => Object.keys(e)));
        after.entries.forEach((e, i) => {
          const b = before.entries[i];
          same(e.local, b?.local);
          same(e.cloud, b?.cloud);
          expect({ ...e, local: 0, cloud: 0 }).toStrictEqual({ ...b, local: 0, cloud: 0 });
        });
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('stepFeatures, fusionWeight and the fused logits give the same numbers', () => {
    fc.assert(
      fc.property(side, side, fc.double({ min: 0, max: 1, noNaN: true }), (local, cloud, w) => {
        const support = alignBefore(local, cloud);
        const features = stepFeatures(local, cloud, support);
        same(features[0], normalisedEntropyBefore(local.top));
        same(features[1], normalisedEntropyBefore(cloud.top));
        same(fusionWeight(DEFAULT_FUSION_WEIGHTS, features), forward(DEFAULT_FUSION_WEIGHTS, features).w);
        const fused = fuseStep(local, cloud, DEFAULT_FUSION_WEIGHTS, { forceW: w });
        fusedLogitsBefore(support, w).forEach((l, i) => same(fused.logits[i], l));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('fusionWeight equals the forward pass for any weights and features', () => {
    const weights = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }))
      .chain(([hidden, inputs]) =>
        fc.record({
          w1: fc.array(
            fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: inputs, maxLength: inputs }),
            {
              minLength: hidden,
              maxLength: hidden,
            },
          ),
          b1: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: hidden, maxLength: hidden }),
          w2: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: hidden, maxLength: hidden }),
          b2: fc.double({ min: -5, max: 5, noNaN: true }),
          x: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: inputs, maxLength: inputs }),
        }),
      );
    fc.assert(
      fc.property(weights, ({ x, ...rest }) => {
        const w: FusionWeights = { version: 1, features: [], ...rest };
        same(fusionWeight(w, x), forward(w, x).w);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});
