/**
 * Runs in an extension page in headless Chromium (bundled by tests/e2e/wllama-harness.ts): the wllama engine, driven from
 * Node one pull at a time, so the Node side sees exactly what an in-page caller would, abort included.
 */
import { Wllama } from '@wllama/wllama';
import { createCatalogWllamaEngine, WLLAMA_WASM_PATH } from '../../lib/engines/wllama/from-catalog';
import { ggufCached, ggufDelete, ggufDownload } from '../../lib/engines/wllama/manage';
import { resolveGgufModel } from '../../lib/engines/wllama/gguf-source';
import { measureGgufSpeed } from '../../lib/engines/wllama/speed';
import type { ChatRequest, DistributionRequest, LocalEngine } from '../../lib/engines/types';
import { serializeError, type SerializedError } from '../../lib/errors';

type Pulled = { done: true } | { done: false; value: unknown } | { error: SerializedError };

const engines = new Map<string, LocalEngine>();
const streams = new Map<number, { iterator: AsyncIterator<unknown>; controller: AbortController }>();
let nextStream = 1;

function engine(model: string): LocalEngine {
  let found = engines.get(model);
  if (!found) {
    // As the engine host does it: a GGUF address is a model choice of its own (gguf-source.ts).
    found = createCatalogWllamaEngine(model, { allowDownload: true, onProgress: () => undefined });
    engines.set(model, found);
  }
  return found;
}

type Plain<T> = Omit<T, 'signal'>;

const api = {
  open(model: string, request: Plain<ChatRequest>): number {
    const controller = new AbortController();
    const iterable = engine(model).chat({ ...request, signal: controller.signal });
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
  /** The options page's model manager (manage.ts): returns what it saw, progress included. */
  async manage(op: 'status' | 'download' | 'delete', model: string): Promise<Pulled> {
    try {
      if (op === 'status') return { done: false, value: await ggufCached(model) };
      if (op === 'delete') return { done: false, value: await ggufDelete(model) };
      const fractions: number[] = [];
      await ggufDownload(model, (progress) => fractions.push(progress.fraction));
      return { done: false, value: fractions };
    } catch (error) {
      return { error: serializeError(error) };
    }
  },
  /**
   * The speed test (speed.ts) on the copy the model manager loaded: `stopped` aborts it before it
   * starts, as Stop or a closed options page does.
   */
  async speed(model: string, stopped: boolean): Promise<Pulled> {
    const controller = new AbortController();
    if (stopped) controller.abort();
    try {
      return { done: false, value: await measureGgufSpeed(resolveGgufModel(model), controller.signal) };
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
      { default: new URL(WLLAMA_WASM_PATH, location.href).href },
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
