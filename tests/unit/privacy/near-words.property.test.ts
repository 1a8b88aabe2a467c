import fc from 'fast-check';
import {
  editDistance,
  isDistinctive,
  isNumber,
  isWord,
  nearWord,
  NearWords,
} from '../../../lib/privacy/near-words';
import { nearStringsAsked } from '../../../lib/privacy/near-index';

// Words made of a few pieces, so that a mistyped word is often near more than one of the list (the
// first must be the answer) and words share their first letters (cuts and extensions); letters outside
// ASCII, double letters, and numbers of five digits or more.
const PIECES = [
  'kes',
  'trel',
  'dyn',
  'am',
  'ics',
  'vander',
  'sloot',
  'quill',
  'll',
  'a',
  'ø',
  'é',
  'bri',
  'bois',
];
const LETTERS = [...'abklqrstøé'];
const word = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
  fc.integer({ min: 10_000, max: 999_999_999 }).map(String),
);

/** One edit of a person's kind: a letter dropped, added, changed, two swapped, a cut, an ending. */
const edit = fc.record({
  op: fc.constantFrom('drop', 'add', 'change', 'swap', 'cut', 'extend'),
  at: fc.nat(),
  letter: fc.constantFrom(...LETTERS, '7'),
  ending: fc.constantFrom('s', 'son', 'ville', '0'),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % text.length;
  switch (e.op) {
    case 'drop':
      return text.slice(0, at) + text.slice(at + 1);
    case 'add':
      return text.slice(0, at) + e.letter + text.slice(at);
    case 'change':
      return text.slice(0, at) + e.letter + text.slice(at + 1);
    case 'swap':
      return text.slice(0, at) + text.slice(at + 1, at + 2) + text.slice(at, at + 1) + text.slice(at + 2);
    case 'cut':
      return text.slice(0, Math.max(1, at));
    default:
      return text + e.ending;
  }
}

/** The optimal string alignment distance by its full table, no early stop: what editDistance caps. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('isWord and isNumber', () => {
  // ASCII around the letter and digit bounds, letters and digits of other scripts, marks, a surrogate pair.
  const UNITS = [
    'a',
    'z',
    'A',
    'Z',
    '@',
    '[',
    '`',
    '{',
    '0',
    '9',
    '/',
    ':',
    "'",
    'é',
    'ø',
    'ß',
    'Ω',
    '\u0301',
    '٣',
    '北',
    '𝐀',
    ' ',
  ];
  const word = fc.array(fc.constantFrom(...UNITS), { maxLength: 8 }).map((units) => units.join(''));

  it('say what /^\\p{L}+$/u and /^\\d+$/ say', () => {
    fc.assert(
      fc.property(fc.oneof(word, fc.string()), (norm) => {
        expect(isWord(norm)).toBe(/^\p{L}+$/u.test(norm));
        expect(isNumber(norm)).toBe(/^\d+$/.test(norm));
      }),
      { numRuns: 5000, seed: 20261130 },
    );
  });
});

describe('editDistance', () => {
  it('is the optimal string alignment distance up to max, and past max beyond it', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'é'), { maxLength: 9 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const distance = osa(a, b);
        if (distance <= max) expect(editDistance(a, b, max)).toBe(distance);
        else expect(editDistance(a, b, max)).toBeGreaterThan(max);
      }),
      { numRuns: 5000, seed: 29 },
    );
  });
});

describe('NearWords', () => {
  it('finds the first word of the list a word is near, as a walk down the list does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.array(edit, { maxLength: 3 }), word), { minLength: 1, maxLength: 20 }),
        (words, asks) => {
          const near = new NearWords(words);
          for (const [pick, edits, other] of asks) {
            // Most questions are a list word edited; some a word of their own.
            const text = pick % 5 === 4 ? other : edits.reduce(apply, words[pick % words.length] as string);
            expect(near.first(text)).toBe(words.findIndex((known) => nearWord(text, known)));
          }
        },
      ),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('answers for words longer than every list word as the walk does', () => {
    // Extensions of a list word by many letters, and long words of their own: past the longest list
    // word, a word is asked by its first letters alone (near-index.ts).
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 })), {
          minLength: 1,
          maxLength: 10,
        }),
        (words, asks) => {
          const near = new NearWords(words);
          for (const [pick, tail] of asks) {
            const text = (pick % 3 === 2 ? '' : (words[pick % words.length] as string)) + tail.join('');
            expect(near.first(text)).toBe(words.findIndex((known) => nearWord(text, known)));
          }
        },
      ),
      { numRuns: 2000, seed: 31 },
    );
  });

  it('asks about a word longer than every list word by its first letters alone', () => {
    // Asked by all its one- and two-letter deletions, a word of n letters made n² strings: 20,000
    // letters (a paste without a space) were 200 million, and took seconds.
    const near = new NearWords(['quillfeather', 'kestrel', 'vandersloot']);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let long = '';
    for (let i = 0; long.length < 20_000; i++) long += letters[(i * 7) % 26];
    const before = nearStringsAsked();
    expect(near.first(long)).toBe(-1);
    expect(near.first('kestrel' + long)).toBe(1);
    expect(nearStringsAsked() - before).toBe(0);
    // A word within reach of the longest list word is still asked by its deletions.
    expect(near.first('quilfeathr')).toBe(0);
    expect(nearStringsAsked() - before).toBeGreaterThan(10);
  });

  it('asks nothing about a word holding more letters no list word holds than its edits', () => {
    // Prose in a script the context is not written in: one pass over the letters, no hash.
    const near = new NearWords(['quillfeather', 'kestrel', 'vandersloot']);
    const before = nearStringsAsked();
    expect(near.first('\u043f\u0440\u0438\u0432\u0435\u0442')).toBe(-1);
    expect(near.first('kestr\u0436\u0436\u0436')).toBe(-1);
    expect(nearStringsAsked() - before).toBe(0);
    // Within its edits, such letters are typos like any other.
    expect(near.first('kestrel\u0436')).toBe(1);
    expect(near.first('quill\u0436eathe\u0436')).toBe(0);
    expect(nearStringsAsked() - before).toBeGreaterThan(10);
  });

  it('finds words two edits from a long one, and cuts and extensions of it', () => {
    const words = ['quillfeather', 'kestrel', 'vandersloot', '4728457'];
    expect(words.every(isDistinctive)).toBe(true);
    const near = new NearWords(words);
    expect(near.first('qulifeather')).toBe(0); // two edits, a word of 12
    expect(near.first('kestrl')).toBe(1);
    expect(near.first('kestrelson')).toBe(1);
    expect(near.first('vanders')).toBe(2);
    expect(near.first('4728457')).toBe(-1); // the same word is not near it
    expect(near.first('4728458')).toBe(3);
    expect(near.first('47284')).toBe(-1); // numbers are not cut
  });
});
