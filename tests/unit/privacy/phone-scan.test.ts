import { findableIn } from '../../../lib/privacy/phone-candidates';
import { COUNTRIES, findPhones, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';
import { ASCII_PARTS, noisyText, OUTSIDE_ASCII_PARTS, UNREAD_PARTS } from './phone-noise';
import { findableIn as oldFindableIn } from './phone-old/candidates';
import { expectFindsOf } from './phone-finds';
import {
  findPhones as oldFindPhones,
  phoneWindows as oldPhoneWindows,
  windowAsks,
} from './phone-old/windows';

// The typed-array scan (runs, windows, country masks, findableMask on text bounds) must give what
// the object-based version it replaced gave (phone-old/, a copy of it): the same windows, the same
// countries per window, findable countries among the old ones, and the same finds in the same order.
// That keeps the known window-edge gap (phone-windows.ts header) exactly as it was.

const PARTS = [...ASCII_PARTS, ...OUTSIDE_ASCII_PARTS, ...UNREAD_PARTS];
/** Digits (sometimes runs over 64 characters), punctuation, labels, letters and unread units. */
const noisy = (random: () => number, n: number) => noisyText(random, n, PARTS, 0.03);

let finds = 0;
/** Window-countries the object-based scan kept and this one proves empty (plain runs). */
let tighter = 0;
function same(text: string): void {
  const old = oldPhoneWindows(text);
  const now = phoneWindows(text);
  expect([text, now.map((w) => [w.start, w.end, w.countries])]).toEqual([
    text,
    old.map((w) => [w.start, w.end, COUNTRIES.filter((c) => windowAsks(w, c))]),
  ]);
  // The countries a window may hold a number for: no more than the object-based scan's. Fewer since
  // plain runs are proven by the pieces the library can parse there (phone-candidates.ts,
  // plainRunMayHold); the finds below, and phone-candidates.test.ts' soundness tests, hold either way.
  for (const w of now) {
    const slice = text.slice(w.start, w.end);
    const old = oldFindableIn(slice, w.countries);
    expect([slice, findableIn(slice, w.countries).filter((c) => !old.includes(c))]).toEqual([slice, []]);
    tighter += old.length - findableIn(slice, w.countries).length;
  }
  const found = findPhones(text);
  finds += found.length;
  expectFindsOf(text, found, oldFindPhones(text));
}

describe('phone scan on typed arrays', () => {
  it('gives the windows, countries and finds of the object-based scan on random mixes', () => {
    const random = rng(71);
    finds = 0;
    tighter = 0;
    for (let i = 0; i < 600; i++) same(noisy(random, 20 + Math.floor(random() * 300)));
    // Enough finds for the order and the cache to matter.
    expect(finds).toBeGreaterThan(300);
    // And plain runs proven empty that the object-based scan read.
    expect(tighter).toBeGreaterThan(10);
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
      expectFindsOf(text, first, oldFindPhones(text));
    }
  });
});
