/**
 * Loads fusion weights from JSON (models/fusion.json or a trainer's output) and refuses anything that
 * does not fit the current feature list, so an old file can never be silently misread.
 */
import { FEATURE_NAMES } from './features';
import type { FusionWeights } from './types';
import { isRecord } from '../guards';

export class FusionWeightsError extends Error {
  override name = 'FusionWeightsError';
}

function numbers(value: unknown, length: number, where: string): number[] {
  if (!Array.isArray(value) || value.length !== length)
    throw new FusionWeightsError(`${where} must be an array of ${length} numbers.`);
  return value.map((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new FusionWeightsError(`${where}[${i}] must be a finite number.`);
    return v;
  });
}

export function parseFusionWeights(value: unknown): FusionWeights {
  if (!isRecord(value)) throw new FusionWeightsError('Fusion weights must be a JSON object.');
  if (value.version !== 1) throw new FusionWeightsError('Fusion weights: unsupported version.');
  const features = value.features;
  if (
    !Array.isArray(features) ||
    features.length !== FEATURE_NAMES.length ||
    features.some((f, i) => f !== FEATURE_NAMES[i])
  )
    throw new FusionWeightsError(`Fusion weights: features must be ${FEATURE_NAMES.join(', ')}.`);
  const w1Raw = value.w1;
  if (!Array.isArray(w1Raw) || w1Raw.length === 0)
    throw new FusionWeightsError('Fusion weights: w1 must be a non-empty array of rows.');
  const hidden = w1Raw.length;
  const w1 = w1Raw.map((row, j) => numbers(row, FEATURE_NAMES.length, `w1[${j}]`));
  const b2 = value.b2;
  if (typeof b2 !== 'number' || !Number.isFinite(b2))
    throw new FusionWeightsError('Fusion weights: b2 must be a finite number.');
  return {
    version: 1,
    features: [...FEATURE_NAMES],
    w1,
    b1: numbers(value.b1, hidden, 'b1'),
    w2: numbers(value.w2, hidden, 'w2'),
    b2,
  };
}
