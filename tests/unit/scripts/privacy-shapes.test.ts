import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redactChecked } from '../../../lib/privacy';
import { checkRedacted } from '../../../lib/privacy/check-outbound';
import { SHAPES, shapeText } from '../../../scripts/lib/privacy-shapes';
import { rng, syntheticContext } from '../../../scripts/privacy-synthetic';

describe("bench:privacy-shapes' texts", () => {
  it('are as long as asked, the same for a seed, and differ between seeds', () => {
    for (const shape of Object.keys(SHAPES)) {
      const text = shapeText(shape, 3_000, 7);
      expect(text, shape).toHaveLength(3_000);
      expect(shapeText(shape, 3_000, 7), shape).toBe(text);
      // One shape repeats a single word: every seed gives it.
      if (shape !== 'one-word-repeated') expect(shapeText(shape, 3_000, 8), shape).not.toBe(text);
    }
  });

  it('refuses a shape it does not have', () => {
    expect(() => shapeText('no such shape', 100, 1)).toThrow(/no shape/);
  });

  it('go through the privacy stage, whose outbound text is each of them with its values replaced', () => {
    const prepared = preparePrivacy(syntheticContext(rng(42)));
    let redacted = 0;
    for (const shape of Object.keys(SHAPES)) {
      const text = shapeText(shape, 2_000, 3);
      const result = redactChecked(text, prepared, EMPTY_POLICY);
      // The redactions are disjoint and in order, each holds what the text holds there, and the
      // outbound text is the text with each replaced by its placeholder, nothing else changed.
      let rebuilt = '';
      let at = 0;
      for (const r of result.redactions) {
        expect(r.start, shape).toBeGreaterThanOrEqual(at);
        expect(text.slice(r.start, r.end), shape).toBe(r.original);
        rebuilt += text.slice(at, r.start) + r.placeholder;
        at = r.end;
      }
      expect(rebuilt + text.slice(at), shape).toBe(result.outbound);
      redacted += result.redactions.length;
      // The guard's verdict it carries is the guard's on that outbound text; the review runs on every
      // shape (a throw would fail here).
      expect(result.guard, shape).toEqual(
        guardPayload(result.outbound, prepared, EMPTY_POLICY, undefined, result.vault),
      );
      checkRedacted(result, prepared, EMPTY_POLICY);
    }
    // The number-dense shapes hold values to redact: the comparison is not of unchanged texts only.
    expect(redacted).toBeGreaterThan(500);
  });
});
