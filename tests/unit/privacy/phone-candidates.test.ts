import { findPhoneNumbersInText } from 'libphonenumber-js';
import { mayFindIn } from '../../../lib/privacy/phone-candidates';
import { COUNTRIES, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';
import { ASCII_PARTS, noisyText, OUTSIDE_ASCII_PARTS } from './phone-noise';

// mayFindIn may say "false" only where the library finds nothing: these tests read every window it
// rejects with the library and fail on any find (a filter that rejected too much would change the
// detector's output).
const PARTS = [...ASCII_PARTS, ...OUTSIDE_ASCII_PARTS];
const noisy = (random: () => number, n: number) => noisyText(random, n, PARTS);

function unsound(text: string): string[] {
  const wrong: string[] = [];
  for (const country of COUNTRIES)
    if (!mayFindIn(text, country) && findPhoneNumbersInText(text, country).length > 0)
      wrong.push(`${country}: ${JSON.stringify(text)}`);
  return wrong;
}

describe('mayFindIn rejects only windows where the library finds nothing', () => {
  it('on random mixes of digits, punctuation, extensions, "+" and international prefixes', () => {
    const random = rng(17);
    const wrong: string[] = [];
    let rejected = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 8 + Math.floor(random() * 60));
      wrong.push(...unsound(text));
      rejected += COUNTRIES.filter((c) => !mayFindIn(text, c)).length;
    }
    expect(wrong).toEqual([]);
    // It must also reject something, or the property above says nothing.
    expect(rejected).toBeGreaterThan(1000);
  });

  it.each(LONG_SETS)('on the windows of generated %s requests', (set) => {
    const wrong: string[] = [];
    for (const text of longInputs(set, 23, 1).slice(0, 4))
      for (const w of phoneWindows(text)) wrong.push(...unsound(text.slice(w.start, w.end)));
    expect(wrong).toEqual([]);
  });

  it('on plain runs: groups apart by spaces, dots or hyphens, after "+", before extensions', () => {
    // Where plainRunMayHold proves runs (phone-candidates.ts): one kind of separator, one to four of
    // it, leading spaces and one "+"; with what may follow a number (extensions, commas, a second run)
    // and what may stand before it (letters, an extension's lead, a digit).
    const random = rng(19);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    const wrong: string[] = [];
    let rejected = 0;
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      const separator = pick([' ', '.', '-']).repeat(1 + Math.floor(random() * (random() < 0.8 ? 1 : 5)));
      const groups = Array.from({ length: 1 + Math.floor(random() * (random() < 0.9 ? 5 : 24)) }, () =>
        digits(1 + Math.floor(random() * (random() < 0.9 ? 5 : 22))),
      );
      const run =
        pick(['', '', '+', ' +', '  ']) +
        pick(['', '1', '44', '91', '0', '00', '011']) +
        groups.join(separator);
      const text =
        pick(['', '', 'call ', 'x', 'TX', ', ext 12 ', '555 1234 x', 'a;', '9']) +
        run +
        pick(['', '', ' ext 45', ' x 7', ',,12', ';ext=9', ', 7', ' 12', '#', ':30', '/x 5', ' and ']);
      wrong.push(...unsound(text));
      rejected += COUNTRIES.filter((c) => !mayFindIn(text, c)).length;
      found += COUNTRIES.filter((c) => findPhoneNumbersInText(text, c).length > 0).length;
    }
    expect(wrong).toEqual([]);
    expect(rejected).toBeGreaterThan(3000);
    expect(found).toBeGreaterThan(300);
  });

  it('keeps windows the library finds numbers in, and rejects card groups, dates and glued ids', () => {
    for (const text of [
      'call 555 1234 x1234567892125550123 now',
      'ring +44 20 7946 0321 ext. 45',
      'or 020 7946 0321 x 7',
      'ip=29.97.252.210\n',
      'payment 132040276744 settled',
      'dial 011 44 20 7946 0321',
    ])
      for (const country of COUNTRIES)
        if (findPhoneNumbersInText(text, country).length > 0) expect(mayFindIn(text, country)).toBe(true);
    for (const text of [
      'date 2026-03-05, amount -2303.84',
      ',TX5917890723,',
      ',4095 6996 2898 5212,',
      // Plain runs whose pieces (the whole, the first group, each group alone) hold no valid number,
      // though a piece across groups would ("234 567 8901" for GB and IN).
      '+1 123 456 7890\n',
      '7043 1378 3351 0382\n',
    ])
      for (const country of COUNTRIES) expect(mayFindIn(text, country)).toBe(false);
  });
});
