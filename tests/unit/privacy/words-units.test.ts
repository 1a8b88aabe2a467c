import fc from 'fast-check';
import { COMMON_WORDS } from '../../../lib/privacy/data/common-words';
import { WELL_KNOWN } from '../../../lib/privacy/data/well-known';
import { isCommonWord, isOrdinary, isWellKnown, stems } from '../../../lib/privacy/words';

// answersOf answers a word holding a unit neither list holds without its stems (words.ts): what the
// stems and the two sets answer, for any word.
const common = new Set(COMMON_WORDS.split(' '));
const wellKnown = new Set(WELL_KNOWN.split(' '));
const byStems = (lower: string) => ({
  common: stems(lower).some((stem) => common.has(stem)),
  wellKnown: wellKnown.has(lower) || (lower.endsWith('s') && wellKnown.has(lower.slice(0, -1))),
});

// Listed words, with endings, and with a letter outside ASCII, a digit or a Cyrillic look-alike put in.
const listed = [...COMMON_WORDS.split(' ').slice(0, 400), ...WELL_KNOWN.split(' ').slice(0, 200)];
const word = fc
  .tuple(
    fc.constantFrom(...listed),
    fc.constantFrom('', 's', 'es', 'ies', 'ed', 'ing', 'ly', 'ily', 'ss', 'd', 'g', 'y'),
    fc.constantFrom('', 'é', 'ж', '7', 'ı', '北', '\u0301'),
    fc.nat(),
    // Without its last letter, so that "hop" + "ing" asks for "hope" and "happ" + "ily" for "happy".
    fc.boolean(),
  )
  .map(([base, ending, unit, at, cut]) => {
    const w = (cut ? base.slice(0, -1) : base) + ending;
    const k = at % (w.length + 1);
    return w.slice(0, k) + unit + w.slice(k);
  });

describe('common and well-known words', () => {
  it('answer what their stems and the lists answer, units outside the lists or not', () => {
    fc.assert(
      fc.property(word, (lower) => {
        const expected = byStems(lower);
        expect(isCommonWord(lower)).toBe(expected.common);
        expect(isWellKnown(lower)).toBe(expected.wellKnown);
        expect(isOrdinary(lower)).toBe(expected.common || expected.wellKnown);
      }),
      { numRuns: 6000, seed: 20261130 },
    );
  });

  it('read "es" as an ending after a sibilant or an "o" only', () => {
    for (const word of ['boxes', 'churches', 'wishes', 'buses', 'goes', 'taxes', 'gates', 'lines'])
      expect(isCommonWord(word)).toBe(true);
    for (const name of ['james', 'hayes', 'barnes', 'ines']) expect(isCommonWord(name)).toBe(false);
    expect(stems('james')).toEqual(['james', 'jame']);
  });

  it('say a word holding a unit the lists do not hold is neither', () => {
    expect(isOrdinary('house')).toBe(true);
    expect(isOrdinary('hous\u0435')).toBe(false); // a Cyrillic "е"
    expect(isOrdinary('\u043f\u0440\u0438\u0432\u0435\u0442')).toBe(false);
  });
});
