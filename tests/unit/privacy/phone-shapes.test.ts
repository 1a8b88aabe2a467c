import metadata from 'libphonenumber-js/min/metadata';
import { mayHoldNational } from '../../../lib/privacy/phone-shapes';
import { COUNTRIES, type PhoneCountry } from '../../../lib/privacy/phone-windows';
import { rng } from '../../../scripts/privacy-synthetic';

/** The check mayHoldNational replaced: a sticky test of the calling code's patterns at every i. */
function stickyAtEveryStart(digits: string, country: PhoneCountry): boolean {
  const countries = metadata.countries as unknown as Record<string, readonly [string, string, string]>;
  const code = countries[country]?.[0] ?? '';
  const group = (metadata.country_calling_codes as Record<string, string[]>)[code] ?? [];
  const pattern = new RegExp(`(?:${group.map((c) => `(?:${countries[c]?.[2]})`).join('|')})`, 'y');
  for (let i = 0; i + 7 <= digits.length; i++) {
    pattern.lastIndex = i;
    if (pattern.test(digits)) return true;
  }
  return false;
}

describe('mayHoldNational', () => {
  it('answers as a sticky test at every start did, on random digit strings', () => {
    const random = rng(9);
    for (let i = 0; i < 3000; i++) {
      const n = 6 + Math.floor(random() * 20);
      const digits = Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
      for (const country of COUNTRIES)
        expect([digits, country, mayHoldNational(digits, country)]).toEqual([
          digits,
          country,
          stickyAtEveryStart(digits, country),
        ]);
    }
  });
});
