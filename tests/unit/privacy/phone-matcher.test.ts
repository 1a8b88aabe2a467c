import parsePhoneNumber, { findPhoneNumbersInText } from 'libphonenumber-js';
import { findInText, parsesMade } from '../../../lib/privacy/phone-matcher';
import { COUNTRIES, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';
import {
  ASCII_PARTS,
  MATCHER_ASCII_PARTS,
  MATCHER_OUTSIDE_ASCII_PARTS,
  noisyText,
  OUTSIDE_ASCII_PARTS,
} from './phone-noise';

// findInText is the library's matcher that skips parsing hopeless candidates: on any text it reads
// (no digit outside ASCII) it must return exactly what findPhoneNumbersInText returns, in order.
const PARTS = [...ASCII_PARTS, ...MATCHER_ASCII_PARTS];
const OTHER_PARTS = [...PARTS, ...OUTSIDE_ASCII_PARTS, ...MATCHER_OUTSIDE_ASCII_PARTS];
/** ASCII noise, or (`other`) noise with characters outside ASCII as well. */
const noisy = (random: () => number, n: number, other = false) =>
  noisyText(random, n, other ? OTHER_PARTS : PARTS);

function differences(text: string): string[] {
  const wrong: string[] = [];
  for (const country of COUNTRIES) {
    const mine = findInText(text, country);
    if (!mine) continue;
    const library = findPhoneNumbersInText(text, country).map((f) => ({ start: f.startsAt, end: f.endsAt }));
    if (JSON.stringify(mine) !== JSON.stringify(library))
      wrong.push(`${country}: ${JSON.stringify(text)} ${JSON.stringify(mine)} ${JSON.stringify(library)}`);
  }
  return wrong;
}

describe('findInText finds what findPhoneNumbersInText finds', () => {
  it('on random mixes of digits, punctuation, extensions, dates, "+" and prefixes', () => {
    const random = rng(41);
    const wrong: string[] = [];
    let found = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 5 + Math.floor(random() * 70));
      wrong.push(...differences(text));
      found += findInText(text, 'IN')?.length ?? 0;
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });

  it('on random mixes with characters outside ASCII (no-break spaces, dashes, letters, marks)', () => {
    const random = rng(43);
    const wrong: string[] = [];
    let found = 0;
    let read = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 5 + Math.floor(random() * 70), true);
      wrong.push(...differences(text));
      const mine = findInText(text, 'IN');
      if (mine) read++;
      found += mine?.length ?? 0;
    }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(100);
  });

  it.each(LONG_SETS)('on the windows and whole texts of generated %s requests', (set) => {
    const wrong: string[] = [];
    const texts = longInputs(set, 29, 1);
    for (const text of texts.slice(0, 4)) {
      wrong.push(...differences(text));
      for (const w of phoneWindows(text)) wrong.push(...differences(text.slice(w.start, w.end)));
    }
    expect(wrong).toEqual([]);
  });

  it('parses a number written with "+" the same for every default country (parsed once)', () => {
    const random = rng(47);
    const differ: string[] = [];
    let valid = 0;
    for (let i = 0; i < 5000; i++) {
      const text = '+' + noisy(random, 6 + Math.floor(random() * 20), random() < 0.3);
      const outcomes = COUNTRIES.map((c) => {
        const n = parsePhoneNumber(text, c);
        return JSON.stringify(n?.isPossible() && n.isValid() ? [n.number, n.ext] : null);
      });
      if (outcomes[0] !== 'null') valid++;
      if (new Set(outcomes).size > 1) differ.push(`${JSON.stringify(text)} ${outcomes.join(' ')}`);
    }
    expect(differ).toEqual([]);
    expect(valid).toBeGreaterThan(100);
  });

  it('works out a number written with "+" once, and recalls it for the other countries', () => {
    const random = rng(48);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    // Nine hundred lines, and their inner candidates: more than one generation of remembered outcomes.
    const list = Array.from({ length: 900 }, () => `+44 7${digits(3)} ${digits(6)}`).join('\n');
    const parsed: number[] = [];
    const finds = COUNTRIES.map((c) => {
      const before = parsesMade();
      const found = findInText(list, c, true);
      parsed.push(parsesMade() - before);
      return found;
    });
    // Each line's number parsed in the first country's pass, none in the others'.
    expect(parsed[0]).toBeGreaterThan(700);
    expect(parsed.slice(1)).toEqual([0, 0]);
    // The same finds as the library's, for each country.
    for (const [k, c] of COUNTRIES.entries()) {
      const library = findPhoneNumbersInText(list, c).map((f) => ({ start: f.startsAt, end: f.endsAt }));
      expect(finds[k]).toEqual(library);
    }
  });

  it('reads text outside ASCII, and declines digits of other scripts', () => {
    expect(findInText('appelez le 020\u00a07946\u00a00321 \u00e9', 'GB')).toEqual([{ start: 11, end: 24 }]);
    expect(findInText('call 020 7946 0321 \u0663', 'GB')).toBeUndefined();
  });
});
