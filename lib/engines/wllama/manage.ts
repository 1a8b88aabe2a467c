import { CacheManager } from '@wllama/wllama';
import { forgetEngineSpeed, saveEngineSpeed } from '../speed-store';
import type { EngineSpeed } from '../speed-estimate';
import type { ModelProgress } from '../types';
import { createWllamaEngine, unloadGguf } from './engine';
import { WLLAMA_WASM_PATH } from './from-catalog';
import { resolveGgufModel } from './gguf-source';
import { measureGgufSpeed } from './speed';

/**
 * The options page's model manager for the CPU engine's models, like web-llm's: cache status,
 * download (the user's consent is the click), delete, and the speed test. The weights live in
 * wllama's cache (OPFS).
 */
export async function ggufCached(modelId: string): Promise<boolean> {
  const model = resolveGgufModel(modelId);
  return (await new CacheManager().open(model.url)) !== null;
}

/** Loads the model into this engine host (downloading only if allowed) and keeps it for the next job. */
async function load(
  modelId: string,
  allowDownload: boolean,
  onProgress: (progress: ModelProgress) => void,
): Promise<void> {
  const model = resolveGgufModel(modelId);
  const engine = createWllamaEngine(
    { url: model.url },
    {
      wasmUrl: new URL(WLLAMA_WASM_PATH, globalThis.location.href).href,
      label: model.label,
      contextSize: model.contextWindow,
      allowDownload,
      ...(model.downloadMB > 0 ? { downloadMB: model.downloadMB } : {}),
      onProgress,
    },
  );
  // One token of a trivial request: the cheapest call that loads the model.
  await engine.nextTokens({ messages: [{ role: 'user', content: 'Hi' }], prefix: '', topK: 1 });
}

/** Downloads (or loads from the cache) and keeps the model loaded for the next job. */
export function ggufDownload(modelId: string, onProgress: (progress: ModelProgress) => void): Promise<void> {
  return load(modelId, true, onProgress);
}

/**
 * Measures how fast the downloaded model runs here and keeps the result for options and the panel.
 * Never downloads: a model not in the cache is 'model-not-downloaded'.
 */
export async function ggufMeasure(modelId: string, signal: AbortSignal): Promise<EngineSpeed> {
  const model = resolveGgufModel(modelId);
  await load(modelId, false, () => undefined);
  const speed = await measureGgufSpeed(model, signal);
  await saveEngineSpeed(speed);
  return speed;
}

export async function ggufDelete(modelId: string): Promise<void> {
  const model = resolveGgufModel(modelId);
  await unloadGguf(model.url);
  await new CacheManager().delete(model.url);
  await forgetEngineSpeed(model.id);
}
