import { Wllama, type ChatCompletionLogprob, type ChatCompletionParams } from '@wllama/wllama';
import { AppError } from '../../errors';
import type { ChatRequest, DistributionRequest, LocalEngine, ModelProgress, TokenCandidate } from '../types';
import { mapWllamaError } from './map-error';

/** Where the GGUF comes from: an address (with the browser's cache) or a file the user picked. */
export type GgufSource = { url: string } | { blob: Blob };

export interface WllamaOptions {
  /** wllama.wasm inside the extension (never a remote address: it is code). */
  wasmUrl: string;
  label: string;
  /** Vocabulary family, when known (logit mode matches token ids only within one). */
  tokenizer?: string;
  /** Context window in tokens (prompt plus reply). */
  contextSize?: number;
  /** Default: half the cores, at most 4 (one thread is fastest on two cores; more helps on laptops). */
  threads?: number;
  /** The user agreed to download the model if it is not cached yet (a Blob needs no consent). */
  allowDownload?: boolean;
  /** Approximate download size, for the consent sentence. */
  downloadMB?: number;
  onProgress?(progress: ModelProgress): void;
  /** Says, before progress starts, whether the model comes from the cache or the network. */
  onStage?(label: string): void;
}

/** Silences wllama's console: its logs can quote prompts, which hold private context. */
const QUIET = { debug: () => undefined, log: () => undefined, warn: () => undefined, error: () => undefined };

function candidates(top: readonly ChatCompletionLogprob[] | undefined): TokenCandidate[] {
  return (top ?? [])
    .filter((c) => typeof c.token === 'string' && Number.isFinite(c.logprob))
    .map((c) => ({ text: c.token, logprob: Math.min(0, c.logprob) }))
    .sort((a, b) => b.logprob - a.logprob);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled');
}

/**
 * Waits for `work` but answers 'cancelled' as soon as `signal` aborts. The work itself goes on: a model
 * half downloaded keeps downloading into the cache, so the next try does not start over.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AppError('cancelled'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Threads for llama.cpp: half the cores, up to 4 (one is fastest on two cores; the page stays responsive). */
function defaultThreads(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  return Math.min(4, Math.max(1, Math.floor(cores / 2)));
}

/**
 * llama.cpp in WebAssembly on the CPU, in the engine host (the offscreen document on Chrome). The model
 * loads once, on first use; wllama runs it in its own worker and applies the GGUF's chat template.
 */
/**
 * Models loaded (or loading) in this engine host, by address: every engine for the same address shares
 * one copy in memory, and a model already here needs no consent again.
 */
const loadedByUrl = new Map<string, Promise<Wllama>>();

/** The model loaded (or loading) from `url` in this engine host, if any: the speed test measures that copy. */
export function loadedGguf(url: string): Promise<Wllama> | undefined {
  return loadedByUrl.get(url);
}

/** Frees the model loaded from `url`, if any (before its file is deleted from the cache). */
export async function unloadGguf(url: string): Promise<void> {
  const loaded = loadedByUrl.get(url);
  loadedByUrl.delete(url);
  const wllama = await loaded?.catch(() => undefined);
  await wllama?.exit().catch(() => undefined);
}

export function createWllamaEngine(source: GgufSource, options: WllamaOptions): LocalEngine {
  let loading: Promise<Wllama> | undefined;

  async function load(): Promise<Wllama> {
    const wllama = new Wllama({ default: options.wasmUrl }, { suppressNativeLog: true, logger: QUIET });
    // Safari's "compat" mode fetches code from a CDN; the extension never loads remote code.
    wllama.setCompat(null);
    const params = { n_ctx: options.contextSize ?? 2048, n_threads: options.threads ?? defaultThreads() };
    try {
      if ('blob' in source) {
        options.onStage?.(`Loading ${options.label} from the chosen file`);
        await wllama.loadModel([source.blob], params);
      } else {
        // wllama's cache holds the file under a name derived from its address.
        const cached = (await wllama.cacheManager.open(source.url)) !== null;
        if (!cached && options.allowDownload === false) {
          const size =
            options.downloadMB === undefined ? '' : ` ${options.label} is about ${options.downloadMB} MB.`;
          throw new AppError('model-not-downloaded', size.trim() || undefined);
        }
        options.onStage?.(
          cached ? `Loading ${options.label} from this device` : `Downloading ${options.label}`,
        );
        await wllama.loadModelFromUrl(source.url, {
          ...params,
          progressCallback: ({ loaded, total }) =>
            options.onProgress?.({
              fraction: total > 0 ? Math.min(1, loaded / total) : 0,
              text: `Downloading ${options.label}`,
            }),
        });
      }
    } catch (error) {
      await wllama.exit().catch(() => undefined);
      throw mapWllamaError(error, 'load');
    }
    options.onProgress?.({ fraction: 1, text: `${options.label} is ready` });
    return wllama;
  }

  /** The loaded model, shared by address; a failed load is retried on the next request. */
  function ready(signal?: AbortSignal): Promise<Wllama> {
    throwIfAborted(signal);
    const key = 'url' in source ? source.url : undefined;
    // A model deleted since (unloadGguf) is loaded afresh, behind consent again.
    if (key !== undefined && loading && loadedByUrl.get(key) !== loading) loading = undefined;
    loading ??= (key === undefined ? undefined : loadedByUrl.get(key)) ?? load();
    const current = loading;
    if (key !== undefined) loadedByUrl.set(key, current);
    current.catch(() => {
      // A failed load is retried on the next request.
      if (loading === current) loading = undefined;
      if (key !== undefined && loadedByUrl.get(key) === current) loadedByUrl.delete(key);
    });
    return untilAborted(current, signal);
  }

  async function* stream(request: ChatRequest) {
    const wllama = await ready(request.signal);
    throwIfAborted(request.signal);
    const params: ChatCompletionParams & { stream: true } = {
      messages: request.messages,
      stream: true,
      ...(request.signal ? { abortSignal: request.signal } : {}),
      ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
      // Greedy unless asked: llama.cpp would otherwise sample at 0.8, and a small CPU model writes
      // better (and the same draft twice) greedily, like the logit rounds and the loopback server tests.
      temperature: request.temperature ?? 0,
    };
    try {
      const chunks = await wllama.createChatCompletion(params);
      for await (const chunk of chunks) {
        // The caller may abort between chunks: stop here, whatever wllama has buffered.
        throwIfAborted(request.signal);
        yield chunk.choices[0];
      }
    } catch (error) {
      throw mapWllamaError(error, 'run');
    }
    throwIfAborted(request.signal);
  }

  return {
    kind: 'wllama',
    label: `${options.label} on this device (CPU)`,
    ...(options.tokenizer ? { tokenizer: options.tokenizer } : {}),
    async *chat(request) {
      for await (const choice of stream(request)) {
        const text = choice?.delta.content;
        if (text) yield text;
      }
    },
    async nextTokens(request: DistributionRequest) {
      const wllama = await ready(request.signal);
      // A final assistant message is continued, not closed (llama.cpp's prefill_assistant).
      const messages =
        request.prefix === ''
          ? request.messages
          : [...request.messages, { role: 'assistant' as const, content: request.prefix }];
      try {
        const reply = await wllama.createChatCompletion({
          messages,
          max_tokens: 1,
          temperature: 0,
          logprobs: true,
          top_logprobs: Math.max(1, request.topK),
          ...(request.signal ? { abortSignal: request.signal } : {}),
        });
        throwIfAborted(request.signal);
        return candidates(reply.choices[0]?.logprobs?.content?.[0]?.top_logprobs).slice(0, request.topK);
      } catch (error) {
        throw mapWllamaError(error, 'run');
      }
    },
  };
}
