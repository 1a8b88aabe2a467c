import fc from 'fast-check';
import { EMPTY_POLICY, preparePrivacy } from '../../../lib/privacy';
import { detectSpans, releaseKey } from '../../../lib/privacy/detect';
import { tokenize } from '../../../lib/privacy/normalize';
import { keyHash, looseHash, rangeCover } from '../../../lib/privacy/release-filter';
import { contextOf } from './helpers';

/**
 * detect.ts compares a span's releaseKey with the released keys only when the span's loose hash is
 * one of theirs. Sound if every ASCII text's loose hash is the hash of its own key: then a span whose
 * key is released always passes the filter.
 */
describe('release filter', () => {
  it('gives an ASCII text the hash of its own release key', () => {
    const piece = fc.constantFrom(
      'a',
      'B',
      's',
      'S',
      "'s",
      "'S",
      "O'Brien",
      "don't",
      'Jo',
      '9',
      '42',
      ' ',
      '-',
      '.',
      ',',
      '_',
      "'",
      '\t',
      '\x00',
      'sss',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(looseHash(text)).toBe(keyHash(releaseKey(text)));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  it('leaves non-ASCII texts to the full comparison', () => {
    expect(looseHash('Zoë')).toBe(-1);
    expect(looseHash('Jo’s')).toBe(-1);
  });

  it('answers range cover as a pass over every range does', () => {
    const range = fc
      .tuple(fc.nat(50), fc.nat(20))
      .map(([start, length]): [number, number] => [start, start + length]);
    fc.assert(
      fc.property(fc.array(range, { maxLength: 15 }), fc.nat(60), fc.nat(15), (ranges, from, length) => {
        const to = from + length;
        expect(rangeCover(ranges)(from, to)).toBe(ranges.some(([start, end]) => from >= start && to <= end));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});

describe('detectSpans with released values', () => {
  // Values, their parts and near misses, in texts of ASCII and not: what is released must go, what is
  // not must stay, exactly as comparing every span's key and every released range did.
  const prepared = preparePrivacy(
    contextOf({ name: 'Martin Reynolds', employer: 'Brightwater Analytics', phone: '+1 704 555 0134' }, [
      'Dinner with Ilse Vandersloot at Kestrel Bay on 3 March',
    ]),
  );
  const piece = fc.constantFrom(
    'Martin',
    'Reynolds',
    "Reynolds's",
    'Brightwater',
    'Analytics',
    'Ilse',
    'Vandersloot',
    'Kestrel',
    'Bay',
    '704 555 0134',
    '3 March',
    'Zoë',
    'Martín',
    ' ',
    ', ',
    ' and ',
  );
  const releasedValue = fc.constantFrom(
    'Martin',
    'martin reynolds',
    'Brightwater Analytics',
    'Kestrel Bay',
    'Reynolds',
    '704 555 0134',
    'Zoë',
    'Martín',
    'Bay',
  );

  function reference(text: string, released: string[]) {
    const keys = new Set(released.map(releaseKey));
    const tokens = tokenize(text);
    const ranges: [number, number][] = [];
    for (const value of released) {
      const words = releaseKey(value).split(' ').filter(Boolean);
      for (let i = 0; i + words.length <= tokens.length; i++)
        if (words.length && words.every((w, j) => tokens[i + j]?.norm === w))
          ranges.push([tokens[i]?.start ?? 0, tokens[i + words.length - 1]?.end ?? 0]);
    }
    return detectSpans(text, prepared, EMPTY_POLICY).filter(
      (s) =>
        !(
          keys.has(releaseKey(text.slice(s.start, s.end))) ||
          ranges.some(([a, b]) => s.start >= a && s.end <= b)
        ),
    );
  }

  it('drops what comparing every span and range dropped', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }),
        fc.array(releasedValue, { maxLength: 3 }),
        (parts, released) => {
          // ASCII only: the scan text is the text, so the reference can read the spans' text directly.
          const text = parts
            .join('')
            .normalize('NFKD')
            .replace(/[^\x20-\x7e]/g, '');
          expect(detectSpans(text, prepared, { released, extra: [] })).toEqual(reference(text, released));
        },
      ),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
