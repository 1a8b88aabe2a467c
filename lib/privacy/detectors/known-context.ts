import { joinParts, matchKnown, matchPhones } from '../known-index';
import { tokensOf } from '../normalize';
import { matchSpaceless } from '../spaceless';
import type { Detector } from '../types';

/**
 * Every value of the user's context and its salient parts (prepare.ts), word by word, so case,
 * diacritics, spacing and punctuation do not matter; phone numbers compared on digits; values in
 * scripts without spaces looked for inside runs of characters.
 */
export const knownContextDetector: Detector = {
  id: 'known-context',
  role: 'known',
  detect: (text, prepared) => [
    ...joinParts(text, matchKnown(tokensOf(text), prepared.index)),
    ...matchPhones(text, prepared.index),
    ...matchSpaceless(text, prepared.index.spaceless),
  ],
};
