import type { SerializedError } from '../errors';
import { EnginePort } from '../messaging/engine-port';
import { MODEL_PORT, type ModelEvent, type ModelRequest } from '../messaging/protocol';

export interface ModelState {
  cached?: boolean;
  busy?: 'downloading';
  progress?: { fraction: number; text: string };
  error?: SerializedError;
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
      return { ...state, [event.modelId]: { cached: true } };
    case 'deleted':
      return { ...state, [event.modelId]: { cached: false } };
    case 'error':
      return {
        ...state,
        [event.modelId]: { ...current, busy: undefined, progress: undefined, error: event.error },
      };
  }
}

export function createModelPort(
  onEvent: (event: ModelEvent) => void,
  onLost: (error: SerializedError) => void,
) {
  return new EnginePort<ModelRequest, ModelEvent>(MODEL_PORT, onEvent, onLost);
}
