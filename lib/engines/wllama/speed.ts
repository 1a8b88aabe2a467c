import { AppError } from '../../errors';
import { speedFromTimings, type EngineSpeed } from '../speed-estimate';
import { loadedGguf } from './engine';
import { mapWllamaError } from './map-error';

/**
 * About 200 tokens of ordinary prose (as in scripts/bench-engine.ts): long enough that prefill speed is
 * not dominated by overhead, short enough to finish in seconds on a small model.
 */
const PROMPT = Array.from(
  { length: 12 },
  (_, i) =>
    `Note ${i + 1}: the meeting moved to Thursday, so please bring the updated figures and the draft.`,
).join(' ');
/** Enough decoded tokens for a steady rate, few enough to stay short on a slow CPU. */
export const SPEED_DECODE_TOKENS = 16;
/** The test gives up after this: a model this slow is not usable for drafts anyway. */
export const SPEED_BUDGET_MS = 120_000;

/**
 * Times a prefill and a few greedy tokens on the copy of the model already loaded in this engine host
 * (the caller loads it first, from the cache, never downloading). The numbers are llama.cpp's own
 * timings. Stops when `signal` aborts (the user pressed Stop or closed options) or after the budget.
 */
export async function measureGgufSpeed(
  model: { id: string; label: string; url: string },
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<EngineSpeed> {
  const loaded = loadedGguf(model.url);
  if (!loaded) throw new AppError('model-not-downloaded');
  const wllama = await loaded;
  const budget = AbortSignal.timeout(SPEED_BUDGET_MS);
  const stop = AbortSignal.any([signal, budget]);
  let reply;
  try {
    reply = await wllama.createCompletion({
      // A new first line each run: llama.cpp reuses a cached prompt prefix, which would time nothing.
      prompt: `Run ${now()}. ${PROMPT}`,
      max_tokens: SPEED_DECODE_TOKENS,
      temperature: 0,
      // Tiny and chatty models may stop early; the test times a fixed number of tokens.
      ignore_eos: true,
      abortSignal: stop,
    });
  } catch (error) {
    if (budget.aborted) throw new AppError('model-failed', 'The speed test took over two minutes.');
    if (signal.aborted) throw new AppError('cancelled');
    throw mapWllamaError(error, 'run');
  }
  if (signal.aborted) throw new AppError('cancelled');
  const speed = speedFromTimings(reply.timings, {
    modelId: model.id,
    modelLabel: model.label,
    threads: wllama.getNumThreads(),
    measuredAt: now(),
  });
  if (!speed) throw new AppError('model-failed', 'The speed test returned no timings.');
  return speed;
}
