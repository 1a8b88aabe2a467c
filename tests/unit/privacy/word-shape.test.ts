import fc from 'fast-check';
import { EMPTY_POLICY } from '../../../lib/privacy';
import { codesDetector, ORDINARY } from '../../../lib/privacy/detectors/codes';
import { digitRuns } from '../../../lib/privacy/forms/text-scan';
import {
  hasDigit,
  hasLetter,
  isAllCaps,
  isCamel,
  isCapitalised,
  startsLower,
  tokenize,
  type Token,
} from '../../../lib/privacy/normalize';
import type { Finding, PreparedContext } from '../../../lib/privacy/types';
import { isUnknownWord, nameLike, ORDINARY_ENDING } from '../../../lib/privacy/name-shape';
import { fold } from '../../../lib/privacy/normalize';
import { isOrdinary, isWellKnown } from '../../../lib/privacy/words';

// The word predicates answer ASCII from char codes; these are the Unicode regexes they stand for.
const reference = {
  isCapitalised: (raw: string) => /^\p{Lu}/u.test(raw),
  startsLower: (raw: string) => /^\p{Ll}/u.test(raw),
  hasLetter: (raw: string) => /\p{L}/u.test(raw),
  isAllCaps: (raw: string) => /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw),
  isCamel: (raw: string) => /\p{Ll}\p{Lu}/u.test(raw),
  hasDigit: (raw: string) => /\d/.test(raw),
};

// Characters at the edges of the ASCII fast paths: case, digits, apostrophes, accents (composed and
// combining), other scripts' digits and letters, a character outside the BMP, spacing.
const CHARS = [
  'a',
  'z',
  'A',
  'Z',
  'm',
  'Q',
  '0',
  '9',
  "'",
  '’',
  '-',
  ' ',
  '\n',
  '@',
  '[',
  '`',
  '{',
  'é',
  'É',
  'ß',
  'ǅ',
  '\u0301',
  '٣',
  '²',
  'Ⅻ',
  '北',
  'ให',
  'Σ',
  'σ',
  '𝐀',
  '𝐚',
  'Ω',
  'ω',
  'Д',
  'ж',
  'Ł',
  'ı',
  'ǈ',
  'ʰ',
  '\u00a0',
  '\u2019',
];
const word = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join(''));
const anyWord = fc.oneof(word, fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }));

describe('word shape predicates', () => {
  it('give what their Unicode regexes give, ASCII or not', () => {
    fc.assert(
      fc.property(anyWord, (raw) => {
        expect(isCapitalised(raw)).toBe(reference.isCapitalised(raw));
        expect(hasLetter(raw)).toBe(reference.hasLetter(raw));
        expect(isAllCaps(raw)).toBe(reference.isAllCaps(raw));
        expect(isCamel(raw)).toBe(reference.isCamel(raw));
        expect(hasDigit(raw)).toBe(reference.hasDigit(raw));
        expect(startsLower(raw)).toBe(reference.startsLower(raw));
        // The name finder's one-pass shape test: capitalised or camel-case, no digit, a letter. The
        // token's norm as tokenize gives it (nameLike answers no at once where raw is its own norm).
        const norm = fold(raw).replace(/['’]/g, '');
        const shaped =
          (reference.isCapitalised(raw) || reference.isCamel(raw)) &&
          !reference.hasDigit(raw) &&
          reference.hasLetter(raw);
        expect(nameLike(raw, norm)).toBe(shaped);
      }),
      { numRuns: 20000, seed: 14 },
    );
  });

  // Why nameLike may answer no for a word that is its own norm: a norm never holds a capital. fold()
  // maps each code point on its own (NFKD, marks dropped, lower case: only a final sigma depends on
  // its neighbours, and both sigmas are lower case), so every code point is checked, and words too.
  it('never leave a capital in a fold', () => {
    const capital = /\p{Lu}/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const folded = fold(String.fromCodePoint(cp));
      if (capital.test(folded)) expect(`U+${cp.toString(16)} folds to ${folded}`).toBe('no capital');
    }
    fc.assert(
      fc.property(anyWord, (raw) => {
        expect(capital.test(fold(raw))).toBe(false);
      }),
      { numRuns: 5000, seed: 14 },
    );
  });
});

// isUnknownWord as it was before it read the word in one pass: each predicate's regex on its own.
function referenceUnknown(raw: string, norm: string): boolean {
  if (norm.length < 3 || !reference.hasLetter(raw)) return false;
  if (/^\p{L}+['’](?:m|ve|re|ll|d|t|s)$/iu.test(raw)) return false;
  if (/^\p{Ll}{2,}\p{Lu}/u.test(raw)) return false;
  if (reference.isAllCaps(raw)) return !isOrdinary(norm);
  if (reference.isCamel(raw)) return !isWellKnown(norm);
  if (norm.length >= 9 && ORDINARY_ENDING.test(norm)) return false;
  return !isOrdinary(norm);
}

describe('isUnknownWord in one pass', () => {
  // Real words and names in every case, and words made of the edge characters above.
  const WORDS = [
    'Revolution',
    'formulas',
    'Okafor',
    'iPad',
    'NATO',
    'TV',
    'don’t',
    "O'Brien",
    'catalogItemId',
  ];
  const cased = fc
    .tuple(fc.constantFrom(...WORDS), fc.constantFrom('as is', 'upper', 'lower', 'title'))
    .map(([w, c]) =>
      c === 'upper'
        ? w.toUpperCase()
        : c === 'lower'
          ? w.toLowerCase()
          : c === 'title'
            ? w[0]?.toUpperCase() + w.slice(1)
            : w,
    );
  it('says what the predicates said one by one', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyWord,
          cased,
          fc.tuple(anyWord, cased).map(([a, b]) => a + b),
        ),
        (raw) => {
          const norm = fold(raw).replace(/['’]/g, '');
          expect(isUnknownWord(raw, norm)).toBe(referenceUnknown(raw, norm));
        },
      ),
      { numRuns: 20000, seed: 14 },
    );
  });
});

// The codes detector as it was before digits were counted first: every word (re-cut in non-ASCII
// text) through the regexes. The detector must find exactly what this finds.
const UNCASED = /[^\p{LC}\p{N}\p{M}'’]/u;
const CASED_RUN = /[\p{LC}\p{N}\p{M}]+/gu;
// A word inside an ISO 8601 date-time: some "T" at most 20 before its end opens, ten characters
// earlier and not after the word, a date-time that reaches the word's end. Every "T" is tried.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?/;
function inTimestamp(text: string, token: Token): boolean {
  for (let t = Math.max(0, token.end - 20); t < token.end; t++) {
    if (text[t] !== 'T' || t - 10 < 0 || t - 10 > token.start) continue;
    const m = ISO.exec(text.slice(t - 10));
    if (m && t - 10 + m[0].length >= token.end) return true;
  }
  return false;
}

function referenceCodes(text: string): Finding[] {
  const runs = (token: Token): Token[] =>
    !UNCASED.test(token.raw)
      ? [token]
      : [...token.raw.matchAll(CASED_RUN)].map((m) => ({
          start: token.start + m.index,
          end: token.start + m.index + m[0].length,
          raw: m[0],
          norm: m[0].toLowerCase(),
        }));
  const spans: Finding[] = [];
  const tokens = tokenize(text);
  for (const token of /^[\x20-\x7e\s]*$/.test(text) ? tokens : tokens.flatMap(runs)) {
    const digits = token.raw.replace(/\D/g, '').length;
    const letters = token.raw.length - digits;
    if (ORDINARY.test(token.raw)) continue;
    const code =
      letters > 0 && digits >= 3 && /^[\p{L}\p{N}]+$/u.test(token.raw) && !inTimestamp(text, token);
    const longNumber = letters === 0 && digits >= 6;
    if (code || longNumber)
      spans.push({
        start: token.start,
        end: token.end,
        kind: code ? 'ID' : 'NUMBER',
        source: code ? 'looks like a code' : 'long number',
      });
  }
  return spans;
}

// Long numbers written in groups (grouped-numbers.ts), read off the words as a list: chains of words
// of one to six ASCII digits, one space or one hyphen (the same) between each two, judged as text.
function referenceGrouped(text: string): Finding[] {
  const spans: Finding[] = [];
  const judge = (chain: Token[]) => {
    const first = chain[0];
    const last = chain.at(-1);
    if (!first || !last) return;
    const written = text.slice(first.start, last.end);
    if (written.replace(/\D/g, '').length < 12) return;
    if (!/^\d{1,6}([ -])(?:\d{3,6}\1)+\d{1,6}$/.test(written)) return;
    if (/^(?:19|20)\d\d(?:[ -](?:19|20)\d\d)*$/.test(written)) return;
    if (/^\d{1,3}(?:[ -]\d{3})+$/.test(written)) return;
    spans.push({ start: first.start, end: last.end, kind: 'NUMBER', source: 'long number' });
  };
  let chain: Token[] = [];
  for (const token of tokenize(text)) {
    const number = /^[0-9]{1,6}$/.test(token.raw);
    const previous = chain.at(-1);
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const separator = chain.length >= 2 ? text.slice(chain[0]?.end, (chain[0]?.end ?? 0) + 1) : gap;
    if (number && previous && (gap === ' ' || gap === '-') && gap === separator) chain.push(token);
    else {
      judge(chain);
      chain = number ? [token] : [];
    }
  }
  judge(chain);
  return spans;
}

/** What the codes detector finds, by place (the order it finds them in is nobody's to read). */
const byPlace = (spans: Finding[]): Finding[] =>
  [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
const referenceAll = (text: string): Finding[] =>
  byPlace([...referenceCodes(text), ...referenceGrouped(text)]);
const codesOf = (text: string): Finding[] =>
  byPlace(codesDetector.detect(text, {} as PreparedContext, EMPTY_POLICY));

const PIECES = [
  ...CHARS,
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  'mp',
  'kg',
  'pm',
  'ID',
  'x',
  '年',
  '月',
  'に',
  '.',
  ', ',
];
const codeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''));

describe('codes detector', () => {
  it('finds what the regex-only scan finds', () => {
    fc.assert(
      fc.property(codeText, (text) => {
        expect(codesOf(text)).toEqual(referenceAll(text));
      }),
      { numRuns: 3000, seed: 14 },
    );
  });

  // Where the forms detector has scanned the text, the words' digits are counted from its digit runs.
  it('finds the same where the digits are read off the text scan', () => {
    const possessive = fc.constantFrom("'s", '’s', "'S", '');
    // Digits in runs long enough for codes and long numbers, beside the pieces above.
    const numbers = ['123', '4567', '2024', '00123456', 'PW', '127M', '1990s', '٣٣٣', '12月3日'];
    // Timestamps and their pieces: "11T03" and "917Z" are codes only outside one.
    const times = ['2026-06-11T', '03:16:31.917Z', '11T03', '917Z', 'T', 'Z', ':', '-', '+02:00', '2026-06-'];
    const numbered = fc
      .array(fc.constantFrom(...PIECES, ...numbers, ...numbers, ...times), { maxLength: 30 })
      .map((ps) => ps.join(''));
    let found = 0;
    fc.assert(
      fc.property(numbered, possessive, (text, tail) => {
        const withTail = `${text}${tail}`;
        digitRuns(withTail);
        const got = codesOf(withTail);
        expect(got).toEqual(referenceAll(withTail));
        found += got.length;
      }),
      { numRuns: 3000, seed: 15 },
    );
    expect(found).toBeGreaterThan(1000);
  });

  // Groups of digits with one separator or another between them: chains of every length and shape.
  it('finds long numbers written in groups as the list of words says, either way its digits are counted', () => {
    const group = fc.oneof(
      fc.stringMatching(/^[0-9]{3,6}$/),
      fc.stringMatching(/^[0-9]{1,7}$/),
      fc.constantFrom('2019', '2020', '1999', '000', '123', '4567', '0019'),
    );
    const gap = fc.constantFrom(' ', ' ', ' ', '-', '-', '-', '  ', '.', ', ', 'x', "'", '/');
    const grouped = fc
      .tuple(fc.constantFrom('', 'card ', 'TX', '+', '-'), fc.array(fc.tuple(group, gap), { maxLength: 9 }))
      .map(([head, parts]) => head + parts.map(([g, sep]) => g + sep).join(''));
    let chains = 0;
    fc.assert(
      fc.property(grouped, fc.boolean(), (text, scanned) => {
        if (scanned) digitRuns(text);
        const got = codesOf(text);
        expect(got).toEqual(referenceAll(text));
        chains += referenceGrouped(text).length;
      }),
      { numRuns: 4000, seed: 16 },
    );
    expect(chains).toBeGreaterThan(300);
  });
});
