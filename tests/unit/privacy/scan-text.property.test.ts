import fc from 'fast-check';
import { scanTextFull, scanTextOf } from '../../../lib/privacy/evasion';

/**
 * scanTextOf reads a text by its non-ASCII characters only, and falls back to the character-by-
 * character pass where look-alike folding may apply: both must give the same scan text, offsets and
 * identity for any text.
 */
const pieces = [
  ...'aZ9 .,-@\t\n',
  '\x00',
  '\x0b',
  '\x7f',
  'Martin',
  '’',
  '—',
  'é',
  'e\u0301',
  '8\u20e3',
  ' \u0301',
  '\u0301',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\ufeff',
  '\ufe0f',
  '\u034f',
  '\u3164',
  '\u{e0041}',
  '\u00a0',
  '\u2028',
  '\u3000',
  '٣',
  '０',
  '𝟙',
  'ﬁ',
  'Ａ',
  '𝐀',
  '①',
  '™',
  'а',
  'о',
  'Р',
  'ο',
  'Ω',
  '𝚨',
  'ж',
  '日本',
  'ให้',
  '😀',
  // An astral Latin letter (Latin Extended-G) before a mark: the mark goes, as after any Latin letter.
  '\u{1df00}',
  '\u{1df00}\u0301',
  '\ud800',
  '\udc00',
];

describe('scanTextOf', () => {
  it('gives what the character-by-character pass gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(scanTextOf(text)).toEqual(scanTextFull(text));
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });

  it('gives it for texts without look-alike letters too (the fast path)', () => {
    const plain = pieces.filter((p) => !/[\p{Script=Cyrillic}\p{Script=Greek}]|𝚨/u.test(p));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(scanTextOf(text)).toEqual(scanTextFull(text));
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });
});
