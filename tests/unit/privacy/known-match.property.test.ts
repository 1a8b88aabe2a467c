import fc from 'fast-check';
import {
  buildIndex,
  holdsTrace,
  isPhoneGap,
  joinParts,
  matchKnown,
  matchPhones,
  samePhone,
} from '../../../lib/privacy/known-index';
import { digitsOf, isCapitalised, tokenColumns, tokenize, type Token } from '../../../lib/privacy/normalize';
import type { Finding, KnownEntry, KnownIndex, KnownValue } from '../../../lib/privacy/types';

/**
 * The matchers as first written: every candidate value compared word by word, every known phone in
 * turn. The fast ones (a word tree, phones filed by their last digits) must find exactly this, in
 * this order (the order breaks ties between equal spans later).
 */
function sameWord(text: string, known: string, last: boolean): boolean {
  if (text === known) return true;
  if (!last || known.length < 3 || !/\p{L}$/u.test(known)) return false;
  return text === `${known}s` || text === `${known}es`;
}

function matchAt(tokens: Token[], i: number, entry: KnownEntry): number {
  const n = entry.words.length;
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k];
    const word = entry.words[k];
    if (!token || word === undefined || !sameWord(token.norm, word, k === n - 1)) return -1;
    if (entry.requireCapital && !isCapitalised(token.raw)) return -1;
  }
  return i + n - 1;
}

function referenceKnown(tokens: Token[], index: KnownIndex): Finding[] {
  const spans: Finding[] = [];
  tokens.forEach((token, i) => {
    const candidates = [...(index.byFirstWord.get(token.norm) ?? [])];
    if (token.norm.endsWith('s'))
      for (const stem of [token.norm.slice(0, -1), token.norm.slice(0, -2)])
        candidates.push(...(index.byFirstWord.get(stem) ?? []).filter((e) => e.words.length === 1));
    for (const entry of candidates) {
      const end = tokens[matchAt(tokens, i, entry)];
      if (end) spans.push({ start: token.start, end: end.end, kind: entry.kind, source: entry.source });
    }
  });
  return spans;
}

const PHONE_LIKE = /\+?\(?\d[\d\s().\-/]{5,}\d/g;
function referencePhones(text: string, index: KnownIndex): Finding[] {
  if (index.phones.length === 0) return [];
  const spans: Finding[] = [];
  for (const match of text.matchAll(PHONE_LIKE)) {
    const digits = digitsOf(match[0]);
    if (digits.length < 7) continue;
    const hit = index.phones.find((phone) => samePhone(phone.digits, digits));
    if (hit)
      spans.push({
        start: match.index,
        end: match.index + match[0].length,
        kind: hit.kind,
        source: hit.source,
      });
  }
  return spans;
}

// Few words, so values share first words and prefixes, with plural endings ("jone" + "s" is "jones",
// and "jon" + "es" too) and capitals; the text is mostly the values themselves, so they match often.
const word = fc.constantFrom(
  'jon',
  'jone',
  'jones',
  'Jon',
  'Jones',
  'ann',
  'Anns',
  'annes',
  'the',
  'bay',
  'Bays',
  'a',
  's',
);
const value = fc.record({
  value: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  kind: fc.constantFrom('PERSON' as const, 'PRIVATE' as const),
  source: fc.constantFrom('a', 'b', 'c'),
  requireCapital: fc.boolean(),
}) satisfies fc.Arbitrary<KnownValue>;
const valuesAndText = fc.array(value, { minLength: 1, maxLength: 12 }).chain((values) =>
  fc.tuple(
    fc.constant(values),
    fc
      .array(
        fc.tuple(
          fc.oneof(word, fc.constantFrom(...values.map((v) => v.value))),
          fc.constantFrom(' ', ', ', '-'),
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.flat().join('')),
  ),
);

describe('matchKnown', () => {
  it('finds what comparing every candidate value in turn finds, in the same order', () => {
    let found = 0;
    fc.assert(
      fc.property(valuesAndText, ([values, input]) => {
        const index = buildIndex(values);
        const tokens = tokenize(input);
        const spans = matchKnown(tokenColumns(input), index);
        found += spans.length;
        expect(spans).toEqual(referenceKnown(tokens, index));
      }),
      { numRuns: 500, seed: 20261129 },
    );
    // The property says something only if values were found (several at one place, in some order).
    expect(found).toBeGreaterThan(1000);
  });
});

describe('matchPhones', () => {
  const digits = fc.stringMatching(/^[0-9]{7,13}$/);
  it('finds what comparing every known phone in turn finds', () => {
    fc.assert(
      fc.property(
        fc.array(digits, { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 6 }),
        fc.array(fc.constantFrom('', '0', '44', '+1 ', '9'), { maxLength: 6 }),
        (phones, picks, prefixes) => {
          const values: KnownValue[] = phones.map((p, i) => ({
            value: p,
            kind: 'PHONE',
            source: `phone ${i}`,
          }));
          const index = buildIndex(values);
          // The text: known numbers with and without country codes or a trunk 0, and strangers.
          const input = picks
            .map((k, i) => `${prefixes[i] ?? ''}${phones[k] ?? '5550134'}`.replace(/(\d{3})(?=\d{4})/, '$1 '))
            .join(' and ');
          expect(matchPhones(input, index)).toEqual(referencePhones(input, index));
        },
      ),
      { numRuns: 500, seed: 20261129 },
    );
  });

  // matchPhones reads a run's digits walking back from its end: the gap class must be PHONE_LIKE's,
  // and the walk must stop where a digit or a "+" before the run would have changed it.
  it('reads gaps as PHONE_LIKE does, on every code unit', () => {
    const run = /[\d\s().\-/]/;
    for (let c = 0; c <= 0xffff; c++) {
      const digit = c >= 48 && c <= 57;
      expect(digit || isPhoneGap(c)).toBe(run.test(String.fromCharCode(c)));
    }
  });

  // The gate before the run loop: what one regex of each phone's last seven digits, gaps between
  // them, says of the text. Digits of the phones' tails cut and joined, with gaps (some outside ASCII)
  // and what ends a chain (a letter, a comma, a digit outside ASCII) between them.
  it('says a text may hold a known phone where the regex of their last seven digits matches', () => {
    const trace = (digits: string) => [...digits.slice(-7)].join('[\\s().\\-/]*');
    const gap = fc.constantFrom(' ', '-', '.', '/', '(', ')', '\u00a0', '\u3000', '\n', 'x', ',', '٣', '');
    let held = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[0-9]{7,12}$/), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(2), fc.nat(5), fc.integer({ min: 2, max: 12 }), gap), { maxLength: 8 }),
        (phones, parts) => {
          const index = buildIndex(phones.map((value, i) => ({ value, kind: 'PHONE', source: `p${i}` })));
          const regex = new RegExp(index.phones.map((phone) => trace(phone.digits)).join('|'));
          // Pieces of the phones' digits (from any place, of any length) with a gap or a breaker after.
          const text = parts
            .map(
              ([k, from, length, after]) => `${(phones[k] ?? '5550134').slice(from, from + length)}${after}`,
            )
            .join('');
          const expected = regex.test(text);
          expect(holdsTrace(text, index.phones)).toBe(expected);
          runs++;
          if (expected) held++;
        },
      ),
      { numRuns: 4000, seed: 20261201 },
    );
    // Both answers, often: a gate that always said yes (or no) would fail.
    expect(held).toBeGreaterThan(runs / 10);
    expect(held).toBeLessThan((runs * 9) / 10);
  });

  it('finds what comparing every known phone in turn finds, in noisy runs', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9]{1,9}$/),
      fc.constantFrom(
        '+',
        '(',
        ')',
        ' ',
        '  ',
        '-',
        '.',
        '/',
        '\u00a0',
        '\u2009',
        '\n',
        'x',
        ',',
        '+(',
        ' +',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[0-9]{7,12}$/), { minLength: 1, maxLength: 3 }),
        fc.array(fc.oneof(piece, fc.tuple(fc.nat(2), fc.nat(3))), { maxLength: 24 }),
        (phones, parts) => {
          const index = buildIndex(phones.map((value, i) => ({ value, kind: 'PHONE', source: `p${i}` })));
          // A number is a known phone (by its index), written whole or without up to three of its
          // leading digits (a country code or a trunk 0 left out), or a piece of noise.
          const input = parts
            .map((p) => (typeof p === 'string' ? p : (phones[p[0]] ?? '').slice(p[1])))
            .join('');
          expect(matchPhones(input, index)).toEqual(referencePhones(input, index));
        },
      ),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});

// joinParts as first written: the longest part of each value at each offset in a map keyed by both,
// every gap tested by its regex.
function referenceJoin<S extends Finding>(text: string, spans: readonly S[]): S[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const longest = new Map<string, S>();
  for (const span of sorted) {
    const key = `${span.start}\u0000${span.source}`;
    if (!longest.has(key)) longest.set(key, span);
  }
  const nextPart = (end: number, source: string): S | undefined => {
    for (const start of [end + 1, end + 2]) {
      const next = longest.get(`${start}\u0000${source}`);
      if (next && /^[ \t-]{1,2}$/.test(text.slice(end, start))) return next;
    }
    return undefined;
  };
  const joined: S[] = [];
  for (const a of sorted) {
    let { end, kind } = a;
    for (;;) {
      const next = nextPart(end, a.source);
      if (!next) break;
      end = next.end;
      if (kind === 'PRIVATE') kind = next.kind;
    }
    if (end > a.end) joined.push({ ...a, end, kind });
  }
  return [...spans, ...joined];
}

describe('joinParts', () => {
  it('joins what the map of every value at every offset joined', () => {
    let joined = 0;
    fc.assert(
      fc.property(valuesAndText, ([values, input]) => {
        const spans = matchKnown(tokenColumns(input), buildIndex(values));
        const result = joinParts(input, spans);
        joined += result.length - spans.length;
        expect(result).toEqual(referenceJoin(input, spans));
      }),
      { numRuns: 500, seed: 20261129 },
    );
    expect(joined).toBeGreaterThan(100);
  });
});
