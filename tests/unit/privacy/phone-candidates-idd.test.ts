import { describe, expect, it } from 'vitest';
import { findableIn } from '../../../lib/privacy/phone-candidates';
import { COUNTRIES } from '../../../lib/privacy/phone-windows';
import { findableIn as oldFindableIn } from './phone-old/candidates';

// findableMask skips a run shorter than any open country's shortest national number unless one of
// its national starts (a group's first digit when not glued to a letter, "%", "$" or "+") opens an
// IDD: only the IDD path can hold there. Short runs, exhaustively over digits that start IDDs and
// calling codes (0054 is findable for GB: "00" then the unmodelled 54), alone, glued, split into
// groups and after an extension label, must get the answers of the code without the bound.
function* runs(length: number, alphabet: readonly string[], prefix = ''): Generator<string> {
  if (length === 0) {
    yield prefix;
    return;
  }
  for (const d of alphabet) yield* runs(length - 1, alphabet, prefix + d);
}
const same = (shape: string, countries: typeof COUNTRIES) =>
  expect(findableIn(shape, countries), shape).toEqual(oldFindableIn(shape, countries));

describe('findableMask on runs too short for a national number', () => {
  it('answers as the code without the IDD bound', () => {
    let checked = 0;
    for (let length = 3; length <= 6; length++)
      for (const digits of runs(length, ['0', '1', '4', '5']))
        for (const shape of [
          `a ${digits} b`,
          `ab${digits} 1`,
          `7 ${digits.slice(0, 2)}.${digits.slice(2)}`,
          `%${digits.slice(0, 1)} ${digits.slice(1)}`,
        ]) {
          same(shape, COUNTRIES);
          checked++;
        }
    // Seven digits are too few only for IN (eight), asked alone.
    for (const digits of runs(7, ['0', '1', '5']))
      for (const shape of [`a ${digits} b`, `ab${digits} 1`])
        for (const country of COUNTRIES) {
          same(shape, [country]);
          checked++;
        }
    expect(checked).toBeGreaterThan(30_000);
  });
});
