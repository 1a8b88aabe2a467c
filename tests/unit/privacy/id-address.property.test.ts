import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELLED, NINO, nationalIdDetector, SSN } from '../../../lib/privacy/detectors/national-id';
import { PATTERNS, streetAddressDetector } from '../../../lib/privacy/detectors/street-address';
import { EMPTY_POLICY, type Finding, type PreparedContext } from '../../../lib/privacy/types';

// The two detectors as first written: every pattern scanned from the start. They now try the patterns
// that hold a number only where a match can start (digit-run-starts.ts), and the street pattern only
// on a text with a street type.
function spansOf(text: string, re: RegExp, source: string, group = 0): Finding[] {
  return [...text.matchAll(re)].flatMap((m) => {
    const value = m[group];
    if (!value) return [];
    const start = m.index + m[0].lastIndexOf(value);
    return [{ start, end: start + value.length, kind: 'ID' as const, source }];
  });
}
function referenceNationalId(text: string): Finding[] {
  if (!/[0-9]/.test(text)) return [];
  const ssn = spansOf(text, SSN, 'pattern: US social security number').filter((s) =>
    /[- ]/.test(text.slice(s.start, s.end)),
  );
  return [
    ...ssn,
    ...spansOf(text, NINO, 'pattern: UK National Insurance number'),
    ...spansOf(text, LABELLED, 'pattern: labelled identifier', 1),
  ];
}
function referenceStreet(text: string): Finding[] {
  if (!/[0-9]/.test(text)) return [];
  return PATTERNS.flatMap((re) =>
    [...text.matchAll(re)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'ADDRESS' as const,
      source: 'pattern: street address',
    })),
  );
}

// Pieces that make each pattern match, nearly match, or match late in the text (after other hits).
const PIECES = [
  '123-45-6789',
  '123 45 6789',
  '123-45 6789',
  '000-12-3456',
  '666-12-3456',
  '912-12-3456',
  '123-00-4567',
  '123456789',
  '12',
  '34',
  'AB 12 34 56 C',
  'QQ123456C',
  'GB123456A',
  'TN 12 34 56 A',
  'CA 90210',
  'CA\u00a090210',
  'NY\n\t10001',
  '12345',
  '123456',
  'EC1A',
  'W1',
  ' 1AA',
  'NY  10001-1234',
  'SW1A 1AA',
  'M1 1AE',
  'P.O. Box 12',
  'po box 7',
  'PO Box ',
  '221B ',
  '1428 ',
  'Elm ',
  'Baker ',
  'Street',
  'St., Apt 4',
  'Grove_',
  'passport no. ',
  'X1234567',
  'A',
  'Z',
  '9',
  ' ',
  '-',
  '\n',
  'é',
  'x',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));
const prepared = {} as PreparedContext;

describe('the national-id and street-address detectors', () => {
  it('leaves both detectors finding what scanning every pattern from the start found', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(nationalIdDetector.detect(t, prepared, EMPTY_POLICY)).toEqual(referenceNationalId(t));
        expect(streetAddressDetector.detect(t, prepared, EMPTY_POLICY)).toEqual(referenceStreet(t));
      }),
      { numRuns: 3000 },
    );
  });
});
