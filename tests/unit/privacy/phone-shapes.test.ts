import metadata from 'libphonenumber-js/min/metadata';
import { mayHoldNanp, mayHoldNational, NANP_UNION, nanpStartsAt } from '../../../lib/privacy/phone-shapes';
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

describe('mayHoldNanp (US while the +1 union is NANP_UNION)', () => {
  it('is used only on the +1 union it was derived from', () => {
    const countries = metadata.countries as unknown as Record<string, readonly [string, string, string]>;
    const group = (metadata.country_calling_codes as Record<string, string[]>)['1'] ?? [];
    const patterns = [...new Set(group.map((c) => countries[c]?.[2]))];
    expect(new RegExp(`(?:${patterns.map((p) => `(?:${p})`).join('|')})`).source).toBe(NANP_UNION);
  });
  it('matches at a start exactly where the union does, for every 4-digit head and room', () => {
    // Every alternative of the union is a literal head of at most 4 digits then \d{k}: whether it
    // matches at a start depends on the 4 digits there and the room left, all enumerated here.
    const union = new RegExp(NANP_UNION, 'y');
    for (let head = 0; head < 10000; head++)
      for (let room = 0; room <= 13; room++)
        for (const fill of ['0', '9']) {
          const digits = (String(head).padStart(4, '0') + fill.repeat(room)).slice(0, room);
          union.lastIndex = 0;
          if (nanpStartsAt(digits, 0) !== union.test(digits))
            expect([digits, nanpStartsAt(digits, 0)]).toBe(0);
        }
  });
  it('answers as the union search on random digit strings', () => {
    const random = rng(17);
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(random() * 24);
      const digits = Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
      expect([digits, mayHoldNanp(digits)]).toEqual([digits, stickyAtEveryStart(digits, 'US')]);
    }
  });
});
