import fc from 'fast-check';
import { noteRedacted } from '../../../lib/privacy/redaction-note';

/** Disjoint ranges of a text, in reading order. */
export type Ranges = [number, number][];

/**
 * `base`, disjoint ranges of it in reading order (cut from base[from, to]), and a blank length (a
 * placeholder's) for each: a redacted text, as the readers that build on redact's note meet it.
 */
export const blankingsOf = (base: string, most: number, from = 0, to = base.length) =>
  fc.uniqueArray(fc.integer({ min: from, max: to }), { minLength: 2, maxLength: most }).chain((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const ranges: Ranges = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      ranges.push([sorted[i] as number, sorted[i + 1] as number]);
    return fc.tuple(
      fc.constant(base),
      fc.constant(ranges),
      fc.array(fc.integer({ min: 1, max: 12 }), { minLength: ranges.length, maxLength: ranges.length }),
    );
  });

/** `base` with each range replaced by its blank of spaces. */
export function blanked(base: string, ranges: Ranges, blanks: number[]): string {
  let out = '';
  let at = 0;
  ranges.forEach(([start, end], i) => {
    out += base.slice(at, start) + ' '.repeat(blanks[i] as number);
    at = end;
  });
  return out + base.slice(at);
}

/** Notes `base` as redacted at `ranges`, with no outbound text a guard will see (nothing confirmed). */
export const noteBlanks = (base: string, ranges: Ranges, blanks: number[]) =>
  noteRedacted(
    base,
    ranges.map(([start, end], i) => ({ start, end, placeholder: 'x'.repeat(blanks[i] as number) })),
    '',
  );
