import fc from 'fast-check';
import { EMPTY_POLICY, preparePrivacy, redact } from '../../../lib/privacy';
import { checkOutbound } from '../../../lib/privacy/check-outbound';
import { maskPlaceholders } from '../../../lib/privacy/mask-placeholders';
import { tokenColumns, tokenList, tokensOf } from '../../../lib/privacy/normalize';
import { noteDifferences } from '../../../lib/privacy/known-differences';
import { alignedTokens } from '../../../lib/privacy/token-align';
import { contextOf } from './helpers';
import { WORD_EDGE_PIECES } from './word-pieces';

// The tokenizer's edge pieces, and what the scan reads as another character one for one.
const PIECES = [...WORD_EDGE_PIECES, ',', '\n', 'nº', 'Pοrt', 'Αmara'];
// Single code units to write over a text's: separators, letters, digits, apostrophes, and the
// characters the scan swaps (a no-break space, º, a Greek ο and Α), an accent and a surrogate's half.
const UNITS = [
  ' ',
  ',',
  '\n',
  'a',
  'Z',
  '7',
  "'",
  '’',
  '\u00a0',
  'º',
  'ο',
  'Α',
  'é',
  '\u0301',
  '\ud835',
  '北',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((p) => p.join(''));

// Words around the generated part, so that a few changes are a small share of the text (as on a letter).
const PAD = 'and so on, '.repeat(12);

/** A text and the same text with some of the generated part's code units written over by others. */
const changed = text.chain((core) =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...UNITS)), { minLength: 1, maxLength: 6 }).map((writes) => {
    const units = core.split('');
    for (const [at, unit] of writes) units[at % units.length] = unit;
    return [PAD + core + PAD, PAD + units.join('') + PAD] as const;
  }),
);

describe('alignedTokens', () => {
  it('gives what tokenColumns gives the changed text, or nothing', () => {
    let built = 0;
    fc.assert(
      fc.property(changed, ([base, target]) => {
        const aligned = alignedTokens(target, base, tokenColumns(base));
        if (aligned) {
          built++;
          expect(tokenList(aligned)).toEqual(tokenList(tokenColumns(target)));
        }
      }),
      { numRuns: 3000, seed: 20261130 },
    );
    // Most changed texts are built from their base's words (the bound is a quarter of the text; the
    // rest are writes that changed nothing).
    expect(built).toBeGreaterThan(2000);
  });

  it('finds a change wherever it falls in a long text, at a block’s edge too', () => {
    // A long text of pieces, and changes at random places or next to a multiple of 256 (the blocks
    // token-align.ts compares whole).
    const long = fc
      .array(fc.constantFrom(...PIECES, ' ', ', '), { minLength: 300, maxLength: 500 })
      .map((pieces) => pieces.join(''));
    const place = fc.oneof(
      fc.nat(),
      fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: -2, max: 2 })).map(([k, d]) => 256 * k + d),
    );
    fc.assert(
      fc.property(
        long,
        fc.array(fc.tuple(place, fc.constantFrom(...UNITS)), { minLength: 1, maxLength: 4 }),
        (base, writes) => {
          const units = base.split('');
          for (const [at, unit] of writes) units[at % units.length] = unit;
          const target = units.join('');
          const aligned = alignedTokens(target, base, tokenColumns(base));
          if (aligned) expect(tokenList(aligned)).toEqual(tokenList(tokenColumns(target)));
        },
      ),
      { numRuns: 1000, seed: 20261130 },
    );
  });

  it('reads only the places it is told the texts differ at, and gives the same', () => {
    fc.assert(
      fc.property(changed, fc.array(fc.nat()), ([base, target], extra) => {
        // Where the two differ, and some places where they agree: told as one ascending list.
        const differ = [...target].flatMap((_, i) =>
          target.charCodeAt(i) !== base.charCodeAt(i) ? [i] : [],
        );
        const places = [...new Set([...differ, ...extra.map((n) => n % target.length)])].sort(
          (a, b) => a - b,
        );
        noteDifferences(target, base, places);
        const aligned = alignedTokens(target, base, tokenColumns(base));
        if (aligned) expect(tokenList(aligned)).toEqual(tokenList(tokenColumns(target)));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('scans again as many stretches as a text has changes', () => {
    // 600 changed words, each a stretch of its own: more than the buffers start with.
    const base = 'word '.repeat(3000);
    const target = base.replace(/word (word )(word )(word )(word )/g, 'wοrd $1$2$3$4');
    const aligned = alignedTokens(target, base, tokenColumns(base));
    if (!aligned) throw new Error('not built from the base');
    expect(tokenList(aligned)).toEqual(tokenList(tokenColumns(target)));
  });

  it('builds nothing for texts of other lengths, the same text, or one mostly changed', () => {
    const base = 'Dear Amara, the invoice 4471 is paid.';
    const tokens = tokenColumns(base);
    expect(alignedTokens(`${base} `, base, tokens)).toBeUndefined();
    expect(alignedTokens(base, base, tokens)).toBeUndefined();
    expect(alignedTokens('x'.repeat(base.length), base, tokens)).toBeUndefined();
  });

  it('keeps the words away from the changes as they were', () => {
    const base = `${'word, '.repeat(200)}Pοrt Eastleigh nº 4`;
    const target = base.replace('ο', 'o').replace('º', 'o');
    const aligned = alignedTokens(target, base, tokenColumns(base));
    if (!aligned) throw new Error('not built from the base');
    expect(tokenList(aligned)).toEqual(tokenList(tokenColumns(target)));
  });
});

describe('the review after the guard', () => {
  // A letter's values and glue: the scan reads a Greek ο, an º and a no-break space as Latin one for
  // one, so the guard's text and the review's differ only there.
  const prepared = preparePrivacy(contextOf({ name: 'Amara Okafor', city: 'Eastleigh' }));
  const job = fc
    .array(
      fc.constantFrom(
        'Amara Okafor',
        'Eastleigh',
        'Eastlειgh',
        ' ',
        ', ',
        'Pοrt ',
        'nº 4',
        '\u00a0',
        '’s',
        '\n',
      ),
      { minLength: 1, maxLength: 30 },
    )
    .map((pieces) => pieces.join(''));

  it('reads the outbound text’s own words', () => {
    fc.assert(
      fc.property(job, (text) => {
        const result = redact(text, prepared, EMPTY_POLICY, {});
        checkOutbound(result.outbound, prepared, EMPTY_POLICY, result.vault);
        const masked = maskPlaceholders(result.outbound);
        expect(tokenList(tokensOf(masked))).toEqual(tokenList(tokenColumns(masked)));
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});
