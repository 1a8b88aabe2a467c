import fc from 'fast-check';
import { fold, foldWhole } from '../../../lib/privacy/fold';

// Characters whose fold is not themselves, or depends on their neighbours: accents composed and
// combining, compatibility forms (ligatures, full-width, circled, superscripts, ℃, ™), capital and
// final sigma and a lunate sigma that decomposes to Σ, dotted I, Greek and Cyrillic capitals,
// Hangul syllables, no-break and other spaces, currency, a letter outside the BMP and a lone
// surrogate, and ASCII letters of both cases.
const CHARS = [
  ...'aZ Ée\u0301ÅåøØßẞǅǄıİ',
  ...'ﬁﬀＡｚ①²℃™½',
  ...'ΣσςϹϲΆάΟΔ',
  ...'ДжЁё',
  ...'한글',
  ...'\u00a0\u2009\u202f€£–—’',
  '𝐀',
  '\ud835',
  ...'北京ให้',
  ...'\u0300\u0345\u20dd',
];

describe('fold', () => {
  it('gives what NFKD, dropping marks and lower-casing the whole text give', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 16 }), (chars) => {
        const text = chars.join('');
        expect(fold(text)).toBe(foldWhole(text));
      }),
      { numRuns: 5000, seed: 17 },
    );
  });
});
