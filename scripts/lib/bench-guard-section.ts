/**
 * bench:privacy's Guard section: times Guard's on-submit check as the engine host runs it
 * (lib/guard/host/check.ts: the whole privacy stage on the prompt, verdict only), for prompts from
 * 100 characters to 20 KB, with bench:privacy's synthetic store. The check usually runs while the user
 * types (after a 150 ms pause), so at submit time its verdict is ready; this is its cost when it is not.
 * In its own module so bench-privacy.ts only calls it and adds its figures to the JSON line.
 */
import { performance } from 'node:perf_hooks';
import { checkPrompt } from '../../lib/guard/host/check';
import type { PreparedContext } from '../../lib/privacy';
import { percentile } from '../privacy-metrics';
import { rng } from '../privacy-synthetic';

const SIZES = [100, 1_000, 5_000, 20_000] as const;
const RUNS = 60;

export interface GuardSizeFigures {
  chars: number;
  p50Ms: number;
  p95Ms: number;
  held: number;
}

export interface GuardFigures {
  runs: number;
  sizes: GuardSizeFigures[];
}

/**
 * Runs the section: `pool` holds requests with private values in them (the synthetic instructions),
 * from which each prompt of exactly the size measured is cut. Returns the figures and summary lines.
 */
export function benchGuardSection(
  prepared: PreparedContext,
  pool: readonly string[],
): { figures: GuardFigures; lines: string[] } {
  // Its own seed, so the prompts stay the same whatever the rest of bench:privacy draws.
  const random = rng(7);
  const promptOf = (size: number): string => {
    let text = '';
    while (text.length < size) text += `${pool[Math.floor(random() * pool.length)]} `;
    return text.slice(0, size);
  };
  // Warm-up: lazy word tables and the JIT, as in a long-lived engine host.
  for (let i = 0; i < 30; i++) checkPrompt(promptOf(1_000), prepared);

  const round = (x: number) => Number(x.toFixed(3));
  const sizes: GuardSizeFigures[] = [];
  const lines = [`Guard on-submit check (${RUNS} prompts a size):`];
  for (const chars of SIZES) {
    const times: number[] = [];
    let held = 0;
    for (let i = 0; i < RUNS; i++) {
      const prompt = promptOf(chars);
      const start = performance.now();
      if (checkPrompt(prompt, prepared) === 'held') held++;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const p50Ms = round(percentile(times, 50));
    const p95Ms = round(percentile(times, 95));
    sizes.push({ chars, p50Ms, p95Ms, held });
    lines.push(`${String(chars).padStart(8)} chars: p50 ${p50Ms} ms, p95 ${p95Ms} ms (${held}/${RUNS} held)`);
  }
  return { figures: { runs: RUNS, sizes }, lines };
}
