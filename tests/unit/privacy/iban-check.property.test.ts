import fc from 'fast-check';
import { ibanValid } from '../../../lib/privacy/detectors/iban';

/** The check as first written: letters to their numbers as strings, each digit through Number(). */
function reference(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

describe('ibanValid', () => {
  it('agrees with the check as first written, valid numbers and odd characters included', () => {
    const char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ' ', '\t', 'a', 'é', '𝒜', '٣');
    // Half of them made valid: two check digits chosen so the remainder is 1 (when the rest is plain).
    const candidate = fc.array(char, { minLength: 10, maxLength: 40 }).map((chars) => chars.join(''));
    const valid = fc
      .tuple(fc.constantFrom('GB', 'DE', 'FR', 'NL'), fc.stringMatching(/^[A-Z0-9]{11,28}$/))
      .map(([country, bban]) => {
        for (let check = 0; check < 100; check++) {
          const iban = `${country}${String(check).padStart(2, '0')}${bban}`;
          if (reference(iban)) return iban;
        }
        return `${country}00${bban}`;
      });
    let validSeen = 0;
    fc.assert(
      fc.property(fc.oneof(candidate, valid), (text) => {
        if (reference(text)) validSeen++;
        expect(ibanValid(text)).toBe(reference(text));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
    expect(validSeen).toBeGreaterThan(500);
  });
});
