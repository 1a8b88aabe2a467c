import { matchKnown, matchPhones } from '../known-index';
import { tokensOf } from '../normalize';
import type { Detector } from '../types';

/**
 * Every value of the user's context and its salient parts (prepare.ts), word by word, so case,
 * diacritics, spacing and punctuation do not matter; phone numbers compared on digits.
 */
export const knownContextDetector: Detector = {
  id: 'known-context',
  role: 'known',
  detect: (text, prepared) => [
    ...matchKnown(tokensOf(text), prepared.index, 3),
    ...matchPhones(text, prepared.index, 3),
  ],
};
