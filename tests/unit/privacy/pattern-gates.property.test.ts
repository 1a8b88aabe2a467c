import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOB, DOB_GATE } from '../../../lib/privacy/detectors/date-of-birth';
import { IBAN } from '../../../lib/privacy/detectors/iban';
import { holdsIpv6Colons, IPV4, IPV6_GATE } from '../../../lib/privacy/detectors/ip-address';
import { LABELLED, NINO, SSN } from '../../../lib/privacy/detectors/national-id';
import { CARD } from '../../../lib/privacy/detectors/payment-card';
import { PATTERNS, STREET_GATE } from '../../../lib/privacy/detectors/street-address';
import { allMatches, hasAsciiDigit, holdsAsciiFolded } from '../../../lib/privacy/pattern-gates';

// The gated detectors return nothing for a text without an ASCII digit. That is sound only if
// every match of their patterns holds one: checked here on texts built to match them often.
const GATED: [string, RegExp][] = [
  ['SSN', SSN],
  ['NINO', NINO],
  ['LABELLED', LABELLED],
  ['DOB', DOB],
  ['CARD', CARD],
  ['IBAN', IBAN],
  ['IPV4', IPV4],
  ...PATTERNS.map((re, i): [string, RegExp] => [`ADDRESS${i}`, re]),
];

const PIECES = [
  'passport no. ',
  'employee ID: ',
  'account # ',
  'sort code ',
  'X1234567',
  'AB-CDEF',
  'ABCD-EFGH',
  'born on ',
  'DOB: ',
  'birthday is ',
  'Date of Birth ',
  'BIRTH DATE',
  'd.o.b. ',
  'Born ',
  '3 March 1985',
  'March 3, 1985',
  '03/03/1985',
  '1985-03-03',
  'May',
  '221B ',
  '1428 ',
  'Elm ',
  'Baker ',
  'Street',
  'St., Apt 4',
  'Way',
  'Walk',
  'Stone',
  'Grove_',
  'Rd',
  'CA 90210',
  'SW1A 1AA',
  'P.O. Box 12',
  'Linden',
  'straße ',
  ' Allee ',
  'Bri',
  'gade ',
  'Via ',
  'della ',
  'Spiga',
  ', 75002 Paris',
  'rue ',
  'Paix',
  'ul. ',
  'PO Box ',
  'AB 12 34 56 C',
  'QQ123456C',
  '123-45-6789',
  '4111 1111 1111 1111',
  'GB82 WEST 1234 5698 7654 32',
  'DE89370400440532013000',
  '192.168.0.1',
  '10.0.0.',
  '٣',
  '𝟏',
  'é',
  ' ',
  '-',
  '.',
  ':',
  '\n',
  'Zoë',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('pattern gates', () => {
  it('every match of a gated pattern holds an ASCII digit, and allMatches gives what matchAll gives', () => {
    const matched = new Set<string>();
    fc.assert(
      fc.property(text, (t) => {
        expect(hasAsciiDigit(t)).toBe(/[0-9]/.test(t));
        for (const [name, re] of GATED) {
          const slow = [...t.matchAll(re)];
          if (slow.length > 0) matched.add(name);
          for (const m of slow) expect(/[0-9]/.test(m[0])).toBe(true);
          // The street pattern runs only on texts with a street type: each of its matches has one.
          if (re === PATTERNS[0] && slow.length > 0) expect(STREET_GATE.test(t)).toBe(true);
          // The date of birth pattern runs only on texts with a cue word: each of its matches has one.
          if (re === DOB) for (const m of slow) expect(DOB_GATE.test(m[0])).toBe(true);
          const fast = allMatches(t, re);
          expect(fast.map((m) => [m.index, ...m])).toEqual(slow.map((m) => [m.index, ...m]));
          expect(re.lastIndex).toBe(0);
        }
      }),
      { numRuns: 3000, seed: 21 },
    );
    // The texts reach every pattern: a test that never matched one would say nothing of it.
    expect([...matched].sort()).toEqual(GATED.map(([name]) => name).sort());
  });

  it('the gates read without a regex answer as their regexes do', () => {
    // Colons, hex digits of both cases (up to five in a row), letters past "f", and what ends a run of
    // them; "box" whole, cut and in every case, next to letters that fold to ASCII ones with the u flag
    // only ("K", "ſ").
    const colons = fc.constantFrom(
      ':',
      ':',
      '::',
      '0',
      'a',
      'F',
      'g',
      'x',
      '1234',
      '12345',
      'fE80',
      ' ',
      'é',
      'K',
    );
    const boxes = fc.constantFrom(
      'b',
      'B',
      'o',
      'O',
      'x',
      'X',
      'bo',
      'ox',
      'box',
      'BOX',
      'bOx',
      'ſ',
      'K',
      ' ',
    );
    const counts = { ipv6: 0, box: 0, runs: 0 };
    fc.assert(
      fc.property(fc.array(colons, { maxLength: 10 }), fc.array(boxes, { maxLength: 8 }), (a, b) => {
        const t = a.join('');
        const u = b.join('');
        expect(holdsIpv6Colons(t)).toBe(IPV6_GATE.test(t));
        expect(holdsAsciiFolded(u, 'box')).toBe(/box/i.test(u));
        counts.runs++;
        if (IPV6_GATE.test(t)) counts.ipv6++;
        if (/box/i.test(u)) counts.box++;
      }),
      { numRuns: 5000, seed: 3 },
    );
    // Both answers came out both ways, often.
    for (const held of [counts.ipv6, counts.box]) {
      expect(held).toBeGreaterThan(counts.runs / 10);
      expect(held).toBeLessThan((counts.runs * 9) / 10);
    }
  });

  it('allMatches steps over empty matches as matchAll does, by code point with the u flag', () => {
    for (const re of [/x*/g, /x*/gu, /(?:)/gu, /\b/g]) {
      for (const t of ['', 'ab', 'x𝐀xx', '𝐀𝐀', 'a\ud800b']) {
        expect(allMatches(t, re).map((m) => [m.index, m[0]])).toEqual(
          [...t.matchAll(re)].map((m) => [m.index, m[0]]),
        );
      }
    }
  });
});
