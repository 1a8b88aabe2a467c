import { alignTopK, floorFor } from '../../../lib/fusion/align';
import type { SideTopK } from '../../../lib/fusion/types';

const ln = Math.log;

describe('alignTopK', () => {
  test('matches by text across tokenizers, with floors for the unlisted side', () => {
    const local: SideTopK = {
      tokenizer: 'qwen2.5',
      top: [
        { text: ' the', logprob: ln(0.5), id: 279 },
        { text: ' a', logprob: ln(0.2), id: 264 },
      ],
    };
    const cloud: SideTopK = {
      tokenizer: 'llama3',
      top: [
        { text: ' the', logprob: ln(0.6), id: 1820 },
        { text: ' an', logprob: ln(0.3), id: 459 },
      ],
    };
    const s = alignTopK(local, cloud);
    expect(s.matchedBy).toBe('text');
    expect(s.entries.map((e) => [e.text, e.inLocal, e.inCloud])).toEqual([
      [' the', true, true],
      [' a', true, false],
      [' an', false, true],
    ]);
    expect(s.entries[0]?.cloud).toBeCloseTo(ln(0.6));
    expect(s.entries[1]?.cloud).toBe(s.cloudFloor);
    expect(s.entries[2]?.local).toBe(s.localFloor);
    expect(s.localFloor).toBeLessThan(ln(0.2));
    expect(s.cloudFloor).toBeLessThan(ln(0.3));
  });

  test('matches by id when both sides declare the same tokenizer', () => {
    // Two ids that decode to the same text stay apart under id matching and merge under text matching.
    const top = [
      { text: 'x', logprob: ln(0.4), id: 1 },
      { text: 'x', logprob: ln(0.2), id: 2 },
    ];
    const byId = alignTopK(
      { tokenizer: 't', top },
      { tokenizer: 't', top: [{ text: 'x', logprob: ln(0.5), id: 2 }] },
    );
    expect(byId.matchedBy).toBe('id');
    expect(byId.entries.map((e) => [e.key, e.inCloud])).toEqual([
      ['id:1', false],
      ['id:2', true],
    ]);
    const byText = alignTopK(
      { tokenizer: 't', top },
      { tokenizer: 'u', top: [{ text: 'x', logprob: ln(0.5) }] },
    );
    expect(byText.entries).toHaveLength(1);
    expect(byText.entries[0]?.local).toBeCloseTo(ln(0.6));
  });

  test('falls back to text when a candidate lacks its id', () => {
    const s = alignTopK(
      { tokenizer: 't', top: [{ text: 'x', logprob: ln(0.5), id: 1 }] },
      { tokenizer: 't', top: [{ text: 'x', logprob: ln(0.5) }] },
    );
    expect(s.matchedBy).toBe('text');
    expect(s.entries).toHaveLength(1);
  });

  test.each([
    // [listed probabilities, expected floor]
    [[0.5, 0.2], ln(0.2) - Math.LN10],
    [[0.6, 0.39], ln(0.01)],
    [[], ln(1e-9)],
  ])('floor for %j sits below the lowest listed and the unlisted mass', (probs, expected) => {
    const floor = floorFor(probs.map((p, i) => ({ text: String(i), logprob: ln(p) })));
    expect(floor).toBeCloseTo(expected, 9);
  });
});
