import fc from 'fast-check';
import { resolveOverlaps } from '../../../lib/privacy/compose';
import { joinParts } from '../../../lib/privacy/known-index';
import { byRank, rankSpans } from '../../../lib/privacy/rank-spans';
import type { Span } from '../../../lib/privacy/types';

const span = (start: number, end: number, priority = 1, source = 's'): Span => ({
  start,
  end,
  kind: 'PRIVATE',
  source,
  priority,
});

/** The rule as written: longest first, then priority, then earlier; a span overlapping a kept one goes. */
function reference(spans: Span[]): Span[] {
  const ranked = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const s of ranked)
    if (s.end > s.start && kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

describe('resolveOverlaps', () => {
  it.each([
    ['the longer span wins', [span(0, 5), span(2, 9)], [[2, 9]]],
    ['equal length: the higher priority', [span(0, 4, 1), span(2, 6, 3)], [[2, 6]]],
    ['equal length and priority: the earlier', [span(2, 6), span(0, 4)], [[0, 4]]],
    [
      'touching spans both stay',
      [span(0, 3), span(3, 6)],
      [
        [0, 3],
        [3, 6],
      ],
    ],
    ['an empty span is dropped', [span(4, 4), span(0, 2)], [[0, 2]]],
    [
      'a span inside a kept one goes',
      [span(0, 10), span(3, 5), span(10, 12)],
      [
        [0, 10],
        [10, 12],
      ],
    ],
  ])('%s', (_name, spans, expected) => {
    expect(resolveOverlaps(spans).map((s) => [s.start, s.end])).toEqual(expected);
  });

  it('keeps what the rule as written keeps, on generated spans', () => {
    const spans = fc.array(
      fc
        .tuple(fc.nat(200), fc.nat(30), fc.integer({ min: 1, max: 4 }))
        .map(([start, length, priority]) => span(start, start + length, priority)),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(spans, (list) => {
        expect(resolveOverlaps(list)).toEqual(reference(list));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});

describe('rankSpans', () => {
  it('orders as the stable comparator sort does, equal ranks in input order', () => {
    // Few starts, lengths and priorities, so equal ranks are common; the source tells them apart.
    const spans = fc.array(
      fc
        .tuple(fc.nat(40), fc.nat(12), fc.constantFrom(1, 2, 2.5, 3, 4), fc.nat(1000))
        .map(([start, length, priority, id]) => span(start, start + length, priority, `s${id}`)),
      { maxLength: 300 },
    );
    // Both ways rankSpans takes: a direct sort under 16 spans, the counting pass from 16 on.
    const many = fc
      .array(
        spans.chain((a) => fc.constant(a)),
        { minLength: 2, maxLength: 4 },
      )
      .map((lists) => lists.flat());
    fc.assert(
      fc.property(fc.oneof(spans, many), (list) => {
        const expected = list.filter((s) => s.end > s.start).sort(byRank);
        expect(rankSpans(list)).toEqual(expected);
        // The same span objects (resolveOverlaps hands them on), not copies.
        rankSpans(list).forEach((s, i) => expect(s).toBe(expected[i]));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});

describe('joinParts', () => {
  it.each([
    ['parts divided by a space join', 'tamil sangam', [span(0, 5), span(6, 12)], [0, 12]],
    ['parts divided by a hyphen join', 'jean-luc', [span(0, 4), span(5, 8)], [0, 8]],
    ['parts divided by a comma stay apart', 'tamil, sangam', [span(0, 5), span(7, 13)], undefined],
    ['parts of two values stay apart', 'tamil sangam', [span(0, 5, 3, 'a'), span(6, 12, 3, 'b')], undefined],
    ['three parts join into one', 'a bb cc', [span(0, 1), span(2, 4), span(5, 7)], [0, 7]],
  ])('%s', (_name, text, spans, expected) => {
    const joined = joinParts(text, spans).slice(spans.length);
    if (expected) expect(joined.map((s) => [s.start, s.end])).toContainEqual(expected);
    else expect(joined).toEqual([]);
  });
});
