import { getCountries, Metadata } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { planOf } from '../../../lib/privacy/phone-numbering';
import { codeRules, codeRulesAt, isCallingCode } from '../../../lib/privacy/phone-plans';
import { rng } from '../../../scripts/privacy-synthetic';

/** leadingDigits() of a country's plan, read as phone-numbering.ts reads it. */
function leadingOf(country: string): string | undefined {
  const m = new Metadata() as unknown as {
    selectNumberingPlan(s: string): void;
    numberingPlan: { leadingDigits(): string | undefined };
  };
  m.selectNumberingPlan(country);
  return m.numberingPlan.leadingDigits();
}

describe('phone-numbering leading digits', () => {
  // getCountryByNationalNumber asks `search(new RegExp(leadingDigits)) === 0`; the plan view
  // anchors the pattern instead: the same answer on every number, for every plan with them.
  it('anchored test answers as search() === 0', () => {
    const random = rng(14);
    let checked = 0;
    for (const country of getCountries()) {
      const leading = leadingOf(country);
      const view = planOf(country).leading;
      if (!leading) {
        expect(view).toBeUndefined();
        continue;
      }
      if (!view) throw new Error(`no leading pattern for ${country}`);
      const library = new RegExp(leading);
      // Random digits, and numbers opening with each short prefix (the patterns test 1-4 digits).
      const numbers: string[] = [];
      for (let k = 0; k < 300; k++) {
        let n = '';
        const length = 1 + Math.floor(random() * 17);
        for (let i = 0; i < length; i++) n += String(Math.floor(random() * 10));
        numbers.push(n);
      }
      for (let p = 0; p < 1000; p++) numbers.push(String(p).padStart(3, '0') + '4567890', String(p));
      for (const n of numbers) {
        expect(view.test(n), `${country} ${n}`).toBe(n.search(library) === 0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe('phone-plans codeRulesAt', () => {
  it('gives codeRules of every known 1-3 digit calling code, and null for the rest', () => {
    for (let length = 1; length <= 3; length++)
      for (let value = 10 ** (length - 1); value < 10 ** length; value++) {
        const code = String(value);
        expect(codeRulesAt(length, value)).toBe(isCallingCode(code) ? codeRules(code) : null);
      }
  });
});
