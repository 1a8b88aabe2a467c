import { findableIn } from '../../../lib/privacy/phone-candidates';
import { COUNTRIES, findPhones, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';
import { findableIn as oldFindableIn } from './phone-old/candidates';
import {
  findPhones as oldFindPhones,
  phoneWindows as oldPhoneWindows,
  windowAsks,
} from './phone-old/windows';

// The typed-array scan (runs, windows, country masks, findableMask on text bounds) must give what
// the object-based version it replaced gave (phone-old/, a copy of it): the same windows, the same
// countries per window, the same findable countries, and the same finds in the same order. That
// keeps the known window-edge gap (phone-windows.ts header) exactly as it was.
const PARTS = [
  '+',
  '(',
  ')',
  '[',
  '-',
  ' ',
  '  ',
  '.',
  '/',
  ',',
  ',,',
  ';',
  ';ext=',
  ' ext ',
  ' ext. ',
  ' x',
  'x',
  '#',
  '~',
  '%',
  '$',
  'TX',
  'call ',
  '\n',
  ':',
  'a',
  '0',
  '00',
  '011',
  '000800',
  '1',
  '44',
  '91',
  '+1',
  '+44 ',
  '+91',
  '\u00e9',
  '\u00a0',
  '\u202f',
  '\u2013',
  '\u2212',
  '\uff0d',
  '\u00ad',
  '\u3000',
  '\uff08',
  '\uff09',
  '\uff0b',
  '\uff58',
  'extensi\u00f3n',
  '\u201c',
  '\u03b1',
  '\u00b2',
  '\u0663',
  '\uff11',
  '\u{1D7CE}',
  '\uD800',
];

/** Digits (1 to 24 at a time; sometimes runs over 64 characters), punctuation, labels and letters. */
function noisy(random: () => number, n: number): string {
  let text = '';
  while (text.length < n) {
    const r = random();
    if (r < 0.5) {
      const length = 1 + Math.floor(random() * (random() < 0.8 ? 12 : 24));
      text += Array.from({ length }, () => String(Math.floor(random() * 10))).join('');
    } else if (r < 0.53) {
      // A long run: groups joined by run punctuation, read in pieces.
      const groups = 10 + Math.floor(random() * 20);
      for (let g = 0; g < groups; g++)
        text += `${Math.floor(random() * 100000)}${random() < 0.5 ? ' ' : '-'}`;
    } else text += PARTS[Math.floor(random() * PARTS.length)] ?? ' ';
  }
  return text;
}

let finds = 0;
function same(text: string): void {
  const old = oldPhoneWindows(text);
  const now = phoneWindows(text);
  expect([text, now.map((w) => [w.start, w.end, w.countries])]).toEqual([
    text,
    old.map((w) => [w.start, w.end, COUNTRIES.filter((c) => windowAsks(w, c))]),
  ]);
  for (const w of now) {
    const slice = text.slice(w.start, w.end);
    expect([slice, findableIn(slice, w.countries)]).toEqual([slice, oldFindableIn(slice, w.countries)]);
  }
  const found = findPhones(text);
  finds += found.length;
  expect([text, found]).toEqual([text, oldFindPhones(text)]);
}

describe('phone scan on typed arrays', () => {
  it('gives the windows, countries and finds of the object-based scan on random mixes', () => {
    const random = rng(71);
    finds = 0;
    for (let i = 0; i < 600; i++) same(noisy(random, 20 + Math.floor(random() * 300)));
    // Enough finds for the order and the cache to matter.
    expect(finds).toBeGreaterThan(300);
  });
  it.each(LONG_SETS)(
    'gives the windows, countries and finds of the object-based scan on %s requests',
    (set) => {
      for (const text of longInputs(set, 29, 1).slice(0, 4)) same(text);
    },
  );
  it('answers the same from its cache', () => {
    const random = rng(72);
    for (let i = 0; i < 100; i++) {
      const text = noisy(random, 200);
      const first = findPhones(text);
      expect(findPhones(text)).toEqual(first);
      expect(first).toEqual(oldFindPhones(text));
    }
  });
});
