import { matchForms } from '../forms';
import type { Detector } from '../types';

/**
 * The user's own numbers and amounts, dates, phone numbers, e-mail addresses and codes in whatever
 * form they are typed ("84.5k" for "$84,500", "3/3" for "March 3"), each kind compared in its
 * normal form (lib/privacy/forms). Ranks just above a word-by-word match of the same text, because
 * it knows what the value is: "$84,500" is one [MONEY_1], never "$84,[NUMBER_1]".
 */
export const knownFormsDetector: Detector = {
  id: 'known-forms',
  role: 'known',
  rankInRole: 0.5,
  detect: (text, prepared) => matchForms(text, prepared.forms),
};
