import { CacheManager } from '@wllama/wllama';
import type { ModelProgress } from '../types';
import { createWllamaEngine, unloadGguf } from './engine';
import { WLLAMA_WASM_PATH } from './from-catalog';
import { resolveGgufModel } from './gguf-source';

/**
 * The options page's model manager for the CPU engine's models, like web-llm's: cache status,
 * download (the user's consent is the click), delete. The weights live in wllama's cache (OPFS).
 */
export async function ggufCached(modelId: string): Promise<boolean> {
  const model = resolveGgufModel(modelId);
  return (await new CacheManager().open(model.url)) !== null;
}

/** Downloads (or loads from the cache) and keeps the model loaded for the next job. */
export async function ggufDownload(
  modelId: string,
  onProgress: (progress: ModelProgress) => void,
): Promise<void> {
  const model = resolveGgufModel(modelId);
  const engine = createWllamaEngine(
    { url: model.url },
    {
      wasmUrl: new URL(WLLAMA_WASM_PATH, globalThis.location.href).href,
      label: model.label,
      contextSize: model.contextWindow,
      allowDownload: true,
      onProgress,
    },
  );
  // One token of a trivial request: the cheapest call that loads the model.
  await engine.nextTokens({ messages: [{ role: 'user', content: 'Hi' }], prefix: '', topK: 1 });
}

export async function ggufDelete(modelId: string): Promise<void> {
  const model = resolveGgufModel(modelId);
  await unloadGguf(model.url);
  await new CacheManager().delete(model.url);
}
