import fc from 'fast-check';
import { EMPTY_POLICY, guardPayload, preparePrivacy } from '../../../lib/privacy';
import { EVASIONS } from '../../../scripts/own-context-evasion';
import { group, monthName } from '../../../scripts/own-context-forms-numeric';
import type { Persona, PersonaValue, ValueKind } from '../../../scripts/own-context-personas';
import { formsOf } from '../../../scripts/own-context-suite';
import { inventedWord as word } from './arbitraries';
import { contextOf } from './helpers';

const Word = word.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const letters = fc.stringMatching(/^[A-Z]{2,3}$/);
const digitsOf = (n: number) => fc.stringMatching(new RegExp(`^[1-9][0-9]{${n - 1}}$`));

/** A stored value of each kind, the profile key or fact it is stored under. */
interface Stored {
  kind: ValueKind;
  value: string;
  key?: string;
  fact?: (v: string) => string;
  lang?: 'zh' | 'ja';
}
// Han characters used in given names; family names from the commonest ones.
const han = fc.constantFrom(...'晓雯志强可欣美咲健太陽菜誠磊芳静'.split(''));
const stored: fc.Arbitrary<Stored> = fc.oneof(
  fc
    .integer({ min: 12, max: 400 })
    .map((k) => ({ kind: 'money' as const, value: `$${group(k * 500, ',')}`, key: 'salary' })),
  fc
    .record({
      y: fc.integer({ min: 1950, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => ({
      kind: 'date' as const,
      value: `${monthName(m)} ${d}, ${y}`,
      key: 'birthday',
    })),
  fc
    .tuple(fc.constantFrom('1', '44', '48', '81'), digitsOf(3), digitsOf(3), digitsOf(4))
    .map(([cc, a, b, c]) => ({ kind: 'phone' as const, value: `+${cc} ${a} ${b} ${c}`, key: 'phone' })),
  fc
    .tuple(word, word, fc.constantFrom('org', 'com', 'pl'))
    .map(([a, b, tld]) => ({ kind: 'email' as const, value: `${a}.${b}@${b}mail.${tld}`, key: 'email' })),
  fc
    .tuple(letters, digitsOf(5))
    .map(([l, d]) => ({ kind: 'code' as const, value: `${l}-${d}`, key: 'policy number' })),
  fc
    .tuple(Word, Word)
    .map(([first, last]) => ({ kind: 'name' as const, value: `${first} ${last}`, key: 'partner' })),
  fc.tuple(Word, Word).map(([first, last]) => ({
    kind: 'name' as const,
    value: `${first} ${last}`,
    fact: (v: string) => `Dinner with ${v} every other Friday`,
  })),
  fc
    .tuple(Word, Word, fc.constantFrom('Elementary', 'Clinic', 'Association', 'Systems'))
    .map(([a, b, type]) => ({ kind: 'org' as const, value: `${a} ${b} ${type}`, key: 'employer' })),
  fc.tuple(fc.constantFrom('王', '李', '张', '刘'), han, han).map(([family, a, b]) => ({
    kind: 'name' as const,
    value: `${family}${a}${b}`,
    fact: (v: string) => `周末和${v}一起吃饭`,
    lang: 'zh' as const,
  })),
  word.map((w) => ({
    kind: 'health' as const,
    value: `${w}itis`,
    fact: (v: string) => `Treated for ${v} since spring`,
  })),
);

const persona = (value: PersonaValue, lang: Persona['lang'] = 'en'): Persona => ({
  id: 'generated',
  lang,
  context: contextOf({}),
  values: [value],
});

const frames = fc.constantFrom(
  'Please tell {v} today.',
  'ask about {v}, thanks',
  '{v}',
  'write to the office: {v}',
);
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261129;

describe('own-context values in any typed form never pass the guard (property)', () => {
  it('every generated form of a stored value, and its evasions, is blocked', () => {
    fc.assert(
      fc.property(
        stored,
        fc.nat(),
        fc.constantFrom(undefined, ...Object.keys(EVASIONS)),
        frames,
        ({ kind, value, key, fact, lang }, pick, evasion, frame) => {
          const context = key ? contextOf({ [key]: value }) : contextOf({}, [fact ? fact(value) : value]);
          const forms = formsOf({ kind, value }, persona({ kind, value }, lang));
          const form = forms[pick % forms.length] ?? value;
          const typed = (evasion ? EVASIONS[evasion]?.(form) : undefined) ?? form;
          const verdict = guardPayload(frame.replace('{v}', typed), preparePrivacy(context), EMPTY_POLICY);
          expect(verdict.ok, `${kind} typed as ${JSON.stringify(typed)}`).toBe(false);
        },
      ),
      { numRuns: 400, seed },
    );
  });
});
