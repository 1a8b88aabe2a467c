import type { Span } from './types';

/** The ranking rule: longest first, then higher priority, then earlier (then input order: a stable sort). */
export const byRank = (a: Span, b: Span): number =>
  b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;

/**
 * The non-empty spans in rank order (byRank, equal ranks in input order). A dense table gives
 * thousands of spans, and the comparator sort of them was most of choosing among them. A stable
 * counting sort by length first (lengths are small numbers) leaves each length's spans in input
 * order: detector by detector, so by priority, each detector's in reading order. The stable
 * comparator sort after it then mostly finds runs already in order (V8 sorts by merging runs), and the
 * result is the same as sorting the input directly: both are the stable sort by byRank.
 */
const SMALL = 16;

export function rankSpans(spans: readonly Span[]): Span[] {
  // Detectors give no empty span in practice: then the input is read as it is, not copied first by a
  // filter (an array grown span by span, garbage as soon as the spans are placed below).
  let empty = 0;
  let longest = 0;
  for (const span of spans) {
    if (!(span.end > span.start)) empty++;
    else if (span.end - span.start > longest) longest = span.end - span.start;
  }
  const live = empty === 0 ? spans : spans.filter((span) => span.end > span.start);
  // A few spans (a short text's): the counting pass costs more than it saves, and sorting the input
  // directly gives the same order (see above). Sorted in a copy: the input is the caller's.
  if (live.length < SMALL) return (live === spans ? spans.slice() : (live as Span[])).sort(byRank);
  // Slots by length, longest first: count each length, then turn counts into starting slots.
  const slot = new Int32Array(longest + 2);
  for (const span of live) {
    const k = longest - (span.end - span.start) + 1;
    slot[k] = (slot[k] ?? 0) + 1;
  }
  for (let k = 1; k <= longest + 1; k++) slot[k] = (slot[k] ?? 0) + (slot[k - 1] ?? 0);
  const byLength = new Array<Span>(live.length);
  for (const span of live) {
    const k = longest - (span.end - span.start);
    const at = slot[k] ?? 0;
    slot[k] = at + 1;
    byLength[at] = span;
  }
  return byLength.sort(byRank);
}
