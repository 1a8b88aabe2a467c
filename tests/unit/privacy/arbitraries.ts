import fc from 'fast-check';
import { isCommonWord } from '../../../lib/privacy/words';

// Invented name-like words: syllables, so they read as names and are rarely dictionary words.
const syllable = fc.constantFrom(
  'ka',
  'lo',
  'mir',
  'tan',
  'vel',
  'dro',
  'shi',
  'quen',
  'bar',
  'zu',
  'ne',
  'lis',
);

/**
 * A fact's ordinary words are not private (only its salient parts are), so generated words that
 * happen to be English ("lone", "taken") are left out: the properties are about values a person would
 * call private.
 */
export const inventedWord = fc
  .array(syllable, { minLength: 2, maxLength: 4 })
  .map((s) => s.join(''))
  .filter((w) => !isCommonWord(w));
