import type { EndpointSettings } from '../settings/endpoints';
import { createServerEngine } from './server-engine';
import type { LocalEngine, ModelProgress } from './types';

/** The web-llm engine is loaded lazily: its worker (and web-llm itself) exist only when used. */
export async function chooseLocalEngine(
  settings: EndpointSettings,
  options: {
    allowDownload: boolean;
    onProgress(progress: ModelProgress): void;
    onStage?(label: string): void;
    recommended?: string;
  },
): Promise<LocalEngine> {
  if (settings.localEngine === 'server') return createServerEngine(settings.localServer);
  const { createWebLlmEngine } = await import('./webllm/engine');
  const modelId = settings.webllmModel || options.recommended || 'Llama-3.2-1B-Instruct-q4f32_1-MLC';
  return createWebLlmEngine(modelId, options);
}
