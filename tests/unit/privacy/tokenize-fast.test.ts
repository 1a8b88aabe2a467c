import fc from 'fast-check';
import { WORD_EDGE_PIECES as PIECES } from './word-pieces';
import { fold, tokenize, type Token } from '../../../lib/privacy/normalize';

// tokenize() as it was before ASCII was read from char codes: every word from the Unicode regex.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const SCRIPT_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー\p{N}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;
function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (word: string, index: number) => {
    const raw = word.length > 2 && /['’][sS]$/.test(word) ? word.slice(0, -2) : word;
    const norm = fold(raw).replace(/['’]/g, '');
    tokens.push({ start: index, end: index + raw.length, raw, norm });
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (/^[\x20-\x7e]*$/.test(word)) push(word, match.index);
    else for (const run of word.matchAll(SCRIPT_RUN)) push(run[0], match.index + run.index);
  }
  return tokens;
}

describe('tokenize', () => {
  // The pieces recur from run to run, so words outside ASCII are also given from tokenize's kept
  // tokens (pushWord): a kept token given for other characters fails here.
  it('gives what the Unicode regex gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 5000, seed: 14 },
    );
  });

  it('gives what the Unicode regex gives on short mixes of case, digits and apostrophes', () => {
    const char = fc.constantFrom(..."aqZB09's S’é \u0301-".split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 5000, seed: 14 },
    );
  });

  // The offset buffers are made to hold a word per character before a text is scanned, and written
  // with no bound check: texts where every character is a word (a Thai letter and a Latin one in
  // turn are cut apart) or every other one, longer than the buffers were, and a short one after.
  it('gives every word of texts as dense as can be, longer than any before', () => {
    for (const text of [
      'ไa'.repeat(3000),
      'a '.repeat(9000),
      'ไa'.repeat(20000),
      '1ไ'.repeat(40000),
      'x y',
      'ไa'.repeat(5),
    ]) {
      const tokens = tokenize(text);
      expect(tokens).toEqual(referenceTokenize(text));
    }
  });

  it('gives what the Unicode regex gives on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
        (text) => {
          expect(tokenize(text)).toEqual(referenceTokenize(text));
        },
      ),
      { numRuns: 3000, seed: 14 },
    );
  });
});
