import type { EngineSpeed } from '../engines/speed-estimate';
import type { SerializedError } from '../errors';
import { EnginePort } from '../messaging/engine-port';
import { MODEL_PORT, type ModelEvent, type ModelRequest } from '../messaging/protocol';

export interface ModelState {
  cached?: boolean;
  busy?: 'downloading';
  progress?: { fraction: number; text: string };
  error?: SerializedError;
  /** The CPU engine's speed test is running on this model. */
  measuring?: boolean;
  /** The last speed measured on this machine (CPU models only). */
  speed?: EngineSpeed;
}

/** Folds model-port events into per-model state for the options page. */
export function reduceModels(
  state: Record<string, ModelState>,
  event: ModelEvent,
): Record<string, ModelState> {
  const current = state[event.modelId] ?? {};
  switch (event.type) {
    case 'status':
      return { ...state, [event.modelId]: { ...current, cached: event.cached } };
    case 'progress':
      return {
        ...state,
        [event.modelId]: {
          ...current,
          busy: 'downloading',
          progress: { fraction: event.fraction, text: event.text },
        },
      };
    case 'downloaded':
      // An earlier measurement stays until the new one replaces it.
      return {
        ...state,
        [event.modelId]: { cached: true, ...(current.speed ? { speed: current.speed } : {}) },
      };
    case 'deleted':
      // The measurement described the deleted copy: it goes with it.
      return { ...state, [event.modelId]: { cached: false } };
    case 'measuring':
      return { ...state, [event.modelId]: { ...current, measuring: true, error: undefined } };
    case 'speed':
      return { ...state, [event.modelId]: { ...current, measuring: false, speed: event.speed } };
    case 'error':
      return {
        ...state,
        [event.modelId]: {
          ...current,
          busy: undefined,
          progress: undefined,
          measuring: false,
          error: event.error,
        },
      };
  }
}

export function createModelPort(
  onEvent: (event: ModelEvent) => void,
  onLost: (error: SerializedError) => void,
) {
  return new EnginePort<ModelRequest, ModelEvent>(MODEL_PORT, onEvent, onLost);
}
