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
  detect: (text, prepared) => {
    const words = joinParts(text, matchKnown(tokensOf(text), prepared.index));
    const phones = matchPhones(text, prepared.index);
    const spaceless = matchSpaceless(text, prepared.index.spaceless);
    // joinParts' array is this call's own: most texts add nothing to it, and then it is the answer.
    if (phones.length === 0 && spaceless.length === 0) return words;
    return [...words, ...phones, ...spaceless];
  },
};
