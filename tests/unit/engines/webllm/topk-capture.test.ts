import { TopKCapture, topKLogprobs } from '../../../../lib/engines/webllm/topk-capture';

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

describe('topKLogprobs', () => {
  it('returns the k most likely ids, most likely first, as log-softmax over the whole vocabulary', () => {
    const logits = [0.5, 3, -1, 2, 2.5, 0];
    const top = topKLogprobs(Float32Array.from(logits), 3);
    expect(top.map((t) => t.id)).toEqual([1, 4, 3]);
    const probs = softmax(logits);
    for (const t of top) expect(Math.exp(t.logprob)).toBeCloseTo(probs[t.id] ?? 0, 5);
    expect(top.reduce((s, t) => s + Math.exp(t.logprob), 0)).toBeLessThan(1);
  });

  it('keeps the whole vocabulary when k exceeds it, summing to 1', () => {
    const top = topKLogprobs(Float32Array.from([1, 2, 3]), 10);
    expect(top).toHaveLength(3);
    expect(top.reduce((s, t) => s + Math.exp(t.logprob), 0)).toBeCloseTo(1, 6);
  });
});

describe('TopKCapture', () => {
  it('records one distribution per generated position and leaves logits unchanged', () => {
    const capture = new TopKCapture();
    capture.begin(2);
    const logits = Float32Array.from([0, 1, 2]);
    expect(capture.processLogits(logits)).toEqual(Float32Array.from([0, 1, 2]));
    capture.processSampledToken(2);
    capture.processLogits(Float32Array.from([5, 0, 0]));
    expect(capture.steps.map((s) => s.map((c) => c.id))).toEqual([
      [2, 1],
      [0, 1],
    ]);
  });

  it('forces a prefix token by token, then records the distribution after it', () => {
    const capture = new TopKCapture();
    capture.begin(2, [1, 0]);
    const first = capture.processLogits(Float32Array.from([3, 0, 1]));
    expect([...first]).toEqual([-Infinity, 0, -Infinity]);
    capture.processSampledToken(1);
    const second = capture.processLogits(Float32Array.from([0, 3, 1]));
    expect([...second]).toEqual([0, -Infinity, -Infinity]);
    capture.processSampledToken(0);
    expect(capture.steps).toHaveLength(0);
    capture.processLogits(Float32Array.from([0, 1, 4]));
    expect(capture.steps[0]?.[0]?.id).toBe(2);
  });
});
