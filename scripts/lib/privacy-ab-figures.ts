/**
 * bench:privacy-ab's figures from its two runs. Run A loads the base build first, run B loads the
 * current build first. Whichever build is loaded second can come out faster or slower for that alone
 * (the JIT meets its code with the other's feedback about), by a factor s; with the true ratio R of
 * current to base, run A reads R·s and run B reads R/s. So R = √(A·B) and s = √(A/B): the slot's bias
 * is cancelled and reported.
 */
import type { AbTimes, SetTimes } from './privacy-ab-run';

export interface AbSetFigures {
  /** Sums over the set's requests of each one's least time, averaged over the two runs (ms). */
  baseMs: number;
  currentMs: number;
  /** current / base − 1, the load order's bias cancelled. */
  change: number;
  /** What loading second did to a build's times (its factor − 1). */
  loadOrderBias: number;
  /** Each build's µs per character over the set, and its slowest request (ms), as baseMs is averaged. */
  baseUsPerChar: number;
  currentUsPerChar: number;
  baseWorstMs: number;
  currentWorstMs: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** Per set, from run A (base loaded first) and run B (current loaded first). */
export function abFigures(baseFirst: AbTimes, currentFirst: AbTimes): Record<string, AbSetFigures> {
  const figures: Record<string, AbSetFigures> = {};
  for (const [set, a] of Object.entries(baseFirst)) {
    const b = currentFirst[set] as SetTimes | undefined;
    if (!b) throw new Error(`set ${set} is missing from the second run`);
    const [baseA, currentA] = [sum(a.first), sum(a.second)];
    const [currentB, baseB] = [sum(b.first), sum(b.second)];
    const chars = sum(a.chars);
    const worst = (one: number[], other: number[]) =>
      Math.max(...one.map((ms, i) => (ms + (other[i] as number)) / 2));
    const ratioA = currentA / baseA;
    const ratioB = currentB / baseB;
    figures[set] = {
      baseMs: round((baseA + baseB) / 2, 3),
      currentMs: round((currentA + currentB) / 2, 3),
      change: round(Math.sqrt(ratioA * ratioB) - 1),
      loadOrderBias: round(Math.sqrt(ratioA / ratioB) - 1),
      baseUsPerChar: round((500 * (baseA + baseB)) / chars),
      currentUsPerChar: round((500 * (currentA + currentB)) / chars),
      baseWorstMs: round(worst(a.first, b.second), 3),
      currentWorstMs: round(worst(a.second, b.first), 3),
    };
  }
  return figures;
}

/** Several pairs of runs, per set: the median of each figure, and the range of the change. */
export interface AbSummary extends AbSetFigures {
  changeLow: number;
  changeHigh: number;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * Per set over the pairs: one pair's change moves by a few points from process to process (V8's
 * choices of what to optimise, and how, are not the same each time), the median of several less.
 */
export function summarisePairs(pairs: Record<string, AbSetFigures>[]): Record<string, AbSummary> {
  const first = pairs[0];
  if (!first) throw new Error('no pair of runs to summarise');
  const summary: Record<string, AbSummary> = {};
  for (const set of Object.keys(first)) {
    const of = (key: keyof AbSetFigures) => pairs.map((pair) => (pair[set] as AbSetFigures)[key]);
    const changes = of('change');
    summary[set] = {
      baseMs: round(median(of('baseMs')), 3),
      currentMs: round(median(of('currentMs')), 3),
      change: round(median(changes)),
      changeLow: Math.min(...changes),
      changeHigh: Math.max(...changes),
      loadOrderBias: round(median(of('loadOrderBias'))),
      baseUsPerChar: round(median(of('baseUsPerChar'))),
      currentUsPerChar: round(median(of('currentUsPerChar'))),
      baseWorstMs: round(median(of('baseWorstMs')), 3),
      currentWorstMs: round(median(of('currentWorstMs')), 3),
    };
  }
  return summary;
}
