/**
 * Runs in an extension page in headless Chromium (bundled by tests/e2e/wllama-harness.ts): the wllama engine, driven from
 * Node one pull at a time, so the Node side sees exactly what an in-page caller would, abort included.
 */
import { Wllama } from '@wllama/wllama';
import { createWllamaEngine } from '../../lib/engines/wllama/engine';
import type { ChatRequest, DistributionRequest, LocalEngine } from '../../lib/engines/types';
import { serializeError, type SerializedError } from '../../lib/errors';

type Pulled = { done: true } | { done: false; value: unknown } | { error: SerializedError };

const engines = new Map<string, LocalEngine>();
const streams = new Map<number, { iterator: AsyncIterator<unknown>; controller: AbortController }>();
let nextStream = 1;

function engine(model: string): LocalEngine {
  let found = engines.get(model);
  if (!found) {
    found = createWllamaEngine(
      { url: model },
      { wasmUrl: new URL('/wllama.wasm', location.href).href, label: 'Tiny test model' },
    );
    engines.set(model, found);
  }
  return found;
}

type Plain<T> = Omit<T, 'signal'>;

const api = {
  open(model: string, kind: 'chat' | 'steps', request: Plain<ChatRequest> & { topK?: number }): number {
    const controller = new AbortController();
    const signalled = { ...request, signal: controller.signal };
    const iterable =
      kind === 'chat'
        ? engine(model).chat(signalled)
        : engine(model).steps({ ...signalled, topK: request.topK ?? 5 });
    const id = nextStream++;
    streams.set(id, { iterator: iterable[Symbol.asyncIterator](), controller });
    return id;
  },
  async pull(id: number): Promise<Pulled> {
    const stream = streams.get(id);
    if (!stream) return { done: true };
    try {
      const result = await stream.iterator.next();
      if (result.done) streams.delete(id);
      return result.done ? { done: true } : { done: false, value: result.value };
    } catch (error) {
      streams.delete(id);
      return { error: serializeError(error) };
    }
  },
  abort(id: number): void {
    streams.get(id)?.controller.abort();
  },
  async nextTokens(model: string, request: Plain<DistributionRequest>): Promise<Pulled> {
    try {
      return { done: false, value: await engine(model).nextTokens(request) };
    } catch (error) {
      return { error: serializeError(error) };
    }
  },
  /**
   * scripts/bench-engine.ts: load time, then llama.cpp's own timings of one completion (prefill of
   * `prompt`, then `maxTokens` decoded tokens). wllama is used directly, with the engine's settings.
   */
  async bench(model: string, prompt: string, maxTokens: number, threads: number): Promise<unknown> {
    const wllama = new Wllama(
      { default: new URL('/wllama.wasm', location.href).href },
      { suppressNativeLog: true },
    );
    wllama.setCompat(null);
    const started = performance.now();
    await wllama.loadModelFromUrl(model, { n_ctx: 2048, n_threads: threads, useCache: false });
    const loadMs = performance.now() - started;
    const begun = performance.now();
    const reply = await wllama.createCompletion({
      prompt,
      max_tokens: maxTokens,
      temperature: 0,
      ignore_eos: true,
    });
    const wallMs = performance.now() - begun;
    const threadsUsed = wllama.getNumThreads();
    await wllama.exit();
    return { loadMs, wallMs, usage: reply.usage, timings: reply.timings, threadsUsed };
  },
};

export type WllamaPageApi = typeof api;
(globalThis as unknown as { wllamaTest: WllamaPageApi }).wllamaTest = api;
document.body.dataset.ready = 'true';
