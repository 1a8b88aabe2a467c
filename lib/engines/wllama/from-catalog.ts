import type { LocalEngine, ModelProgress } from '../types';
import { createWllamaEngine } from './engine';
import { resolveGgufModel } from './gguf-source';

/** Where the build puts wllama's program (wxt.config.ts copies it from node_modules). */
export const WLLAMA_WASM_PATH = '/wllama/wllama.wasm';

/**
 * The CPU engine for a catalog model or a named GGUF address. Engines for one model share its loaded copy (engine.ts), so a
 * later job reuses it without asking for consent again.
 */
export function createCatalogWllamaEngine(
  modelId: string | undefined,
  options: {
    allowDownload: boolean;
    onProgress(progress: ModelProgress): void;
    onStage?(label: string): void;
  },
): LocalEngine {
  const model = resolveGgufModel(modelId);
  return createWllamaEngine(
    { url: model.url },
    {
      // The engine host is an extension page: its origin is the extension's.
      wasmUrl: new URL(WLLAMA_WASM_PATH, globalThis.location.href).href,
      label: model.label,
      ...(model.tokenizer ? { tokenizer: model.tokenizer } : {}),
      contextSize: model.contextWindow,
      ...(model.downloadMB > 0 ? { downloadMB: model.downloadMB } : {}),
      ...options,
    },
  );
}
