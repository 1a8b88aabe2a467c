import fc from 'fast-check';
import {
  endsAfterPlaceholder,
  endsInsideKnownValue,
  extendsText,
  knownTails,
  settledBoundaries,
  settleWordsOf,
  viewSettingsOf,
  knownWordsOf,
} from '../../../lib/pipeline/privacy-view';
import { preparePrivacy } from '../../../lib/privacy';
import { MARTIN } from './fakes';
import { isFunctionWord } from '../../../lib/privacy/function-words';
import { startsSentence } from '../../../lib/privacy/names';
import { normTokens, tokenColumns, tokenize, tokenList, type Tokens } from '../../../lib/privacy/normalize';
import type { Redaction } from '../../../lib/privacy/types';

// The checks the privacy view runs at every token, as they were written before they were made cheap
// (no slicing and joining per tail length, no Unicode regex for an ASCII last character, no gap cut
// out and matched unless it holds a sentence mark): the fast forms must answer exactly as these do.

function endsInsideSlow(text: string, known: readonly string[][]): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0) return false;
  const keyOf = (words: readonly string[]) => `${words.length}\u0001${words.join('\u0001')}`;
  // knownTails as first written: every proper prefix of each n-th word, in a set under its key.
  const tails = { prefixes: new Map<string, Set<string>>(), continues: new Map<string, Set<string>>() };
  const add = (map: Map<string, Set<string>>, key: string, value: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const words of known)
    for (let n = 1; n <= Math.min(4, words.length); n++) {
      const key = keyOf(words.slice(0, n - 1));
      const target = words[n - 1] ?? '';
      for (let i = 1; i < target.length; i++) add(tails.prefixes, key, target.slice(0, i));
      if (words.length > n) add(tails.continues, key, target);
    }
  const midWord = /[\p{L}\p{N}]$/u.test(text);
  for (let n = 1; n <= Math.min(4, tokens.length); n++) {
    const tail = tokens.slice(-n).map((t) => t.norm);
    const last = tail.pop() ?? '';
    if (isFunctionWord(last) && tail.every(isFunctionWord)) continue;
    const key = keyOf(tail);
    if (tails.continues.get(key)?.has(last) || (midWord && tails.prefixes.get(key)?.has(last))) return true;
  }
  return false;
}

function settledSlow(text: string, columns: Tokens, redactions: readonly Redaction[], settle: number) {
  const tokens = tokenList(columns);
  const out: number[] = [];
  for (let i = 1; i + settle < tokens.length; i++) {
    const prev = tokens[i - 1];
    const token = tokens[i];
    if (!prev || !token) continue;
    const gap = text.slice(prev.end, token.start);
    if (!/[.!?]['"’”)\]]*\s|\n[ \t]*\n/.test(gap) || !startsSentence(text, columns, i)) continue;
    if (redactions.some((r) => r.start < token.start && r.end > prev.end)) continue;
    out.push(token.start);
  }
  return out;
}

const VALUES = ['Martin Reynolds', 'Acme Logistics', 'The Quiet Harbour', 'to Lisbon', 'Zoë Ærø', 'Łódź 12'];
// Words of the values and around them; last characters of every kind: ASCII letters and digits,
// accented and non-Latin letters, a letter outside the BMP, marks, punctuation, spaces.
const WORDS = [
  ...VALUES.flatMap((v) => v.split(' ')),
  'Mart',
  'Rey',
  'Acm',
  'the',
  'to',
  'I',
  'a',
  'Dr',
  'Mr',
  'J',
  'Lis',
  'Zo',
  'Łó',
  '𝐀𝐁',
  'x𝐀',
  '١٢',
  'é',
  'naïve',
  'Ω',
  '日本',
  '42',
  '1',
];
const GLUE = [
  ' ',
  '  ',
  '. ',
  '! ',
  '? ',
  '.\n\n',
  '\n\n',
  '\n \n',
  ', ',
  '." ',
  '.) ',
  ': ',
  '.',
  '-',
  "'s ",
  '’ ',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 40 })
  .chain((parts) =>
    fc.boolean().map((trimLast) => {
      const joined = parts.map(([word, glue]) => word + glue).join('');
      // Half the texts end right after a word, the rest after what follows it.
      const lastGlue = parts.at(-1)?.[1].length ?? 0;
      return trimLast ? joined.slice(0, joined.length - lastGlue) : joined;
    }),
  );

describe('the privacy view’s per-token checks, fast forms', () => {
  const known = VALUES.map(normTokens);
  const tails = knownTails(known);

  it('endsInsideKnownValue answers as the slicing form did', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(endsInsideKnownValue(t, tails, tokenColumns(t))).toBe(endsInsideSlow(t, known));
        expect(endsInsideKnownValue(t, known)).toBe(endsInsideSlow(t, known));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('settledBoundaries finds what matching every gap found', () => {
    const redactions = fc.array(
      fc.tuple(fc.nat(400), fc.nat(30)).map(([start, length]): Redaction => ({
        placeholder: '[PERSON_1]',
        kind: 'PERSON',
        source: 'test',
        start,
        end: start + length,
        original: '',
      })),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(text, redactions, fc.integer({ min: 0, max: 6 }), (t, spans, settle) => {
        const tokens = tokenColumns(t);
        expect(settledBoundaries(t, tokens, spans, settle)).toEqual(settledSlow(t, tokens, spans, settle));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('endsAfterPlaceholder answers as testing the text after every redaction did', () => {
    // Disjoint redactions in reading order, as applySpans returns them, anywhere in the text.
    const withRedactions = text.chain((t) =>
      fc.uniqueArray(fc.nat(t.length), { maxLength: 8 }).map((cuts): [string, Redaction[]] => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const redactions: Redaction[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) {
          const [start, end] = [sorted[i] ?? 0, sorted[i + 1] ?? 0];
          redactions.push({
            placeholder: '[PERSON_1]',
            kind: 'PERSON',
            source: 'test',
            start,
            end,
            original: '',
          });
        }
        return [t, redactions];
      }),
    );
    fc.assert(
      fc.property(withRedactions, ([t, redactions]) => {
        const slow = redactions.some((r) => /^[\s\p{P}]*$/u.test(t.slice(r.end)));
        expect(endsAfterPlaceholder(t, redactions)).toBe(slow);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('extendsText answers as startsWith', () => {
    fc.assert(
      fc.property(text, fc.nat(60), fc.string({ maxLength: 3 }), (t, cut, edit) => {
        const prefix = t.slice(0, cut) + edit;
        expect(extendsText(t, prefix)).toBe(t.startsWith(prefix));
        expect(extendsText(t, t.slice(0, cut))).toBe(true);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('settleWordsOf: room for the longest value and four words, at least twelve', () => {
    expect(settleWordsOf([])).toBe(12);
    expect(settleWordsOf(known)).toBe(12);
    expect(settleWordsOf([...known, Array.from({ length: 13 }, (_, i) => `w${i}`)])).toBe(17);
  });

  it('viewSettingsOf builds the settings once per context and policy, as knownWordsOf would', () => {
    const prepared = preparePrivacy(MARTIN);
    const policy = { released: [], extra: ['Brightwater Analytics'] };
    const settings = viewSettingsOf(prepared, policy);
    expect(viewSettingsOf(prepared, policy)).toBe(settings);
    expect(settings.knownWords).toEqual(knownWordsOf(prepared, policy));
    expect(settings.settle).toBe(settleWordsOf(settings.knownWords));
    expect(settings.tails).toEqual(knownTails(settings.knownWords));
    const other = viewSettingsOf(prepared, { released: [], extra: [] });
    expect(other).not.toBe(settings);
    expect(other.knownWords).toEqual(knownWordsOf(prepared, { released: [], extra: [] }));
    expect(viewSettingsOf(preparePrivacy(MARTIN), policy)).not.toBe(settings);
  });
});

describe('knownTails’ sorted words answer as every prefix did', () => {
  // Words sharing prefixes, repeated, and equal to each other: where a binary search could go wrong.
  const word = fc.stringMatching(/^[abé]{1,4}$/);
  const values = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 });

  it('endsInsideKnownValue on generated values and texts', () => {
    fc.assert(
      fc.property(
        values,
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (known, words, dot) => {
          const t = words.join(' ') + (dot ? '.' : '');
          expect(endsInsideKnownValue(t, knownTails(known), tokenColumns(t))).toBe(endsInsideSlow(t, known));
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });
});
