import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../../lib/privacy/compose';
import { fold } from '../../../lib/privacy/normalize';
import { rankSpans } from '../../../lib/privacy/rank-spans';
import type { Span } from '../../../lib/privacy/types';

// resolveOverlaps as it was before its marks were kept between calls: two zeroed arrays per call.
function referenceResolve(spans: Span[]): Span[] {
  const ranked = rankSpans(spans);
  let length = 0;
  for (const span of ranked) if (span.end > length) length = span.end;
  const taken = new Uint8Array(length);
  const kept: Span[] = [];
  for (const span of ranked) {
    if (taken[span.start] === 1 || taken[span.end - 1] === 1) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// fold as it was: the ASCII regex, then lower case; other text decomposed, marks dropped.
const referenceFold = (text: string): string =>
  /^[\x20-\x7e]*$/.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();

const span = (limit: number) =>
  fc
    .tuple(fc.nat({ max: limit }), fc.nat({ max: 12 }), fc.nat({ max: 3 }))
    .map(([start, length, priority]): Span => ({
      start,
      end: start + length,
      kind: 'PERSON',
      source: 'test',
      priority,
    }));

describe('resolveOverlaps with marks kept between calls', () => {
  it('keeps what zeroed marks kept, call after call, short and long texts in turn', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.array(span(40), { maxLength: 30 }), fc.array(span(3000), { maxLength: 60 })), {
          maxLength: 6,
        }),
        (calls) => {
          for (const spans of calls) expect(resolveOverlaps(spans)).toEqual(referenceResolve(spans));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the same past the kept marks (a text longer than 2^17), between shorter ones', () => {
    // Far offsets get marks of their own for the call; the shorter calls around it use the kept ones.
    const far = fc.array(span(140_000), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(far, fc.array(span(3000), { maxLength: 60 })), { maxLength: 4 }),
        (calls) => {
          for (const spans of calls) expect(resolveOverlaps(spans)).toEqual(referenceResolve(spans));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('fold read from char codes', () => {
  it('folds as the ASCII regex and the decomposition did', () => {
    const pieces = [
      'a',
      'Z',
      'M',
      '@',
      ' ',
      '~',
      '\x7f',
      '\x1f',
      '\t',
      'É',
      'e\u0301',
      'ß',
      'İ',
      'Σ',
      '’',
      '日',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(fold(text)).toBe(referenceFold(text));
      }),
      { numRuns: 3000 },
    );
  });
});
