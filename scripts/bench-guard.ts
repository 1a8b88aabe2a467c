/**
 * Times Guard's on-submit check as the engine host runs it (lib/guard/host/check.ts: the whole privacy
 * stage on the prompt, verdict only), for prompts from 100 characters to 20 KB, with the synthetic
 * store of bench:privacy (200 facts, 30 profile fields). The check usually runs while the user types
 * (after a 150 ms pause), so at submit time its verdict is ready; this is its cost when it is not.
 *   npm run bench:guard
 * Prints a short summary, then one JSON line of the figures (milliseconds).
 */
import { performance } from 'node:perf_hooks';
import { checkPrompt } from '../lib/guard/host/check';
import { preparePrivacy } from '../lib/privacy';
import { percentile } from './privacy-metrics';
import { rng, syntheticContext, syntheticInstructions } from './privacy-synthetic';

const SIZES = [100, 1_000, 5_000, 20_000] as const;
const RUNS = 60;
const random = rng(7);
const context = syntheticContext(random);
const prepared = preparePrivacy(context);
const pool = syntheticInstructions(random, 400);

/** A prompt of exactly `size` characters, made of the synthetic requests (private values included). */
function promptOf(size: number): string {
  let text = '';
  while (text.length < size) text += `${pool[Math.floor(random() * pool.length)]} `;
  return text.slice(0, size);
}

// Warm-up: lazy word tables and the JIT, as in a long-lived engine host.
for (let i = 0; i < 30; i++) checkPrompt(promptOf(1_000), prepared);

const round = (x: number) => Number(x.toFixed(3));
const figures: Record<string, number> = { runs: RUNS, knownValues: prepared.known.length };
const lines: string[] = [];
for (const size of SIZES) {
  const times: number[] = [];
  let held = 0;
  for (let i = 0; i < RUNS; i++) {
    const prompt = promptOf(size);
    const start = performance.now();
    if (checkPrompt(prompt, prepared) === 'held') held++;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = round(percentile(times, 50));
  const p95 = round(percentile(times, 95));
  figures[`check${size}P50Ms`] = p50;
  figures[`check${size}P95Ms`] = p95;
  lines.push(`${String(size).padStart(6)} chars: p50 ${p50} ms, p95 ${p95} ms (${held}/${RUNS} held)`);
}
console.log(`Guard on-submit check (${prepared.known.length} known values):\n${lines.join('\n')}`);
console.log(JSON.stringify(figures));
