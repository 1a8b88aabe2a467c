import fc from 'fast-check';
import { scanTextFull, scanTextOf, type ScanText } from '../../../lib/privacy/evasion';

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
  // Above U+3000, read from the code-unit table too: half-width kana (folded), a symbol holding letters
  // (kept), the long vowel mark, Hangul, the replacement character.
  '\uff76',
  '\u3231',
  '\u30fc',
  '\uac00',
  '\ufffd',
  'ให้',
  '😀',
  // An astral Latin letter (Latin Extended-G) before a mark: the mark goes, as after any Latin letter.
  '\u{1df00}',
  '\u{1df00}\u0301',
  '\ud800',
  '\udc00',
  // Whole words of a look-alike script, mixed ones, marks and removed characters inside them, numbers
  // glued to them, and Latin-script characters that are not letters (they still count for the text).
  'Дмитрий',
  'Ξανθή',
  'ΑΒΓ',
  'РОСТ',
  'К',
  'В12',
  '12',
  'Ο\u200bΡ',
  '\u0483',
  'р\u0301',
  '\u0482',
  'ǅ',
  'Ⅻ',
  'ª',
  '\u{1d6a8}\u{1d6a9}',
];

/**
 * `scan` is scanTextFull's result for `text`, and its changes, where it lists them, are where the two
 * texts differ: the text with each changed code point replaced by its piece is the scan text.
 */
function expectFull(scan: ScanText, text: string): void {
  const { changes, ...rest } = scan;
  expect(rest).toEqual(scanTextFull(text));
  if (!changes) return;
  let out = '';
  let from = 0;
  changes.at.forEach((at, k) => {
    out += text.slice(from, at) + changes.pieces[k];
    from = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  });
  expect(out + text.slice(from)).toBe(scan.text);
}

describe('scanTextOf', () => {
  it('gives what the character-by-character pass gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expectFull(scanTextOf(text), text);
      }),
      { numRuns: 20000, seed: 20261129 },
    );
  });

  it('gives it for short texts around look-alike words (where the text is not mostly Latin)', () => {
    const near = [
      '9',
      '\u200b',
      '\u00ad',
      'К',
      'Ξανθή',
      'a',
      '\u0301',
      ' ',
      'В12',
      'р\u0301',
      'ΑΒΓ',
      '\u0483',
      '𝚨',
      '😀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...near), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expectFull(scanTextOf(text), text);
      }),
      { numRuns: 20000, seed: 20261129 },
    );
  });

  it('gives it for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.string({ unit: 'grapheme', maxLength: 20 }),
        ),
        (text) => {
          expectFull(scanTextOf(text), text);
        },
      ),
      { numRuns: 5000, seed: 20261129 },
    );
  });

  it('gives it for texts without look-alike letters too (the fast path)', () => {
    const plain = pieces.filter((p) => !/[\p{Script=Cyrillic}\p{Script=Greek}]|𝚨/u.test(p));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expectFull(scanTextOf(text), text);
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });

  // A text whose every change is one unit for one gets views of one shared buffer of offsets, grown
  // for longer texts, and its own offsets from the cap on: each scan keeps what it was given.
  it('gives one-to-one offsets at every length, the shared buffer grown or not', () => {
    const lengths = [3, 40, 1000, 65_534, 65_535, 65_536, 70_000, 12];
    const texts = lengths.map((n, k) => `${'a\u00a0b\u2009'.repeat(n / 4 + 1)}${'x'.repeat(k)}`.slice(0, n));
    const scans = texts.map((text) => scanTextOf(text));
    texts.forEach((text, k) => {
      expect(scans[k]?.identity).toBe(false);
      expectFull(scans[k] as ScanText, text);
    });
  });
});
