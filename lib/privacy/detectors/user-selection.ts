import type { Detector } from '../types';
import { knownValueSpans } from './known-context';

/** Words the user selected in the review panel: withheld everywhere in the text. */
export const userSelectionDetector: Detector = {
  id: 'user-selection',
  detect: (text, _prepared, policy) =>
    knownValueSpans(
      text,
      policy.extra.map((value) => ({ value, kind: 'PRIVATE' as const, source: 'your selection' })),
      { released: [], extra: [] },
      3,
    ),
};
