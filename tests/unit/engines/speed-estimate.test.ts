import {
  describeMeasurement,
  describeSpeed,
  draftEstimate,
  formatDuration,
  speedFromTimings,
  type EngineSpeed,
} from '../../../lib/engines/speed-estimate';

const ABOUT = {
  modelId: 'm',
  modelLabel: 'SmolLM2 135M (CPU)',
  threads: 2,
  measuredAt: Date.UTC(2026, 10, 29, 3, 10),
};
const TIMINGS = { prompt_n: 200, prompt_per_second: 50, predicted_n: 16, predicted_per_second: 4 };

function speed(prefill: number, decode: number): EngineSpeed {
  const measured = speedFromTimings(
    { ...TIMINGS, prompt_per_second: prefill, predicted_per_second: decode },
    ABOUT,
  );
  if (!measured) throw new Error('no speed');
  return measured;
}

describe('speedFromTimings', () => {
  it("keeps llama.cpp's measured rates and what they were measured on", () => {
    expect(speedFromTimings(TIMINGS, ABOUT)).toEqual({
      ...ABOUT,
      promptTokens: 200,
      prefillTokensPerSecond: 50,
      decodeTokens: 16,
      decodeTokensPerSecond: 4,
    });
  });

  it.each([
    ['no timings', undefined],
    ['one decoded token (no interval to time)', { ...TIMINGS, predicted_n: 1 }],
    ['no prompt', { ...TIMINGS, prompt_n: 0 }],
    ['a zero rate', { ...TIMINGS, predicted_per_second: 0 }],
    ['an infinite rate', { ...TIMINGS, prompt_per_second: Infinity }],
    ['NaN', { ...TIMINGS, predicted_per_second: NaN }],
  ])('claims no speed from %s', (_, timings) => {
    expect(speedFromTimings(timings, ABOUT)).toBeUndefined();
  });
});

describe('draftEstimate', () => {
  it('reads the typical prompt at the prefill rate, then writes 150 words at the decode rate', () => {
    // 300 prompt tokens at 50/s = 6 s; 150 words = 200 tokens at 4/s = 50 s.
    const estimate = draftEstimate(speed(50, 4));
    expect(estimate.wordsPerSecond).toBeCloseTo(3);
    expect(estimate.draftSeconds).toBeCloseTo(56);
  });

  it('is slower for a slower machine and scales with the draft length', () => {
    expect(draftEstimate(speed(25, 2)).draftSeconds).toBeGreaterThan(
      draftEstimate(speed(50, 4)).draftSeconds,
    );
    expect(draftEstimate(speed(50, 4), 300).draftSeconds).toBeCloseTo(106);
  });
});

describe('describeSpeed', () => {
  it('says words per second and the time of a 150-word draft, as estimates', () => {
    expect(describeSpeed(speed(50, 4))).toBe('about 3 words/s — a 150-word draft takes about 56 s');
    expect(describeSpeed(speed(100, 20))).toBe('about 15 words/s — a 150-word draft takes about 13 s');
    expect(describeSpeed(speed(10, 0.5))).toBe('about 0.4 words/s — a 150-word draft takes about 7 min');
  });

  it('says when, on which model and with how many threads it was measured', () => {
    const text = describeMeasurement(speed(41.26, 4.34), 'en-GB');
    expect(text).toMatch(
      /^measured .*2026.* on SmolLM2 135M \(CPU\), 2 threads: 41 prompt tokens\/s, 4\.3 written tokens\/s$/,
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0.2, '1 s'],
    [45, '45 s'],
    [89, '89 s'],
    [180, '3 min'],
    [3900, '1 h 5 min'],
    [7200, '2 h'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
