import { buildIndex, matchKnown } from '../known-index';
import { tokensOf } from '../normalize';
import type { Detector, Span } from '../types';

/** Words the user selected in the review panel: withheld everywhere in the text, before anything else. */
export const userSelectionDetector: Detector = {
  id: 'user-selection',
  role: 'user',
  detect: (text, _prepared, policy): Span[] => {
    if (policy.extra.length === 0) return [];
    const index = buildIndex(
      policy.extra.map((value) => ({ value, kind: 'PRIVATE', source: 'your selection' })),
    );
    return matchKnown(tokensOf(text), index, 4);
  },
};
