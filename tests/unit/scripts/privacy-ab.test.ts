import { describe, expect, it } from 'vitest';
import { abFigures, summarisePairs, type AbSetFigures } from '../../../scripts/lib/privacy-ab-figures';
import {
  runAb,
  SHAPE_CHARS,
  SHAPE_TEXTS,
  type AbTimes,
  type PrivacyBuild,
} from '../../../scripts/lib/privacy-ab-run';
import { LONG_SETS, timedInputs } from '../../../scripts/lib/long-inputs';

/** Times for every set: each request costs `ms(chars)` for the first-loaded build and the second. */
function times(first: (chars: number) => number, second: (chars: number) => number): AbTimes {
  const all = {} as AbTimes;
  for (const set of LONG_SETS) {
    const chars = [500, 20_000];
    all[set] = { chars, first: chars.map(first), second: chars.map(second) };
  }
  return all;
}

describe('bench:privacy-ab figures', () => {
  it('cancels what loading second does to a build, and reports it', () => {
    // The current build takes 0.9 of the base's time; whichever is loaded second takes 1.05 of its own.
    const base = (chars: number) => chars / 1000;
    const current = (chars: number) => (0.9 * chars) / 1000;
    const baseFirst = times(base, (c) => 1.05 * current(c));
    const currentFirst = times(current, (c) => 1.05 * base(c));
    const figures = abFigures(baseFirst, currentFirst);
    for (const set of LONG_SETS) {
      expect(figures[set]?.change).toBeCloseTo(-0.1, 4);
      expect(figures[set]?.loadOrderBias).toBeCloseTo(0.05, 4);
    }
    // A slot bias read as a change would have made the runs disagree: 0.945 in one, 0.857 in the other.
    expect(figures.table?.baseMs).toBeCloseTo((20.5 + 1.05 * 20.5) / 2, 2);
    // Per character and the slowest request, each build's two runs averaged as baseMs is.
    expect(figures.table?.baseUsPerChar).toBeCloseTo(1.025, 4);
    expect(figures.table?.currentUsPerChar).toBeCloseTo(0.9225, 4);
    expect(figures.table?.baseWorstMs).toBeCloseTo(20 * 1.025, 3);
    expect(figures.table?.currentWorstMs).toBeCloseTo(18 * 1.025, 3);
  });

  it('refuses runs that timed different sets', () => {
    const one = times(
      (c) => c,
      (c) => c,
    );
    const other = { ...one } as Partial<AbTimes>;
    delete other.letter;
    expect(() => abFigures(one, other as AbTimes)).toThrow(/letter/);
  });
});

describe('bench:privacy-ab pairs', () => {
  const pair = (change: number, baseMs: number): Record<string, AbSetFigures> => ({
    table: {
      baseMs,
      currentMs: baseMs * (1 + change),
      change,
      loadOrderBias: change / 10,
      baseUsPerChar: baseMs / 100,
      currentUsPerChar: (baseMs * (1 + change)) / 100,
      baseWorstMs: baseMs / 2,
      currentWorstMs: (baseMs * (1 + change)) / 2,
    },
  });

  it("gives each figure's median over the pairs and the range of the change", () => {
    const summary = summarisePairs([pair(-0.02, 30), pair(0.05, 31), pair(-0.06, 28)]);
    expect(summary.table).toEqual({
      baseMs: 30,
      currentMs: 30 * 0.98,
      change: -0.02,
      changeLow: -0.06,
      changeHigh: 0.05,
      loadOrderBias: -0.002,
      baseUsPerChar: 0.3,
      currentUsPerChar: 0.294,
      baseWorstMs: 15,
      currentWorstMs: 14.7,
    });
    // An even count takes the middle two's mean.
    expect(summarisePairs([pair(-0.02, 30), pair(0.04, 32)]).table?.change).toBeCloseTo(0.01, 10);
  });

  it('refuses to summarise nothing', () => {
    expect(() => summarisePairs([])).toThrow();
  });
});

describe('bench:privacy-ab run', () => {
  it('runs every request with both builds, alternating which goes first, and keeps each one least time', async () => {
    let clock = 0;
    let timing = false; // set by the first call between timed requests: the warm-up is over
    const calls: string[] = [];
    const met = new Map<string, number>();
    const build = (name: string, msPerChar: number): PrivacyBuild => ({
      EMPTY_POLICY: {},
      preparePrivacy: () => ({}),
      redact: (text) => {
        if (timing) {
          calls.push(name);
          // A build's passes over a timed text cost 3, 1 and 2 times its cost: only the least is kept.
          const pass = met.get(name + text) ?? 0;
          met.set(name + text, pass + 1);
          clock += msPerChar * text.length * ([3, 1, 2][pass] as number);
        }
        return { outbound: text, vault: {} };
      },
      checkOutbound: () => undefined,
    });
    const result = await runAb(
      [build('a', 0.001), build('b', 0.002)],
      3,
      () => clock,
      () => {
        timing = true;
      },
    );
    for (const set of LONG_SETS) {
      const lengths = timedInputs(set).map((t) => t.length);
      const times = result[set];
      expect(times?.chars).toEqual(lengths);
      for (const [i, ms] of (times?.first ?? []).entries())
        expect(ms / (lengths[i] as number)).toBeCloseTo(0.001, 12);
      for (const [i, ms] of (times?.second ?? []).entries())
        expect(ms / (lengths[i] as number)).toBeCloseTo(0.002, 12);
    }
    // Each timed request ran once per build per pass, and each build went first in half the pairs.
    const requests = LONG_SETS.reduce((n, set) => n + timedInputs(set).length, 0);
    expect(calls.length).toBe(2 * 3 * requests);
    const firsts = calls.filter((_, i) => i % 2 === 0);
    expect(Math.abs(firsts.filter((name) => name === 'a').length - (3 * requests) / 2)).toBeLessThanOrEqual(
      1,
    );
    expect(calls.every((name, i) => (i % 2 === 0 ? true : name !== calls[i - 1]))).toBe(true);
  });

  it('times the shapes asked for, and only them, in place of the long sets', async () => {
    let timing = false;
    const timed: string[] = [];
    const build: PrivacyBuild = {
      EMPTY_POLICY: {},
      preparePrivacy: () => ({}),
      redact: (text) => {
        if (timing) timed.push(text);
        return { outbound: text, vault: {} };
      },
      checkOutbound: () => undefined,
    };
    const result = await runAb(
      [build, build],
      1,
      () => 0,
      () => {
        timing = true;
      },
      ['uk-mobiles-a-line', 'ips-a-line'],
    );
    expect(Object.keys(result)).toEqual(['uk-mobiles-a-line', 'ips-a-line']);
    expect(result['uk-mobiles-a-line']?.chars).toHaveLength(SHAPE_TEXTS);
    // Each text of each shape once per build, and they are the shape's: a mobile number a line.
    expect(timed).toHaveLength(2 * 2 * SHAPE_TEXTS);
    expect(timed[0]).toMatch(/^07\d{3} \d{6}\n/);
    expect(new Set(timed).size).toBe(2 * SHAPE_TEXTS);
    for (const text of timed) expect(text.length).toBeGreaterThanOrEqual(SHAPE_CHARS - 100);
  });
});

describe('bench:privacy-ab stage', () => {
  it('times a build with redactChecked as its panel runs the stage, not by redact and checkOutbound', async () => {
    const called = new Set<string>();
    const build: PrivacyBuild = {
      EMPTY_POLICY: {},
      preparePrivacy: () => ({}),
      redact: () => {
        throw new Error('redact alone is not the stage of this build');
      },
      checkOutbound: () => {
        throw new Error('checkOutbound is not the stage of this build');
      },
      redactChecked: (text) => {
        called.add('redactChecked');
        return { outbound: text };
      },
      checkRedacted: (result) => {
        called.add('checkRedacted');
        return result;
      },
    };
    await runAb(
      [build, build],
      1,
      () => 0,
      () => undefined,
    );
    expect([...called].sort()).toEqual(['checkRedacted', 'redactChecked']);
  });
});
