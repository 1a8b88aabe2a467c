import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, preparePrivacy, redact } from '../../../lib/privacy';
import { checkOutbound } from '../../../lib/privacy/check-outbound';
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

  it('go through the privacy stage, which answers for each', () => {
    const prepared = preparePrivacy(syntheticContext(rng(42)));
    for (const shape of Object.keys(SHAPES)) {
      const text = shapeText(shape, 2_000, 3);
      const result = redact(text, prepared, EMPTY_POLICY);
      const check = checkOutbound(result.outbound, prepared, EMPTY_POLICY, result.vault);
      expect(typeof check.guard.ok, shape).toBe('boolean');
      // What was redacted is gone from the outbound text, each value replaced by its placeholder.
      for (const r of result.redactions) expect(result.vault[r.placeholder], shape).toBeDefined();
    }
  });
});
