import type { Browser } from 'wxt/browser';
import { findModel } from '../../models/catalog';
import { findGgufModel } from '../../models/gguf-catalog';
import { AppError, serializeError } from '../errors';
import type { ModelEvent, ModelRequest } from '../messaging/protocol';

function isModelRequest(value: unknown): value is ModelRequest {
  const v = value as { type?: unknown; modelId?: unknown } | null;
  return typeof v?.type === 'string' && typeof v.modelId === 'string';
}

/** Options' model manager: cache status, download (with the user's consent, given in options), delete. */
export function serveModelPort(port: Browser.runtime.Port): void {
  const post = (event: ModelEvent) => {
    try {
      port.postMessage(event);
    } catch {
      // The options page closed; nothing to tell.
    }
  };
  /** Speed tests under way, by model: Stop or a closed options page ends them. */
  const measuring = new Map<string, AbortController>();
  port.onDisconnect.addListener(() => {
    for (const controller of measuring.values()) controller.abort();
  });
  port.onMessage.addListener((message: unknown) => {
    if (!isModelRequest(message)) return;
    const { modelId } = message;
    void handle(message).catch((error: unknown) =>
      post({ type: 'error', modelId, error: serializeError(error) }),
    );
  });

  /** The CPU engine's models (models/gguf-catalog.ts): wllama is imported only when one is managed. */
  async function measure(modelId: string): Promise<void> {
    const { ggufMeasure } = await import('../engines/wllama/manage');
    measuring.get(modelId)?.abort();
    const controller = new AbortController();
    measuring.set(modelId, controller);
    post({ type: 'measuring', modelId });
    try {
      // A failure (or Stop, as 'cancelled') reaches options as this model's error event.
      post({ type: 'speed', modelId, speed: await ggufMeasure(modelId, controller.signal) });
    } finally {
      if (measuring.get(modelId) === controller) measuring.delete(modelId);
    }
  }

  async function handleGguf(request: ModelRequest): Promise<void> {
    const { ggufCached, ggufDelete, ggufDownload } = await import('../engines/wllama/manage');
    const { modelId } = request;
    switch (request.type) {
      case 'status':
        post({ type: 'status', modelId, cached: await ggufCached(modelId) });
        return;
      case 'download':
        await ggufDownload(modelId, ({ fraction, text }) =>
          post({ type: 'progress', modelId, fraction, text }),
        );
        post({ type: 'downloaded', modelId });
        // The speed estimate is measured right after the download, on the copy now loaded.
        await measure(modelId);
        return;
      case 'measure':
        await measure(modelId);
        return;
      case 'stop-measure':
        measuring.get(modelId)?.abort();
        return;
      case 'delete':
        measuring.get(modelId)?.abort();
        await ggufDelete(modelId);
        post({ type: 'deleted', modelId });
        return;
    }
  }

  async function handle(request: ModelRequest): Promise<void> {
    // A catalog id, or the address of a GGUF file the user named (checked by resolveGgufModel).
    if (findGgufModel(request.modelId) || /^https?:\/\//.test(request.modelId)) return handleGguf(request);
    const entry = findModel(request.modelId);
    if (!entry) throw new AppError('model-failed', `Unknown model ${request.modelId}.`);
    // web-llm is imported only here and in the job path, when a model is actually used.
    const { webLlmWorker, workerModel } = await import('../engines/webllm/engine');
    const model = workerModel(entry);
    const worker = webLlmWorker();
    switch (request.type) {
      case 'status': {
        const { cached } = await worker.request({ op: 'status', model });
        post({ type: 'status', modelId: entry.id, cached: cached === true });
        return;
      }
      case 'download':
        await worker.request({ op: 'load', model }, (reply) => {
          if (reply.type === 'progress') {
            post({ type: 'progress', modelId: entry.id, fraction: reply.fraction, text: reply.text });
          }
        });
        post({ type: 'downloaded', modelId: entry.id });
        return;
      case 'delete':
        await worker.request({ op: 'delete', model });
        post({ type: 'deleted', modelId: entry.id });
        return;
      case 'measure':
      case 'stop-measure':
        // The speed test is the CPU engine's; web-llm reports its own speed while it writes.
        throw new AppError('model-failed', 'The speed test is for CPU models only.');
    }
  }
}
