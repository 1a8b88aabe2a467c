import fc from 'fast-check';
import { ReviewWords } from '../../../lib/privacy/review-tokens';
import type { Token, Tokens } from '../../../lib/privacy/token-columns';

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

/** The tokens as tokensOf gives them. */
const columnsOf = (list: Token[]): Tokens => ({
  count: list.length,
  starts: Int32Array.from(list, (t) => t.start),
  ends: Int32Array.from(list, (t) => t.end),
  raws: list.map((t) => t.raw),
  norms: list.map((t) => t.norm),
});

const wordsOf = (words: ReviewWords): Token[] =>
  Array.from({ length: words.length }, (_, p) => words.token(p));
const keep = (norm: string) => norm !== '0';

describe("the review's words", () => {
  it('are the tokens that overlap no range and that keep allows, in order', () => {
    fc.assert(
      fc.property(tokens, ranges, (list, spans) => {
        const expected = list.filter(
          (t) => keep(t.norm) && !spans.some((s) => t.start < s.end && t.end > s.start),
        );
        const words = ReviewWords.outside(columnsOf(list), spans, keep);
        expect(wordsOf(words)).toEqual(expected);
        expect(expected.map((t, p) => [words.start(p), words.end(p), words.norm(p)])).toEqual(
          expected.map((t) => [t.start, t.end, t.norm]),
        );
      }),
      { numRuns: 5000, seed: 5 },
    );
  });

  it('notIn gives the positions of the words that no run holds whole', () => {
    fc.assert(
      fc.property(tokens, fc.array(fc.tuple(fc.nat(30), fc.nat(3)), { maxLength: 10 }), (list, picks) => {
        const words = ReviewWords.outside(columnsOf(list), [], () => true);
        // Runs as knownRuns makes them: from a word's start to a later word's end, in order, disjoint.
        const runs: { start: number; end: number }[] = [];
        let from = 0;
        for (const [skip, length] of picks) {
          const first = from + (skip % 4);
          const last = first + length;
          if (last >= list.length) break;
          runs.push({ start: (list[first] as Token).start, end: (list[last] as Token).end });
          from = last + 1;
        }
        const expected = list.flatMap((t, p) =>
          runs.some((r) => t.start >= r.start && t.end <= r.end) ? [] : [p],
        );
        expect([...words.notIn(runs)]).toEqual(expected);
      }),
      { numRuns: 5000, seed: 6 },
    );
  });

  it('at finds the word starting at an offset, or -1', () => {
    fc.assert(
      fc.property(tokens, ranges, fc.nat(130), (list, spans, start) => {
        const words = ReviewWords.outside(columnsOf(list), spans, keep);
        expect(words.at(start)).toBe(wordsOf(words).findIndex((t) => t.start === start));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
