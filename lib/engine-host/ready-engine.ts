import { createServerEngine } from '../engines/server-engine';
import type { LocalEngine } from '../engines/types';
import type { EndpointSettings } from '../settings/endpoints';

/**
 * The local engine that can answer now, without loading or downloading anything: a loopback server
 * (a request away), or the in-browser model a finished job left loaded. The review's model-assisted
 * pass uses only such an engine; it never starts a model load of its own.
 */
let loaded: { key: string; engine: LocalEngine } | undefined;

const keyOf = (settings: EndpointSettings): string =>
  `${settings.localEngine}:${settings.localEngine === 'wllama' ? (settings.ggufModel ?? '') : settings.webllmModel}`;

/** Called when a job's local engine finished a draft: it is loaded and answers quickly. */
export function rememberReadyEngine(settings: EndpointSettings, engine: LocalEngine): void {
  if (engine.kind === 'webllm' || engine.kind === 'wllama') loaded = { key: keyOf(settings), engine };
}

export function readyEngine(settings: EndpointSettings): LocalEngine | undefined {
  if (settings.localEngine === 'server') {
    try {
      return createServerEngine(settings.localServer);
    } catch {
      return undefined;
    }
  }
  return loaded?.key === keyOf(settings) ? loaded.engine : undefined;
}
