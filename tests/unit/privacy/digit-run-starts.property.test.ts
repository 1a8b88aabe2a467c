import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IBAN } from '../../../lib/privacy/detectors/iban';
import { IPV4 } from '../../../lib/privacy/detectors/ip-address';
import { NINO, SSN } from '../../../lib/privacy/detectors/national-id';
import { CARD } from '../../../lib/privacy/detectors/payment-card';
import { PATTERNS } from '../../../lib/privacy/detectors/street-address';
import {
  cardStarts,
  ibanStarts,
  ipv4Starts,
  matchesAtRuns,
  ninoStarts,
  type RunStarts,
  ssnStarts,
  ukPostcodeStarts,
  zipStarts,
} from '../../../lib/privacy/digit-run-starts';
import { scanText } from '../../../lib/privacy/forms/text-scan';

// Each pattern with the candidates its detector tries it at.
const CASES: [string, RegExp, RunStarts][] = [
  ['CARD', CARD, cardStarts],
  ['IBAN', IBAN, ibanStarts],
  ['IPV4', IPV4, ipv4Starts],
  ['SSN', SSN, ssnStarts],
  ['NINO', NINO, ninoStarts],
  ['US_ZIP', PATTERNS[1] as RegExp, zipStarts],
  ['UK_POSTCODE', PATTERNS[2] as RegExp, ukPostcodeStarts],
];

// Pieces that make each pattern match, nearly match, or match inside longer runs and chains.
const PIECES = [
  '4111 1111 1111 1111',
  '4111-1111-1111-1111',
  '4111111111111111',
  '4111  1111',
  '1111 ',
  '12345678901234567890',
  'GB82 WEST 1234 5698 7654 32',
  'DE89370400440532013000',
  'GB89BARC40661996638180',
  'TX1884262125',
  'ACC-75204940',
  'GB',
  'DE',
  'X',
  'a',
  '_',
  '192.168.0.1',
  '10.0.0.',
  '1.2.3.4.5',
  '255.255.255.255',
  '256.1.1.1',
  '01.2.3.4',
  '1234.5.6.7',
  '123-45-6789',
  '123 45 6789',
  '123-45 6789',
  '666-12-3456',
  '123456789',
  'AB 12 34 56 C',
  'QQ123456C',
  'GB123456A',
  'CA 90210',
  'CA\u00a090210',
  'NY\n\t10001-1234',
  'SW1A 1AA',
  'M1 1AE',
  'EC1A',
  'XAB 12 34 56 C',
  'AB 1234 56 C',
  'CE12 3456D',
  '_SW1A 1AA',
  'W1 1AA',
  'W12 1AA',
  '1234567890',
  '.',
  '..',
  ' ',
  '-',
  ' - ',
  ',',
  '\n',
  '٣',
  '𝟏',
  'é',
  'Ǆ',
];
const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.stringMatching(/^[0-9]{1,5}$/),
  fc.stringMatching(/^[A-Z]{1,3}$/),
);
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('digit-run starts', () => {
  it('find what a global scan finds, for each pattern tried only at its candidates', () => {
    const matched = new Set<string>();
    fc.assert(
      fc.property(text, (t) => {
        for (const [name, global, starts] of CASES) {
          const slow = [...t.matchAll(global)];
          if (slow.length > 0) matched.add(name);
          const sticky = new RegExp(global.source, 'y');
          const fast = matchesAtRuns(t, sticky, starts);
          expect(fast.map((m) => [m.index, ...m])).toEqual(slow.map((m) => [m.index, ...m]));
          expect(sticky.lastIndex).toBe(0);
        }
      }),
      { numRuns: 4000, seed: 7 },
    );
    // The texts reach every pattern: a test that never matched one would say nothing of it.
    expect([...matched].sort()).toEqual(CASES.map(([name]) => name).sort());
  });

  // The runs come from scanText's one walk of the last text: a text scanned in between (another
  // reader's) must not leave its runs to the next.
  it('reads the runs of the text asked about, whatever was scanned before', () => {
    const card = new RegExp(CARD.source, 'y');
    const a = 'x 4111 1111 1111 1111 y';
    const b = '123 4111111111111111';
    scanText(b);
    expect(matchesAtRuns(a, card, cardStarts).map((m) => m[0])).toEqual(['4111 1111 1111 1111']);
    expect(matchesAtRuns(b, card, cardStarts).map((m) => m[0])).toEqual(['123 4111111111111111']);
  });

  // Long texts of many runs: the candidates buffer grows, and each text gets its own.
  it('finds every match of a long table', () => {
    const row = (i: number) =>
      `2026-01-${String(i % 28).padStart(2, '0')},4111 1111 1111 ${1000 + i},10.0.${i % 256}.1,GB82WEST1234${String(i).padStart(6, '0')}\n`;
    const table = Array.from({ length: 700 }, (_, i) => row(i)).join('');
    for (const [, global, starts] of CASES) {
      const sticky = new RegExp(global.source, 'y');
      expect(matchesAtRuns(table, sticky, starts).map((m) => [m.index, m[0]])).toEqual(
        [...table.matchAll(global)].map((m) => [m.index, m[0]]),
      );
    }
  });
});
