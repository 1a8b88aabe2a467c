import { buildIndex, matchKnown } from '../known-index';
import type { KnownIndex } from '../types';
import { tokensOf } from '../normalize';
import type { Detector, Finding } from '../types';

// Logit mode redacts the text so far at every token with the same policy: index its selection once.
const indexes = new WeakMap<readonly string[], KnownIndex>();
function indexOf(extra: readonly string[]): KnownIndex {
  let index = indexes.get(extra);
  if (!index) {
    index = buildIndex(extra.map((value) => ({ value, kind: 'PRIVATE', source: 'your selection' })));
    indexes.set(extra, index);
  }
  return index;
}

/** Words the user selected in the review panel: withheld everywhere in the text, before anything else. */
export const userSelectionDetector: Detector = {
  id: 'user-selection',
  role: 'user',
  detect: (text, _prepared, policy): Finding[] => {
    if (policy.extra.length === 0) return [];
    return matchKnown(tokensOf(text), indexOf(policy.extra));
  },
};
