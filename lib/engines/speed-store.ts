import { loadEndpoints, updateEndpoints } from '../settings/endpoints';
import type { EngineSpeed } from './speed-estimate';

/**
 * Measurements live with the settings (IndexedDB, the extension's origin only), one per model: a new
 * run replaces the last, and deleting the model deletes its measurement, which described that copy.
 */
export async function saveEngineSpeed(speed: EngineSpeed): Promise<void> {
  const current = (await loadEndpoints()).engineSpeeds ?? {};
  await updateEndpoints({ engineSpeeds: { ...current, [speed.modelId]: speed } });
}

export async function forgetEngineSpeed(modelId: string): Promise<void> {
  const current = (await loadEndpoints()).engineSpeeds ?? {};
  if (!(modelId in current)) return;
  const { [modelId]: _gone, ...rest } = current;
  await updateEndpoints({ engineSpeeds: rest });
}

export async function loadEngineSpeed(modelId: string): Promise<EngineSpeed | undefined> {
  return (await loadEndpoints()).engineSpeeds?.[modelId];
}
