/**
 * The page side of `npm run bench:privacy-browser` (scripts/bench-privacy-browser.ts bundles this for
 * Chromium): the same privacy stage, store and long requests as bench:privacy, timed in the engine
 * the extension runs in. Each request is a task of its own, as in the engine host, where a preview
 * or a check answers a port message.
 */
import { EMPTY_POLICY, guardPayload, preparePrivacy, redact } from '../../lib/privacy';
import { rng, syntheticContext } from '../privacy-synthetic';
import { LONG_SETS, LONG_SIZES, timedInputs, WARM_ROUNDS, warmInputs } from './long-inputs';
import { REQUEST_MARKS } from './privacy-bench-marks';

/** One set's figures: wall µs per character, and the requests of the largest size. */
export interface PageSetFigures {
  requests: number;
  usPerChar: number;
  worstMs: number;
  worstChars: number;
  /** Requests of this set over 5 ms (the bound up to 20,000 characters). */
  over5Ms: number;
  /** Median and slowest of the requests of LONG_SIZES' largest size. */
  largestP50Ms: number;
  largestMaxMs: number;
}

export interface PageFigures {
  sets: Record<string, PageSetFigures>;
  worst: { set: string; ms: number; chars: number };
  /** Every timed request in order: its set and length (the trace's marks come in the same order). */
  requests: { set: string; chars: number }[];
}

const prepared = preparePrivacy(syntheticContext(rng(42)));

/**
 * Redact, then guard what would leave: one request through the stage, in milliseconds (the page's
 * clock is coarse, 0.1 ms; the trace's marks are exact). Only timed requests are marked.
 */
function stage(text: string, marked = false): number {
  if (marked) performance.mark(REQUEST_MARKS.start);
  const start = performance.now();
  const result = redact(text, prepared, EMPTY_POLICY);
  guardPayload(result.outbound, prepared, EMPTY_POLICY, undefined, result.vault);
  const took = performance.now() - start;
  if (marked) performance.mark(REQUEST_MARKS.end);
  return took;
}

// A message to ourselves: the next task without setTimeout's clamping of nested timers to 4 ms.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });

const largest = LONG_SIZES[LONG_SIZES.length - 1] ?? 20_000;

async function run(): Promise<PageFigures> {
  // The warm-up of bench:privacy: the same seeds, apart from the timed ones.
  for (let round = 0; round < WARM_ROUNDS; round++)
    for (const set of LONG_SETS) for (const text of warmInputs(set, round)) stage(text);
  const sets: Record<string, PageSetFigures> = {};
  let worst = { set: '', ms: 0, chars: 0 };
  const requests: { set: string; chars: number }[] = [];
  for (const set of LONG_SETS) {
    const texts = timedInputs(set);
    let ms = 0;
    let chars = 0;
    let over5Ms = 0;
    let setWorst = { ms: 0, chars: 0 };
    const largestTimes: number[] = [];
    for (const text of texts) {
      requests.push({ set, chars: text.length });
      await nextTask();
      const took = stage(text, true);
      ms += took;
      chars += text.length;
      if (took > 5) over5Ms++;
      if (took > setWorst.ms) setWorst = { ms: took, chars: text.length };
      if (text.length >= largest) largestTimes.push(took);
    }
    largestTimes.sort((a, b) => a - b);
    sets[set] = {
      requests: texts.length,
      usPerChar: (ms * 1000) / chars,
      worstMs: setWorst.ms,
      worstChars: setWorst.chars,
      over5Ms,
      largestP50Ms: largestTimes[Math.floor(largestTimes.length / 2)] ?? 0,
      largestMaxMs: largestTimes[largestTimes.length - 1] ?? 0,
    };
    if (setWorst.ms > worst.ms) worst = { set, ...setWorst };
  }
  return { sets, worst, requests };
}

(globalThis as { privacyBench?: typeof run }).privacyBench = run;
