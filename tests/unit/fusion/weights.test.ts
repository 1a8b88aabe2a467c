import { readFileSync } from 'node:fs';
import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { FEATURE_NAMES } from '../../../lib/fusion/features';
import { FusionWeightsError, parseFusionWeights } from '../../../lib/fusion/weights';

const shipped: unknown = JSON.parse(
  readFileSync(new URL('../../../models/fusion.json', import.meta.url), 'utf8'),
);

describe('fusion weights loader', () => {
  test('accepts models/fusion.json, whose features are the ones the code computes, in order', () => {
    expect(() => parseFusionWeights(shipped)).not.toThrow();
    expect((shipped as { features: unknown }).features).toEqual([...FEATURE_NAMES]);
  });

  const base = DEFAULT_FUSION_WEIGHTS;
  test.each([
    ['not an object', [], 'JSON object'],
    ['another version', { ...base, version: 2 }, 'version'],
    ['features in another order', { ...base, features: [...FEATURE_NAMES].reverse() }, 'features'],
    ['a short w1 row', { ...base, w1: [[1, 2]] }, 'w1[0]'],
    ['b1 not matching the hidden size', { ...base, b1: [0] }, 'b1'],
    ['a string weight', { ...base, w2: ['1', 0, 0, 0] }, 'w2[0]'],
    ['a non-finite b2', { ...base, b2: null }, 'b2'],
  ])('rejects %s', (_name, value, message) => {
    expect(() => parseFusionWeights(value)).toThrow(FusionWeightsError);
    expect(() => parseFusionWeights(value)).toThrow(message);
  });
});
