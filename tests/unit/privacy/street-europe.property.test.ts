import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { europeanStreets } from '../../../lib/privacy/street-europe';
import { EUROPEAN_STREETS } from '../../../lib/privacy/street-europe-shapes';

// Pieces that make each shape match often, and the near misses around its candidates: types glued,
// after a hyphen or spaces, in the wrong case; small words; "n.º", "bis", commas, hyphens,
// apostrophes, other lines, letters outside ASCII and the BMP, numbers too long or glued to a letter.
const PIECES = [
  'Linden',
  'Çelik',
  'Østre',
  'mayor',
  'Karl-Marx-',
  'straße',
  'str.',
  'gade',
  'Bri',
  'Straße',
  ' Allee',
  '-Platz',
  'Calle ',
  'calle',
  'Via ',
  'C/ ',
  'ul.',
  'della ',
  "dell'",
  'de los ',
  'Spiga',
  "D'Orso",
  ', ',
  ',',
  ' ',
  '  ',
  '\u00a0',
  '\u2028',
  '\n',
  'n.º ',
  'nº',
  'n o',
  '5',
  '12',
  '120-122',
  '1024',
  '12345',
  'a',
  ' B',
  ' bis',
  'ter',
  'rue ',
  ' rue du Bac',
  'Avenue',
  'place ',
  'de la ',
  "l'",
  'Paix',
  '75002 Paris',
  '1012 AB',
  ' Amsterdam',
  '00-950',
  '114 55',
  'x',
  '𝐀',
  '𝟏',
  '٣',
  '.',
  '-',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));
const shape = (m: RegExpExecArray) => [m.index, m[0]];

describe('continental street addresses, tried only around house numbers', () => {
  it('finds what each shape finds run over the whole text', () => {
    const matched = new Set<number>();
    fc.assert(
      fc.property(text, (t) => {
        const fast = europeanStreets(t);
        EUROPEAN_STREETS.forEach((re, k) => {
          const slow = [...t.matchAll(re)];
          if (slow.length > 0) matched.add(k);
          expect((fast[k] ?? []).map(shape)).toEqual(slow.map(shape));
        });
      }),
      { numRuns: 6000, seed: 9 },
    );
    // The texts reach every shape: a comparison that never saw one match would say nothing of it.
    expect([...matched].sort()).toEqual([0, 1, 2]);
  });

  it('finds a type-first address far from its type, within reach, and with a numero glued to its number', () => {
    const name = 'Vittorio Emanuele Secondo Filiberto';
    for (const t of [
      `Via ${name} 10`,
      `Corso   della   ${name}, n.º 7`,
      `Rua do ${'A'.repeat(30)} 3`,
      // A numero glued to the number, each way the pattern allows.
      'Calle Mayor, n o5',
      'Calle Mayor nº.5',
      'Calle Mayor no5',
    ]) {
      expect(europeanStreets(t)[1]?.map(shape)).toEqual(
        [...t.matchAll(EUROPEAN_STREETS[1] as RegExp)].map(shape),
      );
      expect(europeanStreets(t)[1]).toHaveLength(1);
    }
  });
});
