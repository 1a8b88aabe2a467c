import type { EndpointSettings } from '../settings/endpoints';
import { createServerEngine } from './server-engine';
import type { LocalEngine, ModelProgress } from './types';
import { probeWebGpu } from './webgpu';

/**
 * The local engine the settings ask for. web-llm and wllama are loaded lazily: their code exists in the
 * engine host only when used. Without a chosen model, the capability check picks one (asked only then),
 * and without a usable WebGPU the CPU engine is offered.
 */
export async function chooseLocalEngine(
  settings: EndpointSettings,
  options: {
    allowDownload: boolean;
    onProgress(progress: ModelProgress): void;
    onStage?(label: string): void;
  },
): Promise<LocalEngine> {
  if (settings.localEngine === 'server') return createServerEngine(settings.localServer);
  if (settings.localEngine === 'wllama') {
    // The CPU engine: loaded here only (the engine host), never in a page of ours or the content script.
    const { createCatalogWllamaEngine } = await import('./wllama/from-catalog');
    return createCatalogWllamaEngine(settings.ggufModel, options);
  }
  const modelId = settings.webllmModel || (await probeWebGpu()).recommended;
  if (!modelId) {
    // No web-llm model fits (no WebGPU adapter, or none the catalog supports) and the user chose none:
    // offer the CPU engine's default model instead, behind the same consent (its size is asked first).
    // Never taken over a working WebGPU: a recommended web-llm model always wins.
    const { createCatalogWllamaEngine } = await import('./wllama/from-catalog');
    return createCatalogWllamaEngine(undefined, options);
  }
  const { createWebLlmEngine } = await import('./webllm/engine');
  return createWebLlmEngine(modelId, options);
}
