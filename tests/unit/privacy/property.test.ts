import fc from 'fast-check';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redact, restore } from '../../../lib/privacy';
import { inventedWord as word } from './arbitraries';
import { contextOf } from './helpers';

const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const digits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
  .map((d) => d.join(''));

const cases = ['lower', 'upper', 'title', 'random'] as const;
const separators = [' ', '  ', '\n', '\t', '-', '. ', ', ', ' / '] as const;
const endings = ['', "'s", '’s', 's'] as const;

/** A known value as a person might type it: other case, spacing, punctuation, accents, inflection. */
function variant(
  value: string,
  c: (typeof cases)[number],
  sep: string,
  ending: string,
  accents: boolean,
): string {
  let words = value.split(' ');
  if (accents) words = words.map((w) => w.replace(/e/g, 'é').replace(/a/g, 'à'));
  words = words.map((w) =>
    c === 'lower'
      ? w
      : c === 'upper'
        ? w.toUpperCase()
        : c === 'title'
          ? w.charAt(0).toUpperCase() + w.slice(1)
          : [...w].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch)).join(''),
  );
  return words.join(sep) + ending;
}

const around = fc.tuple(
  fc.constantFrom('Please write to', 'thank', 'I met', 'Draft a note about', ''),
  fc.constantFrom('about the invoice.', 'tomorrow', '', ', thanks!'),
);

// Fixed by default so CI is reproducible; FC_SEED=<n> explores other inputs (fast-check prints the seed
// of any failure).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261128;

describe('no known value passes the guard (property)', () => {
  it('profile and fact values in any typing are blocked, and redaction removes them', () => {
    fc.assert(
      fc.property(
        fc.record({ name: phrase, employer: phrase, city: phrase, fact: phrase }),
        fc.constantFrom('name', 'employer', 'city', 'fact'),
        fc.constantFrom(...cases),
        fc.constantFrom(...separators),
        fc.constantFrom(...endings),
        fc.boolean(),
        around,
        (values, field, c, sep, ending, accents, [before, after]) => {
          const prepared = preparePrivacy(
            contextOf({ name: values.name, employer: values.employer, city: values.city }, [
              `Spends weekends with ${values.fact}`,
            ]),
          );
          const typed = variant(values[field], c, sep, ending, accents);
          const instruction = `${before} ${typed} ${after}`;
          expect(guardPayload(instruction, prepared, EMPTY_POLICY).ok).toBe(false);
          const result = redact(instruction, prepared, EMPTY_POLICY);
          expect(guardPayload(result.outbound, prepared, EMPTY_POLICY)).toEqual({ ok: true });
          expect(restore(result.outbound, result.vault)).toBe(instruction);
        },
      ),
      { numRuns: 300, seed },
    );
  });

  it('phone numbers in any layout are blocked', () => {
    fc.assert(
      fc.property(digits, fc.integer({ min: 0, max: 3 }), (d, layout) => {
        const prepared = preparePrivacy(contextOf({ phone: `+1 ${d}` }));
        const a = d.slice(0, 3);
        const b = d.slice(3, 6);
        const c = d.slice(6);
        const typed = [`(${a}) ${b}-${c}`, `${a}.${b}.${c}`, `+1-${a}-${b}-${c}`, `${a} ${b} ${c}`][layout];
        expect(guardPayload(`call me on ${typed} today`, prepared, EMPTY_POLICY).ok).toBe(false);
      }),
      { numRuns: 200, seed },
    );
  });
});
