import fc from 'fast-check';
import { tokenize, tokenList, tokensOf } from '../../../lib/privacy/normalize';

// Pieces where a word could change when text is appended: apostrophes (don't, O'Brien, James'),
// possessives, digits, accents, spaceless scripts meeting Latin letters, punctuation.
const PIECES = [
  'don',
  "'",
  '’',
  't',
  's',
  'S',
  "O'Brien",
  'Ngọc',
  'ให้',
  'Thanakorn',
  '北京',
  '12',
  '月',
  'é',
  ' ',
  ', ',
  '.',
  '-',
  '\n',
  'ab',
];

describe('tokensOf on a growing text', () => {
  it('gives what tokenize gives the whole text, at every step', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), (pieces) => {
        let text = '';
        for (const piece of pieces) {
          text += piece;
          expect(tokenList(tokensOf(text))).toEqual(tokenize(text));
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('gives what tokenize gives when texts grow, shrink and change, sliced from one string', () => {
    const step = fc.oneof(
      fc
        .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
        .map((ps) => ({ add: ps.join('') })),
      fc.nat(8).map((cut) => ({ cut })),
      fc.constantFrom(...PIECES).map((edit) => ({ edit })),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        let text = '';
        for (const s of steps) {
          if ('add' in s) text += s.add;
          else if ('cut' in s) text = text.slice(0, Math.max(0, text.length - s.cut));
          else text = s.edit + text.slice(1);
          // A slice of a longer string, as a window of a draft is.
          const window = `${text}${'tail'}`.slice(0, text.length);
          expect(tokenList(tokensOf(window))).toEqual(tokenize(text));
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  // extendTokens keeps the words before the last space and scans the rest: the offset buffers must
  // hold both (a word per character of the tail), here past any size they had.
  it('gives every word of a dense text grown past the offset buffers', () => {
    let text = 'ไa'.repeat(2000);
    tokensOf(text);
    for (const tail of [' ' + 'ไa'.repeat(30000), 'ไa ไ'.repeat(9000), ' a']) {
      text += tail;
      expect(tokenList(tokensOf(text))).toEqual(tokenize(text));
    }
  });

  it('starts over on a text that does not extend the last', () => {
    tokensOf('Martin Reynolds wrote');
    expect(tokenList(tokensOf('Anna wrote'))).toEqual(tokenize('Anna wrote'));
  });
});
