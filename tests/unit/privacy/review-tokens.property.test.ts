import fc from 'fast-check';
import type { Token } from '../../../lib/privacy/normalize';
import { notInRuns, outside, tokenAt } from '../../../lib/privacy/review-tokens';

/** Tokens in text order from gaps and lengths (a gap of 0 puts two tokens side by side). */
const tokens = fc
  .array(fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 4 })), { maxLength: 30 })
  .map((parts) => {
    const list: Token[] = [];
    let at = 0;
    for (const [gap, length] of parts) {
      at += gap;
      list.push({ start: at, end: at + length, raw: 'w', norm: String(at % 3) });
      at += length;
    }
    return list;
  });
/** Ranges anywhere over those offsets: empty, overlapping, nested, in any order. */
const ranges = fc.array(
  fc.tuple(fc.nat(120), fc.nat(8)).map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 12 },
);

describe("the review's token walks", () => {
  it('outside keeps the tokens that overlap no range and that keep allows, in order', () => {
    fc.assert(
      fc.property(tokens, ranges, (list, spans) => {
        const keep = (t: Token) => t.norm !== '0';
        const expected = list.filter(
          (t) => keep(t) && !spans.some((s) => t.start < s.end && t.end > s.start),
        );
        expect(outside(list, spans, keep)).toEqual(expected);
      }),
      { numRuns: 5000, seed: 5 },
    );
  });

  it('notInRuns keeps the tokens that no run holds whole', () => {
    fc.assert(
      fc.property(tokens, fc.array(fc.tuple(fc.nat(30), fc.nat(3)), { maxLength: 10 }), (list, picks) => {
        // Runs as knownRuns makes them: from a token's start to a later token's end, in order, disjoint.
        const runs: { start: number; end: number }[] = [];
        let from = 0;
        for (const [skip, length] of picks) {
          const first = from + (skip % 4);
          const last = first + length;
          if (last >= list.length) break;
          runs.push({ start: (list[first] as Token).start, end: (list[last] as Token).end });
          from = last + 1;
        }
        const expected = list.filter((t) => !runs.some((r) => t.start >= r.start && t.end <= r.end));
        expect(notInRuns(list, runs)).toEqual(expected);
      }),
      { numRuns: 5000, seed: 6 },
    );
  });

  it('tokenAt finds the token starting at an offset, or -1', () => {
    fc.assert(
      fc.property(tokens, fc.nat(130), (list, start) => {
        expect(tokenAt(list, start)).toBe(list.findIndex((t) => t.start === start));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
