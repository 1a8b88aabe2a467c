import { AppError } from '../errors';
import type { EndpointSettings } from '../settings/endpoints';
import { createServerEngine } from './server-engine';
import type { LocalEngine, ModelProgress } from './types';
import { probeWebGpu } from './webgpu';

/**
 * The local engine the settings ask for. web-llm is loaded lazily: its worker (and web-llm itself)
 * exist only when used. Without a chosen model, the capability check picks one (asked only then).
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
  // No model fits: no WebGPU adapter, or none the catalog supports.
  if (!modelId) throw new AppError('webgpu-unavailable');
  const { createWebLlmEngine } = await import('./webllm/engine');
  return createWebLlmEngine(modelId, options);
}
