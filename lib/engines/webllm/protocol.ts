import type { SerializedError } from '../../errors';
import type { ChatMessage, TokenCandidate } from '../types';

/**
 * What the worker needs to know of a model: web-llm's ModelRecord fields from the catalog. `model`
 * (weights) defaults to web-llm's prebuilt record for the id; `model_lib` (.wasm, code) is a path inside
 * the extension, resolved and checked by the worker.
 */
export interface WorkerModel {
  model_id: string;
  model?: string;
  model_lib?: string;
  vram_required_MB?: number;
  required_features?: string[];
  overrides?: { context_window_size?: number };
}

/** Engine host → worker. Each request has an id; replies carry it back. */
export type WorkerRequest =
  | { id: number; op: 'status'; model: WorkerModel }
  | { id: number; op: 'load'; model: WorkerModel }
  | { id: number; op: 'delete'; model: WorkerModel }
  | {
      id: number;
      op: 'chat';
      model: WorkerModel;
      messages: ChatMessage[];
      maxTokens?: number;
      temperature?: number;
    }
  | { id: number; op: 'next'; model: WorkerModel; messages: ChatMessage[]; prefix: string; topK: number }
  | { id: number; op: 'abort' };

/** Worker → engine host. */
export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number; text: string }
  | { id: number; type: 'delta'; text: string }
  | { id: number; type: 'result'; cached?: boolean; candidates?: TokenCandidate[] }
  | { id: number; type: 'error'; error: SerializedError };
