/** In-memory table models and chi-square statistics for the fusion tests. */
import { sampleIndex, softmax } from '../../../lib/fusion/logmath';
import type { CloudProposer, CloudStep, LocalModel } from '../../../lib/fusion/driver';
import type { Rng, TopK } from '../../../lib/fusion/types';

/** Candidates from probabilities (they may sum to less than 1: the rest is unlisted), sorted. */
export function top(probs: Record<string, number>): TopK {
  return Object.entries(probs)
    .map(([text, p]) => ({ text, logprob: Math.log(p) }))
    .sort((a, b) => b.logprob - a.logprob);
}

export function tableLocal(table: (text: string) => TopK): LocalModel {
  return { distribution: async (text) => table(text) };
}

/** A cloud that draws each token from its listed top-k, renormalised (or greedily), as the contract says. */
export function tableCloud(
  table: (text: string) => TopK,
  rng: Rng,
  temperature: number,
  greedy = false,
): CloudProposer & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    async propose(prefix, k) {
      seen.push(prefix);
      const steps: CloudStep[] = [];
      let text = prefix;
      for (let i = 0; i < k; i++) {
        const candidates = table(text);
        const pick = greedy
          ? 0
          : sampleIndex(
              softmax(
                candidates.map((c) => c.logprob),
                temperature,
              ),
              rng,
            );
        const token = candidates[pick];
        if (!token) break;
        steps.push({ token, top: candidates });
        text += token.text;
      }
      return steps;
    },
  };
}

function lnGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9); accurate to ~1e-15 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let a = c[0] ?? 0;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] ?? 0) / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Upper regularised incomplete gamma Q(a, x), series below a + 1, continued fraction above. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lead = -x + a * Math.log(x) - lnGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return 1 - sum * Math.exp(lead);
  }
  let b = x + 1 - a;
  let c = 1e300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    d = Math.abs(d) < 1e-300 ? 1e-300 : d;
    c = b + an / c;
    c = Math.abs(c) < 1e-300 ? 1e-300 : c;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(lead) * h;
}

export interface ChiSquare {
  stat: number;
  df: number;
  p: number;
}

/** Goodness of fit of counts to exact probabilities; cells expecting fewer than 5 are pooled. */
export function chiSquareFit(counts: Map<string, number>, probs: Map<string, number>): ChiSquare {
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  const cells: [number, number][] = [];
  let pooled: [number, number] = [0, 0];
  for (const [key, p] of probs) {
    const cell: [number, number] = [counts.get(key) ?? 0, p * n];
    if (cell[1] < 5) pooled = [pooled[0] + cell[0], pooled[1] + cell[1]];
    else cells.push(cell);
  }
  // Outcomes the exact distribution gives no mass at all are a failure in themselves.
  const impossible = [...counts.keys()].filter((key) => !probs.has(key)).length;
  if (pooled[1] > 0) cells.push(pooled);
  const stat = cells.reduce((s, [o, e]) => s + ((o - e) * (o - e)) / e, 0) + (impossible > 0 ? Infinity : 0);
  const df = cells.length - 1;
  return { stat, df, p: Number.isFinite(stat) ? gammaQ(df / 2, stat / 2) : 0 };
}

/** Two-sample homogeneity test on a 2 × C table; cells expecting fewer than 5 are pooled. */
export function chiSquareSame(a: Map<string, number>, b: Map<string, number>): ChiSquare {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const na = [...a.values()].reduce((x, y) => x + y, 0);
  const nb = [...b.values()].reduce((x, y) => x + y, 0);
  const cells: [number, number][] = [];
  let pooled: [number, number] = [0, 0];
  for (const key of keys) {
    const cell: [number, number] = [a.get(key) ?? 0, b.get(key) ?? 0];
    if (((cell[0] + cell[1]) * Math.min(na, nb)) / (na + nb) < 5)
      pooled = [pooled[0] + cell[0], pooled[1] + cell[1]];
    else cells.push(cell);
  }
  if (pooled[0] + pooled[1] > 0) cells.push(pooled);
  let stat = 0;
  for (const [oa, ob] of cells) {
    const total = oa + ob;
    const ea = (total * na) / (na + nb);
    const eb = (total * nb) / (na + nb);
    stat += ((oa - ea) * (oa - ea)) / ea + ((ob - eb) * (ob - eb)) / eb;
  }
  const df = cells.length - 1;
  return { stat, df, p: gammaQ(df / 2, stat / 2) };
}
