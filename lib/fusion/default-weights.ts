import raw from '../../models/fusion.json';
import { parseFusionWeights } from './weights';
import type { FusionWeights } from './types';

/** The shipped weights (models/fusion.json), validated once when first imported. */
export const DEFAULT_FUSION_WEIGHTS: FusionWeights = parseFusionWeights(raw);
