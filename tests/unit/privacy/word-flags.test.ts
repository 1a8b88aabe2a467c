import fc from 'fast-check';
import {
  ABBREVIATIONS,
  CONNECTORS,
  GREETINGS,
  LEGAL_FORM_ABBREVIATIONS,
  NAMING_CUES,
  ORG_WORDS,
  PLACE_WORDS,
  REPORTING_VERBS,
  SAINTS,
} from '../../../lib/privacy/lexicon';
import { listedFlagsOf, WordFlags, wordFlagsOf } from '../../../lib/privacy/word-flags';
import { nameKindOf, nameWords } from '../../../lib/privacy/words';

// What each flag stands for, asked of the lists themselves.
const cuesNext = new Set([...ABBREVIATIONS, 'to', 'is', ...GREETINGS, ...NAMING_CUES]);
const cuesPrevious = new Set([...REPORTING_VERBS, ...LEGAL_FORM_ABBREVIATIONS]);
const expected = (word: string) =>
  (cuesNext.has(word) ? WordFlags.CuesNext : 0) |
  (cuesPrevious.has(word) ? WordFlags.CuesPrevious : 0) |
  (nameKindOf(word) ? WordFlags.Named : 0) |
  (ORG_WORDS.has(word) ? WordFlags.Org : 0) |
  (PLACE_WORDS.has(word) ? WordFlags.Place : 0) |
  (CONNECTORS.has(word) ? WordFlags.Connector : 0) |
  (SAINTS.has(word) ? WordFlags.Saint : 0);
const allListed = [
  ...nameWords().keys(),
  ...cuesNext,
  ...cuesPrevious,
  ...ORG_WORDS,
  ...PLACE_WORDS,
  ...CONNECTORS,
  ...SAINTS,
];

describe('word flags', () => {
  it('flag every listed word, through the filter', () => {
    for (const word of allListed) expect(wordFlagsOf(word)).toBe(expected(word));
  });

  it('give what the lists give for any word: the filter rules out only unlisted words', () => {
    const letters = fc.constantFrom(...'abcdeilnorstuyzé北’'.split(''));
    const word = fc.oneof(
      fc.array(letters, { maxLength: 12 }).map((cs) => cs.join('')),
      fc.string({ maxLength: 10 }),
      // Listed words, changed a little: what gets past the filter's cheap bit most often.
      fc
        .tuple(fc.constantFrom(...allListed), fc.string({ maxLength: 2 }), fc.nat(3))
        .map(([w, extra, cut]) => (w + extra).slice(cut)),
    );
    fc.assert(
      fc.property(word, (w) => {
        expect(wordFlagsOf(w)).toBe(listedFlagsOf(w));
        expect(wordFlagsOf(w)).toBe(expected(w));
      }),
      { numRuns: 5000, seed: 14 },
    );
  });
});
