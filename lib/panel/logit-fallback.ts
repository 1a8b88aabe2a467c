import { loadEndpoints, logitAvailable } from '../settings/endpoints';

/**
 * Whether a Logit job would fall back to Sketch, from the cached result of the last Test connection
 * (the engine host decides the same way at Send, lib/engine-host/job-port.ts). No request is made.
 */
export async function logitFallsBack(): Promise<boolean> {
  return !logitAvailable(await loadEndpoints());
}
