import { findPhoneNumbersInText } from 'libphonenumber-js';
import { COUNTRIES, findPhones, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';
import { uncovered } from './phone-finds';

/** What reading the whole text with each country finds (the detector's behaviour before windows). */
function whole(text: string): string[] {
  const keys = new Set<string>();
  for (const country of COUNTRIES)
    for (const f of findPhoneNumbersInText(text, country)) keys.add(`${f.startsAt}:${f.endsAt}`);
  return [...keys].sort();
}
/** Every find reading the whole text gives, or one around it (phone-finds.ts), is found in windows. */
function expectCovers(text: string): void {
  const asFind = (key: string) => {
    const [start, end] = key.split(':').map(Number);
    return { start: start ?? 0, end: end ?? 0 };
  };
  expect([text, uncovered(findPhones(text), whole(text).map(asFind))]).toEqual([text, []]);
}
const windowed = (text: string) =>
  findPhones(text)
    .map((f) => `${f.start}:${f.end}`)
    .sort();

/** Digits, phone punctuation, "+", extensions and words mixed at random: the library's edge cases. */
/** Outside ASCII: no-break and other spaces, dashes, full-width forms, letters, marks, currency. */
const OTHER = [
  '\u00a0',
  '\u202f',
  '\u2013',
  '\u2014',
  '\u2212',
  '\uff0b',
  '\uff08',
  '\uff09',
  '\u00e9',
  '\u03b1',
  '\u0301',
  '\u20ac',
  '\u201c',
  'extensi\u00f3n ',
];

function noisy(random: () => number, n: number, other = false): string {
  const parts = [
    '+',
    '(',
    ')',
    '-',
    ' ',
    '  ',
    '.',
    '/',
    ',',
    ' ext ',
    ' x',
    '#',
    'call ',
    '\n',
    ':',
    'a',
    '00',
    '011',
    ...(other ? OTHER : []),
  ];
  let text = '';
  while (text.length < n) {
    text +=
      random() < 0.55
        ? String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 6))))
        : (parts[Math.floor(random() * parts.length)] ?? ' ');
  }
  return text;
}

// The detector reads only windows around digit runs that can hold a number: it must find every
// number reading the whole text finds (it may find more where a cut context changes nothing real).
describe('phone windows find what the whole text gives', () => {
  it.each(LONG_SETS)('on generated %s requests', (set) => {
    for (const text of longInputs(set, 11, 1).slice(0, 4)) expectCovers(text);
  });

  it('on random mixes of digits, punctuation and extensions', () => {
    const random = rng(5);
    for (let i = 0; i < 60; i++) {
      const text = noisy(random, 300);
      expectCovers(text);
    }
  });

  it('on random mixes with no-break spaces, dashes, full-width forms and letters outside ASCII', () => {
    const random = rng(6);
    let found = 0;
    for (let i = 0; i < 60; i++) {
      const text = noisy(random, 300, true);
      found += whole(text).length;
      expectCovers(text);
    }
    expect(found).toBeGreaterThan(30);
  });

  it('finds short international, Canadian 310 and extension numbers', () => {
    const text = 'ring +43 1234 or 31009.64, or +44 20 7946 0321 ext. 45, or 020 7946 0321 x 7';
    expect(whole(text).length).toBeGreaterThan(0);
    expect(windowed(text)).toEqual(whole(text));
  });

  // Runs skipped before the library: dates, amounts, ids glued to letters; and where it must still read.
  it('skips what cannot hold a number and keeps what the library reads on from', () => {
    const skipped = 'date 2026-03-05, amount -2303.84, ref TX5917890723, iban GB40BARC40956996189852';
    expect(phoneWindows(skipped)).toEqual([]);
    // An extension ("x", "#") takes a group's first digits; the library goes on inside the group.
    for (const text of [
      '7432716742)68426592223#5953753794054104957 ext 630 x34138921011a',
      'call 555 1234 x1234567892125550123 now',
      'row,TX9258609450,5173.84\nnext (415) 555-0123 ext. 12 then',
    ]) {
      expect(whole(text).length).toBeGreaterThan(0);
      expectCovers(text);
    }
  });

  // A long run is read in pieces from its first digit, "+" or bracket: what comes before it (a
  // placeholder blanked to spaces, "Instruction: " around an outbound text) does not move them, so
  // the guard reading the request finds what it found in the outbound text alone.
  it('finds the same in a long run whatever spaces or words come before it', () => {
    const random = rng(8);
    const seps = [' ', '.', '-', ' ', '  ', ' - '];
    let found = 0;
    for (let i = 0; i < 80; i++) {
      const sep = seps[i % seps.length] ?? ' ';
      let run = i % 5 === 0 ? '+' : i % 7 === 0 ? '(' : '';
      while (run.length < 70 + Math.floor(random() * 200))
        run += String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 4)))) + sep;
      const alone = findPhones(run).map((f) => `${f.start}:${f.end}`);
      found += alone.length;
      for (const before of [' ', '      ', 'Instruction: ', 'see:   ', '-- ', '\n  ']) {
        const shifted = findPhones(before + run).map(
          (f) => `${f.start - before.length}:${f.end - before.length}`,
        );
        expect(shifted, JSON.stringify(before + run)).toEqual(alone);
      }
    }
    expect(found).toBeGreaterThan(5);
  });

  // Five spaces in a row (a placeholder blanked) end a stretch of a long run: what follows them is read
  // as if alone, so the guard's next round reads again only the stretch a new placeholder is in.
  it('reads the stretches of a long run apart at five spaces in a row', () => {
    const random = rng(9);
    const runOf = (sep: string) => {
      let run = '';
      while (run.length < 70 + Math.floor(random() * 120))
        run += String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 4)))) + sep;
      return run.trimEnd();
    };
    const keys = (text: string, shift = 0) =>
      findPhones(text).map((f) => `${f.start + shift}:${f.end + shift}`);
    let found = 0;
    for (let i = 0; i < 60; i++) {
      const a = runOf(i % 2 ? ' ' : '.');
      const b = runOf(i % 3 ? ' ' : '-');
      const gap = ' '.repeat(5 + (i % 4));
      const alone = [...keys(a), ...keys(b, a.length + gap.length)];
      found += alone.length;
      expect(keys(a + gap + b), a + gap + b).toEqual(alone);
    }
    expect(found).toBeGreaterThan(5);
  });

  it('answers the same from its cache', () => {
    const text = longInputs('email', 3, 1)[0] ?? '';
    expect(windowed(text)).toEqual(windowed(text));
    expectCovers(text);
  });
});
