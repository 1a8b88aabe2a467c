/**
 * How fast the local model writes on this machine, as measured there (lib/engines/wllama/speed.ts runs
 * the benchmark in the engine host). Pages may cite a measurement; nothing here guesses a speed that
 * was not measured: without a measurement there is no estimate.
 */

/** One benchmark run: llama.cpp's own timings of a fixed prompt and a few greedy tokens. */
export interface EngineSpeed {
  /** The CPU engine's model (catalog id or GGUF address) the numbers belong to. */
  modelId: string;
  modelLabel: string;
  promptTokens: number;
  prefillTokensPerSecond: number;
  decodeTokens: number;
  decodeTokensPerSecond: number;
  threads: number;
  /** Epoch ms. */
  measuredAt: number;
}

/**
 * English prose averages about 0.75 words per token with the BPE vocabularies of the catalog's models
 * (SmolLM2, Qwen2.5, Llama): the one conversion in the estimate, and it is said as "about".
 */
export const WORDS_PER_TOKEN = 0.75;
/** The draft the sentence talks about. */
export const DRAFT_WORDS = 150;
/**
 * Prompt a typical draft reads first (instruction, a few context entries, the template): about 300
 * tokens; the measured prefill speed turns it into seconds.
 */
export const DRAFT_PROMPT_TOKENS = 300;

export interface SpeedTimings {
  prompt_n: number;
  prompt_per_second: number;
  predicted_n: number;
  predicted_per_second: number;
}

/**
 * A measurement from llama.cpp's timings, or undefined when they cannot support one (too few decoded
 * tokens to time, or numbers that are not finite and positive).
 */
export function speedFromTimings(
  timings: SpeedTimings | undefined,
  about: { modelId: string; modelLabel: string; threads: number; measuredAt: number },
): EngineSpeed | undefined {
  if (!timings) return undefined;
  const positive = (x: number) => Number.isFinite(x) && x > 0;
  // One decoded token has no interval to time; llama.cpp then reports a rate from a single sample.
  if (timings.predicted_n < 2 || timings.prompt_n < 1) return undefined;
  if (!positive(timings.prompt_per_second) || !positive(timings.predicted_per_second)) return undefined;
  return {
    ...about,
    promptTokens: timings.prompt_n,
    prefillTokensPerSecond: timings.prompt_per_second,
    decodeTokens: timings.predicted_n,
    decodeTokensPerSecond: timings.predicted_per_second,
  };
}

export interface DraftEstimate {
  wordsPerSecond: number;
  /** Reading the typical prompt, then writing the draft. */
  draftSeconds: number;
}

export function draftEstimate(speed: EngineSpeed, words = DRAFT_WORDS): DraftEstimate {
  const wordsPerSecond = speed.decodeTokensPerSecond * WORDS_PER_TOKEN;
  const draftSeconds =
    DRAFT_PROMPT_TOKENS / speed.prefillTokensPerSecond +
    words / WORDS_PER_TOKEN / speed.decodeTokensPerSecond;
  return { wordsPerSecond, draftSeconds };
}

/** 0.4, 3.2, 12: one decimal below 10, whole numbers above (more digits would claim false precision). */
function roundRate(value: number): string {
  return value < 10 ? (Math.round(value * 10) / 10).toString() : Math.round(value).toString();
}

/** "45 s", "3 min", "1 h 5 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 90) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

/** "about 3.2 words/s — a 150-word draft takes about 52 s". */
export function describeSpeed(speed: EngineSpeed): string {
  const { wordsPerSecond, draftSeconds } = draftEstimate(speed);
  return `about ${roundRate(wordsPerSecond)} words/s — a ${DRAFT_WORDS}-word draft takes about ${formatDuration(draftSeconds)}`;
}

/** "measured 29 Nov 2026, 03:10 on SmolLM2 135M (CPU), 2 threads: 41 prompt tokens/s, 4.3 written tokens/s". */
export function describeMeasurement(speed: EngineSpeed, locale?: string): string {
  const when = new Date(speed.measuredAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const threads = `${speed.threads} thread${speed.threads === 1 ? '' : 's'}`;
  return `measured ${when} on ${speed.modelLabel}, ${threads}: ${roundRate(speed.prefillTokensPerSecond)} prompt tokens/s, ${roundRate(speed.decodeTokensPerSecond)} written tokens/s`;
}
