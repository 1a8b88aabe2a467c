import type { DraftMode } from '../settings/modes';
import { localOnlyVariant } from './local-only';
import { logitVariant } from './logit';
import { redactedCloudVariant } from './redacted-cloud';
import { sketchVariant } from './sketch';
import type { Variant } from './types';

/** One variant per non-off mode, registered here (STYLE 8); the type makes the list complete. */
export const VARIANTS: { readonly [M in DraftMode]: Variant } = {
  sketch: sketchVariant,
  logit: logitVariant,
  'local-only': localOnlyVariant,
  'redacted-cloud': redactedCloudVariant,
};
