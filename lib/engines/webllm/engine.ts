import { findModel, type CatalogModel } from '../../../models/catalog';
import { AppError } from '../../errors';
import type { ChatRequest, DistributionRequest, LocalEngine, ModelProgress } from '../types';
import type { WorkerModel, WorkerReply } from './protocol';
import { WorkerClient } from './worker-client';
// Vite bundles the worker, with web-llm, as its own file; nothing else imports web-llm.
import WebLlmWorker from './worker.ts?worker';

/**
 * The catalog entry in web-llm's ModelRecord shape. The weights' address defaults to web-llm's own
 * (the prebuilt record for this id); the library is always the catalog's file inside the extension.
 */
export function workerModel(model: CatalogModel): WorkerModel {
  return {
    model_id: model.id,
    ...(model.modelUrl ? { model: model.modelUrl } : {}),
    // A path inside the extension; the worker refuses any other (model-lib.ts).
    model_lib: model.modelLib,
    vram_required_MB: model.vramMB,
    ...(model.needsF16 ? { required_features: ['shader-f16'] } : {}),
    overrides: { context_window_size: model.contextWindow },
  };
}

export interface WebLlmOptions {
  /** The user agreed to download the model if it is not cached yet. */
  allowDownload: boolean;
  onProgress(progress: ModelProgress): void;
  /** Says, before progress starts, whether the model comes from the cache or the network. */
  onStage?(label: string): void;
}

let shared: WorkerClient | undefined;

/** One worker per engine host: the model stays loaded between jobs. */
export function webLlmWorker(): WorkerClient {
  shared ??= new WorkerClient(() => new WebLlmWorker());
  return shared;
}

/** The web-llm LocalEngine. Loads (and, with consent, downloads) the model before the first token. */
export function createWebLlmEngine(
  modelId: string,
  options: WebLlmOptions,
  client = webLlmWorker(),
): LocalEngine {
  const entry = findModel(modelId);
  if (!entry) throw new AppError('model-failed', `Unknown model ${modelId}.`);
  const model = workerModel(entry);

  async function ready(signal?: AbortSignal): Promise<void> {
    const { cached } = await client.request({ op: 'status', model }, undefined, signal);
    if (!cached && !options.allowDownload) {
      throw new AppError('model-not-downloaded', `${entry?.label} is about ${entry?.downloadMB} MB.`);
    }
    options.onStage?.(
      cached
        ? `Loading ${entry?.label} from this device`
        : `Downloading ${entry?.label} (about ${entry?.downloadMB} MB)`,
    );
    await client.request(
      { op: 'load', model },
      (reply) => {
        if (reply.type === 'progress') options.onProgress({ fraction: reply.fraction, text: reply.text });
      },
      signal,
    );
  }

  async function* stream(request: ChatRequest): AsyncGenerator<WorkerReply & { type: 'delta' }> {
    await ready(request.signal);
    const queue: (WorkerReply & { type: 'delta' })[] = [];
    let wake: (() => void) | undefined;
    let finished = false;
    let failure: unknown;
    client
      .request(
        {
          op: 'chat',
          model,
          messages: request.messages,
          ...(request.maxTokens === undefined ? {} : { maxTokens: request.maxTokens }),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        },
        (reply) => {
          if (reply.type === 'delta') queue.push(reply);
          wake?.();
        },
        request.signal,
      )
      .then(
        () => (finished = true),
        (error: unknown) => {
          failure = error;
          finished = true;
        },
      )
      .finally(() => wake?.());
    for (;;) {
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
    if (failure) throw failure;
  }

  return {
    kind: 'webllm',
    label: `${entry.label} on this device`,
    tokenizer: entry.tokenizer,
    async *chat(request) {
      for await (const delta of stream(request)) yield delta.text;
    },
    async nextTokens(request: DistributionRequest) {
      await ready(request.signal);
      const reply = await client.request(
        { op: 'next', model, messages: request.messages, prefix: request.prefix, topK: request.topK },
        undefined,
        request.signal,
      );
      return reply.candidates ?? [];
    },
  };
}
