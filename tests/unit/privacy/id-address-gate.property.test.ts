import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LABELLED,
  NINO,
  nationalIdDetector,
  SSN,
  SSN_GATE,
} from '../../../lib/privacy/detectors/national-id';
import { PATTERNS, STREET_GATE, streetAddressDetector } from '../../../lib/privacy/detectors/street-address';
import { FirstMatchGate, ID_AND_ADDRESS_GATE } from '../../../lib/privacy/pattern-gates';
import { EMPTY_POLICY, type Finding, type PreparedContext } from '../../../lib/privacy/types';

// The two detectors as they were before the shared gate: every pattern scanned from the start.
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

describe('the national-id and street-address gate', () => {
  it('leaves both detectors finding what scanning every pattern from the start found', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(nationalIdDetector.detect(t, prepared, EMPTY_POLICY)).toEqual(referenceNationalId(t));
        expect(streetAddressDetector.detect(t, prepared, EMPTY_POLICY)).toEqual(referenceStreet(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the first start of any added pattern, which no match of the patterns precedes', () => {
    const starts = (t: string, re: RegExp) => [...t.matchAll(new RegExp(re.source, 'g'))].map((m) => m.index);
    const gated = [new RegExp(SSN_GATE), NINO, ...PATTERNS.slice(1), STREET_GATE];
    fc.assert(
      fc.property(text, (t) => {
        const first = ID_AND_ADDRESS_GATE.firstIndex(t);
        const all = gated.flatMap((re) => starts(t, re));
        // STREET itself starts before its street type: only its gate is added; SSN by a wider form.
        expect(first).toBe(all.length === 0 ? -1 : Math.min(...all));
        for (const m of t.matchAll(new RegExp(SSN.source, 'g')))
          expect(t.slice(m.index)).toMatch(new RegExp(`^(?:${SSN_GATE})`));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a source with a backreference', () => {
    expect(() => new FirstMatchGate().add(SSN.source)).toThrow();
  });
});
