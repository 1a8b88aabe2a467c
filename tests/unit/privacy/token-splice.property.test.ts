import fc from 'fast-check';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redact } from '../../../lib/privacy';
import { maskPlaceholders } from '../../../lib/privacy/mask-placeholders';
import { scanTextOf } from '../../../lib/privacy/evasion';
import { tokenColumns, tokenize, tokenList, tokensOf, type Tokens } from '../../../lib/privacy/normalize';
import { nameLike } from '../../../lib/privacy/name-shape';
import { forgetRedacted } from '../../../lib/privacy/redaction-note';
import { splicedTokens } from '../../../lib/privacy/token-splice';
import { flagsOf } from '../../../lib/privacy/word-flags';
import { blanked, blankingsOf, noteBlanks } from './blanked-texts';
import { contextOf } from './helpers';
import { WORD_EDGE_PIECES } from './word-pieces';

// The tokenizer's edge pieces (word-pieces.ts), with the separators a redacted value sits between in a
// table or a log.
const PIECES = [...WORD_EDGE_PIECES, ',', '[', ']', '2026', '.\n'];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((p) => p.join(''));

// No outbound text the guard will see is noted (noteBlanks): every splice here is checked character by
// character.
const redacted = text.chain((base) => blankingsOf(base, 12));

describe('splicedTokens', () => {
  afterEach(forgetRedacted);

  it('gives what tokenColumns gives the redacted text', () => {
    fc.assert(
      fc.property(redacted, ([base, ranges, blanks]) => {
        const cache = new Map<string, Tokens>([[base, tokenColumns(base)]]);
        noteBlanks(base, ranges, blanks);
        const target = blanked(base, ranges, blanks);
        const spliced = splicedTokens(target, (t) => cache.get(t));
        if (ranges.length > 0) expect(spliced).toBeDefined();
        if (spliced) expect(tokenList(spliced)).toEqual(tokenList(tokenColumns(target)));
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('gives the flags of the words it carried, as asking each word gives them', () => {
    fc.assert(
      fc.property(redacted, fc.boolean(), ([base, ranges, blanks], flagsFirst) => {
        const baseTokens = tokenColumns(base);
        const cache = new Map<string, Tokens>([[base, baseTokens]]);
        noteBlanks(base, ranges, blanks);
        const target = blanked(base, ranges, blanks);
        // The base's flags asked first (as redact's name finder does), or some other text's: copied
        // only from the tokens the words were carried from.
        const asked = Array.from(flagsOf(flagsFirst ? baseTokens : tokenColumns('Other Words'), nameLike));
        const spliced = splicedTokens(target, (t) => cache.get(t));
        if (!spliced) return;
        const carried = Array.from(flagsOf(spliced, nameLike));
        expect(carried).toEqual(Array.from(flagsOf(tokenColumns(target), nameLike)));
        // The earlier answer, read after the next call, is what it was (two buffers in turn).
        if (flagsFirst) expect(asked).toEqual(Array.from(flagsOf(tokenColumns(base), nameLike)));
      }),
      { numRuns: 2000, seed: 17 },
    );
  });

  it('builds nothing for a text that is not the noted one blanked, and never other tokens', () => {
    fc.assert(
      fc.property(redacted, fc.nat(), fc.constantFrom(...PIECES), ([base, ranges, blanks], at, piece) => {
        const cache = new Map<string, Tokens>([[base, tokenColumns(base)]]);
        noteBlanks(base, ranges, blanks);
        const target = blanked(base, ranges, blanks);
        // One piece written over the text at some place, keeping its length where it can.
        const where = at % (target.length + 1);
        const edited = (target.slice(0, where) + piece + target.slice(where + piece.length)).slice(
          0,
          Math.max(target.length, where + piece.length),
        );
        const spliced = splicedTokens(edited, (t) => cache.get(t));
        if (spliced) expect(tokenList(spliced)).toEqual(tokenList(tokenColumns(edited)));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('builds nothing without the noted text’s tokens, or after the note is dropped', () => {
    const base = 'Pay Amara Okafor 120 EUR, ref 4471.';
    noteBlanks(base, [[4, 16]], [10]);
    const target = blanked(base, [[4, 16]], [10]);
    expect(splicedTokens(target, () => undefined)).toBeUndefined();
    const cache = new Map<string, Tokens>([[base, tokenColumns(base)]]);
    expect(tokenList(splicedTokens(target, (t) => cache.get(t)) as Tokens)).toEqual(
      tokenList(tokenColumns(target)),
    );
    forgetRedacted();
    expect(splicedTokens(target, (t) => cache.get(t))).toBeUndefined();
  });
});

// Redact, then guard, as a job does: the guard's words come from the redacted text's where it can
// (noteMasked says when no comparison is needed). Whatever the guard is given as issued placeholders,
// its words must be the masked text's own.
const VALUES = [
  'Amara Okafor',
  'amara.okafor@example.org',
  '+44 20 7946 0958',
  '4111 1111 1111 1111',
  'GB82 WEST 1234 5698 7654 32',
  'Eastleigh',
  // Read as Amara and Eastleigh: a Cyrillic А, a Greek ο (the scan folds them one for one).
  'Аmara Okafor',
  'Eastlειgh',
  '[PERSON_1]',
  '[Person_2]',
  '[EMAIL_9]',
];
// With characters the scan reads as others one for one (a no-break space, º, a Greek ο next to Latin
// letters), and one it drops (a zero-width space: the scan's offsets are no longer the text's).
const GLUE = [
  ...[' ', ', ', ',', "'s ", 'x', '-', '.', '\n', 'Dear ', ' and ', '2026', '’', 'é', ' at '],
  ...['\u00a0', 'nº ', 'Pοrt ', '\u200b'],
];
const job = fc
  .array(fc.oneof(fc.constantFrom(...VALUES), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 30 })
  .map((pieces) => pieces.join(''));
const prepared = preparePrivacy(contextOf({ name: 'Amara Okafor', city: 'Eastleigh' }));

describe('the guard after redact', () => {
  it('reads the masked text’s own words, whatever it is told was issued', () => {
    fc.assert(
      fc.property(
        job,
        fc.boolean(),
        fc.constantFrom('vault', 'none', 'empty', 'swapped'),
        (text, withVault, given) => {
          // With a vault (even empty) redact masks only its placeholders: a typed one stays in its text.
          const result = redact(text, prepared, EMPTY_POLICY, withVault ? {} : undefined);
          const keys = Object.keys(result.vault);
          // One placeholder redact wrote left out, one the text held put in: as many blanked as written.
          const issued =
            given === 'vault'
              ? result.vault
              : given === 'empty'
                ? {}
                : given === 'swapped'
                  ? new Set([...keys.slice(1), '[EMAIL_9]'])
                  : undefined;
          guardPayload(result.outbound, prepared, EMPTY_POLICY, undefined, issued);
          const masked = maskPlaceholders(scanTextOf(result.outbound).text, issued);
          expect(tokenList(tokensOf(masked))).toEqual(tokenize(masked));
        },
      ),
      { numRuns: 1000, seed: 16 },
    );
  });
});

// Look-alike words are read as Latin inside a mostly Latin text only (ASCII letters count): the values
// a job redacts can hold most of a text's Latin or foreign letters, and then the outbound text's scan
// reads a word outside them otherwise than the redacted text's did ("рос" as "poc" in one and not the
// other). The guard must not take its masked text for the redacted one blanked then.
const LONG_LATIN = 'Bartholomew Featherstonehaugh';
const FOREIGN = 'Дмитрий Волков';
const LOOKALIKE_GLUE = [' ', ', ', '\n', '\u00a0', 'рос', 'рос', 'ора', 'жук', 'the', 'café', '42'];
const lookalikeJob = fc
  .array(fc.oneof(fc.constantFrom(LONG_LATIN, FOREIGN), fc.constantFrom(...LOOKALIKE_GLUE)), {
    minLength: 1,
    maxLength: 16,
  })
  .map((pieces) => pieces.join(' '));
const lookalikePrepared = preparePrivacy(contextOf({ name: LONG_LATIN, colleague: FOREIGN }));

describe('the guard after redact, where the values decided how look-alikes read', () => {
  it('reads the masked text’s own words', () => {
    fc.assert(
      fc.property(lookalikeJob, (text) => {
        const result = redact(text, lookalikePrepared, EMPTY_POLICY);
        guardPayload(result.outbound, lookalikePrepared, EMPTY_POLICY, undefined, result.vault);
        const masked = maskPlaceholders(scanTextOf(result.outbound).text, result.vault);
        expect(tokenList(tokensOf(masked))).toEqual(tokenize(masked));
      }),
      { numRuns: 3000, seed: 21 },
    );
  });
});
