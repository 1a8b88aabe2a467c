/**
 * npm run bench:engine [-- --model PATH_OR_URL --tokens N --threads T]
 *
 * The CPU engine (wllama: llama.cpp in WebAssembly) in headless Chromium, in an extension page under
 * the extension's CSP (tests/e2e/wllama-harness.ts): model load time, then prefill and decode tokens per
 * second as llama.cpp measures them, on the GGUF you name (a file, served from 127.0.0.1, or an https
 * address). Without --model it uses the tiny test model (tests/models/), which measures the engine's
 * overhead rather than a real model's speed. Prints one JSON line.
 *
 * On a laptop: download e.g. SmolLM2-360M-Instruct Q8_0 (models/gguf-catalog.ts has its address), then
 * `npm run bench:engine -- --model ~/Downloads/smollm2-360m-instruct-q8_0.gguf --threads 4`.
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tinyModels } from '../tests/models/tiny';
import { openWllamaPage } from '../tests/e2e/wllama-harness';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    tokens: { type: 'string', default: '64' },
    threads: { type: 'string', default: '1' },
  },
});
const tokens = Math.min(1024, Math.max(2, Number(values.tokens)));
const threads = Math.min(16, Math.max(1, Number(values.threads)));
/** About 200 prompt tokens of ordinary prose: a short drafting request with some context. */
const PROMPT = Array.from(
  { length: 12 },
  (_, i) =>
    `Note ${i + 1}: the meeting moved to Thursday, so please bring the updated figures and the draft.`,
).join(' ');

interface BenchReply {
  loadMs: number;
  wallMs: number;
  /** What wllama ran with: one thread unless the page is cross-origin isolated (SharedArrayBuffer). */
  threadsUsed: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
  timings?: {
    prompt_n: number;
    prompt_per_second: number;
    predicted_n: number;
    predicted_per_second: number;
  };
}

async function main(): Promise<void> {
  const named = values.model;
  const isUrl = named !== undefined && /^https?:\/\//.test(named);
  const file = named === undefined ? (await tinyModels()).models.llama3.path : isUrl ? '' : resolve(named);
  const harness = await openWllamaPage(file ? { '/model.gguf': file } : {});
  try {
    const model = isUrl ? (named ?? '') : `${harness.modelsUrl}/model.gguf`;
    const reply = (await harness.page.evaluate(
      ([m, p, n, t]) =>
        (
          globalThis as unknown as { wllamaTest: { bench(...a: unknown[]): Promise<unknown> } }
        ).wllamaTest.bench(m, p, n, t),
      [model, PROMPT, tokens, threads] as const,
    )) as BenchReply;
    const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 10) / 10);
    console.log(
      JSON.stringify({
        engine: 'wllama',
        browser: `chromium ${harness.page.context().browser()?.version() ?? ''}`.trim(),
        model: named === undefined ? 'tiny-llama3 (test model)' : isUrl ? named : basename(file),
        threadsAsked: threads,
        threadsUsed: reply.threadsUsed,
        loadMs: Math.round(reply.loadMs),
        promptTokens: reply.timings?.prompt_n ?? reply.usage?.prompt_tokens ?? null,
        prefillTokensPerSecond: round(reply.timings?.prompt_per_second),
        decodeTokens: reply.timings?.predicted_n ?? reply.usage?.completion_tokens ?? null,
        decodeTokensPerSecond: round(reply.timings?.predicted_per_second),
        wallMs: Math.round(reply.wallMs),
      }),
    );
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
