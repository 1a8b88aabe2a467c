import metadata from 'libphonenumber-js/min/metadata';
import {
  GB_UNION,
  IN_UNION,
  mayHoldNanp,
  mayHoldNational,
  mayHoldNationalIn,
  NANP_UNION,
  nanpStartsAt,
} from '../../../lib/privacy/phone-shapes';
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

describe('mayHoldNational for GB and IN by first digit and room', () => {
  const unionOf = (country: PhoneCountry) => {
    const countries = metadata.countries as unknown as Record<string, readonly [string, string, string]>;
    const code = countries[country]?.[0] ?? '';
    const group = (metadata.country_calling_codes as Record<string, string[]>)[code] ?? [];
    const patterns = [...new Set(group.map((c) => countries[c]?.[2]))];
    return new RegExp(`(?:${patterns.map((p) => `(?:${p})`).join('|')})`).source;
  };
  it('is used only on the unions it was derived from', () => {
    expect(unionOf('GB')).toBe(GB_UNION);
    expect(unionOf('IN')).toBe(IN_UNION);
  });
  it.each(['GB', 'IN'] as const)('matches where the %s union does', (country) => {
    // Each alternative is a literal head (at most 6 digits: IN's "000800") then \d{k}, so what
    // decides is the head's digits and the room: every first digit, room and fill, then random
    // strings over alphabets that make the heads likely.
    const union = new RegExp(unionOf(country), 'y');
    const wrong: string[] = [];
    const check = (digits: string) => {
      const values = Uint8Array.from(digits, (c) => c.charCodeAt(0) - 48);
      if (mayHoldNationalIn(values, 0, values.length, country) !== stickyAnywhere(digits, union))
        wrong.push(digits);
    };
    for (let first = 0; first < 10; first++)
      for (let fill = 0; fill < 10; fill++)
        for (let room = 0; room <= 15; room++)
          check((String(first) + String(fill).repeat(15)).slice(0, room));
    const random = rng(23);
    for (const alphabet of ['08', '0189', '0123456789', '000800', '1481624534'])
      for (let i = 0; i < 3000; i++) {
        const n = Math.floor(random() * 18);
        check(
          Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)] ?? '0').join(''),
        );
      }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

/** Whether the sticky union matches at some start with room for 7 digits (mayHoldNational's rule). */
function stickyAnywhere(digits: string, union: RegExp): boolean {
  for (let i = 0; i + 7 <= digits.length; i++) {
    union.lastIndex = i;
    if (union.test(digits)) return true;
  }
  return false;
}
