import fc from 'fast-check';
import { tokenize, tokensOf } from '../../../lib/privacy/normalize';

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
          expect(tokensOf(text)).toEqual(tokenize(text));
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('starts over on a text that does not extend the last', () => {
    tokensOf('Martin Reynolds wrote');
    expect(tokensOf('Anna wrote')).toEqual(tokenize('Anna wrote'));
  });
});
