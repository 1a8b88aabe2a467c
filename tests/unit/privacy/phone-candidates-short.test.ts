import { describe, expect, it } from 'vitest';
import { findableIn } from '../../../lib/privacy/phone-candidates';
import { COUNTRIES } from '../../../lib/privacy/phone-windows';
import { findableIn as oldFindableIn } from './phone-old/candidates';

// findableMask skips runs with fewer digits than any open country can use (boundsOf: shortest
// NSN, or the IDD and one digit of a calling code; no bound after "+"). Short runs, exhaustively
// over digits that start IDDs, prefixes and calling codes (an unmodelled code such as 54 after
// 011 makes a 5-digit run findable), must get the same answers as the code without the bound.
const ALPHABET = ['0', '1', '4', '5', '7', '9'];
function* runs(length: number, prefix = ''): Generator<string> {
  if (length === 0) {
    yield prefix;
    return;
  }
  for (const d of ALPHABET) yield* runs(length - 1, prefix + d);
}

describe('findableMask on short runs', () => {
  it('answers as the code without the digit-count bound', () => {
    let checked = 0;
    for (let length = 1; length <= 6; length++)
      for (const digits of runs(length))
        for (const shape of [
          `a ${digits} b`,
          `+${digits}`,
          `x ${digits.slice(0, 3)}-${digits.slice(3)} 12`,
        ]) {
          expect(findableIn(shape, COUNTRIES), shape).toEqual(oldFindableIn(shape, COUNTRIES));
          checked++;
        }
    expect(checked).toBeGreaterThan(100_000);
  });
});
